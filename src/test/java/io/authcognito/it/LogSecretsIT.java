package io.authcognito.it;

import static io.authcognito.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.legacy.LegacyVectors;
import io.authcognito.local.LocalCognito;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs the flows that handle secrets, then reads every log the server wrote: no password, hash or token may be there. */
class LogSecretsIT extends HttpIT {

    @Test
    void noSecretReachesTheServersLogs() throws IOException {
        List<String> secrets = new ArrayList<>();
        LegacyCustomer customer = LegacyCustomer.create(LegacyVectors.find("argon2", "argon2id m=4096"));
        String email = customer.email();
        secrets.add(customer.password());
        secrets.add(customer.hash());
        ApiClient browser = browser();
        assertEquals(401, browser.login(email, "Wrong-guess-of-a-secret").status());
        secrets.add("Wrong-guess-of-a-secret");
        assertEquals(200, browser.login(customer).status());
        assertEquals(204, browser.post("api/customers/me/password",
                json("currentPassword", customer.password(), "newPassword", "Changed-secret-7")).status());
        secrets.add("Changed-secret-7");
        requestResetCode(browser, email, customer.id());
        assertEquals(204, browser.post("api/auth/password-reset/confirm",
                json("email", email, "code", LocalCognito.RESET_CODE, "newPassword", "Reset-secret-8")).status());
        secrets.add("Reset-secret-8");
        assertEquals(201, browser().post("api/customers",
                json("email", TestDatabase.uniqueEmail(), "password", "Registered-secret-9")).status());
        secrets.add("Registered-secret-9");
        // and every password and hash the other test classes used
        secrets.addAll(vectorSecrets());
        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty());

        List<Path> logs = serverLogs();
        assertTrue(logs.stream().anyMatch(log -> log.endsWith("messages.log")), "the logs were found: " + logs);
        for (Path log : logs) {
            byte[] bytes = Files.readAllBytes(log);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            String utf8 = new String(bytes, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertTrue(!text.contains(secret) && !utf8.contains(secret), "a secret is in " + log);
            }
            // a JSON Web Token, as Cognito issues, starts with the base64 of '{"'
            assertTrue(!text.contains("eyJ"), "a token is in " + log);
        }
    }

    private static List<String> vectorSecrets() {
        List<String> secrets = new ArrayList<>();
        for (LegacyVectors.Vector vector : LegacyVectors.all()) {
            if (vector.password().length() >= 8) {
                secrets.add(vector.password());
            }
            secrets.add(vector.hash());
        }
        return secrets;
    }

    /** Every log file the test server has written. */
    static List<Path> serverLogs() throws IOException {
        Path logs = Path.of(System.getProperty("liberty.server.dir"), "logs");
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.toString().contains("state")).toList();
        }
    }
}
