package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A migration that loses nothing: concurrent first logins, a crash at the worst moment, guessing. */
class MigrationSafetyIT extends HttpIT {

    @Test
    void sixteenSimultaneousFirstLoginsMigrateOnce() throws Exception {
        LegacyVector legacy = LegacyVector.of("bcrypt", "$2b$ cost 4; ascii");
        String email = TestDatabase.uniqueEmail();
        String id = TestDatabase.insertCustomer(email, legacy.hash());
        int logins = 16;
        ExecutorService clients = Executors.newFixedThreadPool(logins);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < logins; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return new ApiClient(base).login(email, legacy.password()).status();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertTrue(TestDatabase.passwordHash(id).isEmpty());
        assertEquals("MIGRATED", TestDatabase.migrationState(id).orElseThrow());
        assertEquals(1, TestCognito.usersWithEmail(email), "one Cognito user");
        assertEquals(1, ServerLog.count("AUTHC0101I: customer " + id + " migrated"), "the hash was cleared once");
        assertEquals(200, new ApiClient(base).login(email, legacy.password()).status(), "and they can still log in");
    }

    @Test
    void aCrashBetweenCognitoAndTheHashIsFinishedByTheNextLogin() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        String id = TestDatabase.insertCustomer(email, legacy.hash());
        // the failure is injected exactly there: Cognito has accepted the password, the hash cannot be cleared
        TestDatabase.update("""
                CREATE OR REPLACE FUNCTION it_refuse_hash_clear() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'integration test: crash before the hash is cleared'; END $$ LANGUAGE plpgsql""");
        TestDatabase.update("CREATE TRIGGER it_crash_" + id + " BEFORE UPDATE ON customer FOR EACH ROW WHEN (OLD.id = '"
                + id + "' AND NEW.password_hash IS NULL) EXECUTE FUNCTION it_refuse_hash_clear()");
        try {
            ApiClient.Reply interrupted = new ApiClient(base).login(email, legacy.password());

            assertEquals(200, interrupted.status(), "the password was right: " + interrupted.body());
            assertEquals(legacy.hash(), TestDatabase.passwordHash(id).orElseThrow(), "the hash stays");
            assertEquals("PASSWORD_SET", TestDatabase.migrationState(id).orElseThrow());
            assertTrue(TestCognito.acceptsPassword(id, legacy.password()));
        } finally {
            TestDatabase.update("DROP TRIGGER it_crash_" + id + " ON customer");
        }

        assertEquals(200, new ApiClient(base).login(email, legacy.password()).status());
        assertTrue(TestDatabase.passwordHash(id).isEmpty(), "the next login finished the migration");
        assertEquals("MIGRATED", TestDatabase.migrationState(id).orElseThrow());
    }

    @Test
    void guessingALegacyPasswordIsStoppedAfterFiveFailures() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        String id = TestDatabase.insertCustomer(email, legacy.hash());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new ApiClient(base).login(email, "guess-" + i).status());
        }

        ApiClient.Reply blocked = new ApiClient(base).login(email.toUpperCase(), legacy.password());

        assertEquals(429, blocked.status());
        assertEquals("too_many_attempts", blocked.error());
        assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
        assertEquals(legacy.hash(), TestDatabase.passwordHash(id).orElseThrow(), "a blocked login checks nothing");
        String other = TestDatabase.uniqueEmail();
        TestDatabase.insertCustomer(other, legacy.hash());
        assertEquals(200, new ApiClient(base).login(other, legacy.password()).status(), "other accounts are not blocked");
    }

    @Test
    void theLimitIsKeptInTheDatabaseForEveryServer() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        TestDatabase.insertCustomer(email, legacy.hash());
        // failures counted by another server sharing the database
        TestDatabase.update("INSERT INTO auth_cognito_login_failure (subject, failures, window_start) VALUES (?, 5, now())",
                "account:" + email);

        assertEquals(429, new ApiClient(base).login(email, legacy.password()).status());
    }

    /** The server's own log, as an operator reads it. */
    static final class ServerLog {

        static long count(String text) {
            try (var lines = Files.lines(Path.of(System.getProperty("liberty.server.dir"), "logs", "messages.log"))) {
                return lines.filter(line -> line.contains(text)).count();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
