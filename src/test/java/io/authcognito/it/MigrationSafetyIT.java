package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.legacy.LegacyVectors;
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
        LegacyCustomer customer = LegacyCustomer.create(LegacyVectors.find("bcrypt", "$2b$ cost 4; ascii"));
        String id = customer.id();
        int logins = 16;
        ExecutorService clients = Executors.newFixedThreadPool(logins);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < logins; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return browser().login(customer).status();
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
        assertEquals(1, TestCognito.usersWithEmail(customer.email()), "one Cognito user");
        assertEquals(1, ServerLog.count("AUTHC0101I: customer " + id + " migrated"), "the hash was cleared once");
        assertEquals(200, browser().login(customer).status(), "and they can still log in");
    }

    @Test
    void aCrashBetweenCognitoAndTheHashIsFinishedByTheNextLogin() {
        LegacyCustomer customer = LegacyCustomer.create();
        String id = customer.id();
        // the failure is injected exactly there: Cognito has accepted the password, the hash cannot be cleared
        TestDatabase.update("""
                CREATE OR REPLACE FUNCTION it_refuse_hash_clear() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'integration test: crash before the hash is cleared'; END $$ LANGUAGE plpgsql""");
        TestDatabase.update("CREATE TRIGGER it_crash_" + id + " BEFORE UPDATE ON customer FOR EACH ROW WHEN (OLD.id = '"
                + id + "' AND NEW.password_hash IS NULL) EXECUTE FUNCTION it_refuse_hash_clear()");
        try {
            ApiClient.Reply interrupted = browser().login(customer);

            assertEquals(200, interrupted.status(), "the password was right: " + interrupted.body());
            assertEquals(customer.hash(), TestDatabase.passwordHash(id).orElseThrow(), "the hash stays");
            assertTrue(TestDatabase.migrationState(id).isEmpty(), "the step rolled back as a whole");
            assertFalse(TestCognito.userExists(id), "the user made by the rolled-back step was deleted again");
        } finally {
            TestDatabase.update("DROP TRIGGER it_crash_" + id + " ON customer");
        }

        assertEquals(200, browser().login(customer).status());
        assertTrue(TestDatabase.passwordHash(id).isEmpty(), "the next login finished the migration");
        assertEquals("MIGRATED", TestDatabase.migrationState(id).orElseThrow());
    }

    @Test
    void guessingALegacyPasswordIsStoppedAfterFiveFailures() {
        LegacyCustomer customer = LegacyCustomer.create();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, browser().login(customer.email(), "guess-" + i).status());
        }

        ApiClient.Reply blocked = browser().login(customer.email().toUpperCase(), customer.password());

        assertEquals(429, blocked.status());
        assertEquals("too_many_attempts", blocked.error());
        assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
        assertEquals(customer.hash(), TestDatabase.passwordHash(customer.id()).orElseThrow(), "a blocked login checks nothing");
        assertEquals(200, browser().login(LegacyCustomer.create()).status(), "other accounts are not blocked");
    }

    @Test
    void theLimitIsKeptInTheDatabaseForEveryServer() {
        LegacyCustomer customer = LegacyCustomer.create();
        // failures counted by another server sharing the database
        TestDatabase.update("INSERT INTO auth_cognito_login_failure (subject, failures, window_start) VALUES (?, 5, now())",
                "account:" + customer.email());

        assertEquals(429, browser().login(customer).status());
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
