package io.authcognito.it;

import static io.authcognito.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Cognito cut off and restored. The emulator is paused (SIGSTOP): connections are accepted but
 * never answered, the worst kind of outage, so the product's own time-outs are what end a request.
 */
class CognitoOutageIT extends HttpIT {

    /** Explicit time-outs: a login never hangs longer than this. */
    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(10);

    @Test
    void legacyCustomersLogInDuringTheOutageAndMigrateAfterIt() throws Exception {
        LegacyCustomer migrated = LegacyCustomer.create();
        assertEquals(200, browser().login(migrated).status());
        LegacyCustomer legacy = LegacyCustomer.create();
        String newEmail = TestDatabase.uniqueEmail();

        signalCognito("STOP");
        try {
            ApiClient.Reply legacyLogin = timed(() -> browser().login(legacy));
            assertEquals(200, legacyLogin.status(), legacyLogin.body());
            assertEquals(legacy.hash(), TestDatabase.passwordHash(legacy.id()).orElseThrow(), "nothing half-done");

            ApiClient.Reply migratedLogin = timed(() -> browser().login(migrated));
            assertEquals(503, migratedLogin.status(), "never a 401: " + migratedLogin.body());
            assertEquals("auth_unavailable", migratedLogin.error());
            assertTrue(migratedLogin.headers().firstValue("Retry-After").isPresent());

            ApiClient.Reply registration = timed(() -> browser().post("api/customers",
                    json("email", newEmail, "password", "Outage-pass-1")));
            assertEquals(503, registration.status(), registration.body());
            assertTrue(TestDatabase.queryString("SELECT id FROM customer WHERE email = ?", newEmail).isEmpty());

            ApiClient.Reply ready = timed(() -> browser().get("health/ready"));
            assertEquals(503, ready.status());
            assertTrue(ready.body().contains("\"cognito\"") && ready.body().contains("DOWN"), ready.body());
        } finally {
            signalCognito("CONT");
        }

        assertEquals(200, browser().login(legacy).status());
        assertTrue(TestDatabase.passwordHash(legacy.id()).isEmpty(), "migrated at the first login after the outage");
        assertEquals(200, browser().login(migrated).status());
        assertEquals(200, browser().get("health/ready").status());
    }

    private static ApiClient.Reply timed(Supplier<ApiClient.Reply> request) {
        Instant start = Instant.now();
        ApiClient.Reply reply = request.get();
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(LONGEST_ANSWER) < 0, "answered in " + took);
        return reply;
    }

    private static void signalCognito(String signal) throws IOException, InterruptedException {
        String pid = Files.readString(Path.of(System.getProperty("local.services.dir"), "cognito", "cognito-local.pid")).trim();
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }
}
