package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The database paused (every PostgreSQL process stopped): a clear 503, never a 500 or a hang, and all is well after. */
class DatabaseOutageIT extends HttpIT {

    @Test
    void requestsAre503WhileTheDatabaseIsGoneAndWorkAfter() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = browser();

        List<String> postgres = postgresProcesses();
        signal("STOP", postgres);
        try {
            Instant start = Instant.now();
            ApiClient.Reply login = browser.login(customer);
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 15, "no hang");
            assertEquals(503, login.status(), login.body());
            assertEquals("auth_unavailable", login.error());
            assertFalse(login.body().contains("Exception"));
            assertEquals(503, browser.get("health/ready").status());
        } finally {
            signal("CONT", postgres);
        }

        assertEquals(customer.hash(), TestDatabase.passwordHash(customer.id()).orElseThrow(), "nothing half-done");
        assertEquals(200, browser.login(customer).status());
        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty());
    }

    /** The postmaster, from its pid file, and every process it started. */
    private static List<String> postgresProcesses() throws IOException, InterruptedException {
        Path pidFile = Path.of(System.getProperty("local.services.dir"), "database", "data", "postmaster.pid");
        String postmaster = Files.readAllLines(pidFile).get(0).trim();
        List<String> pids = new ArrayList<>(List.of(postmaster));
        Process children = new ProcessBuilder("pgrep", "-P", postmaster).start();
        pids.addAll(new String(children.getInputStream().readAllBytes()).lines().map(String::trim).toList());
        children.waitFor();
        return pids;
    }

    private static void signal(String signal, List<String> pids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        command.addAll(pids);
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }
}
