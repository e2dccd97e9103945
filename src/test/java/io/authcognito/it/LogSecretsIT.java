package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
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
        LegacyVector legacy = LegacyVector.of("argon2", "argon2id m=4096");
        String email = TestDatabase.uniqueEmail();
        String id = TestDatabase.insertCustomer(email, legacy.hash());
        secrets.add(legacy.password());
        secrets.add(legacy.hash());
        ApiClient browser = new ApiClient(base);
        assertEquals(401, browser.login(email, "Wrong-guess-of-a-secret").status());
        secrets.add("Wrong-guess-of-a-secret");
        assertEquals(200, browser.login(email, legacy.password()).status());
        assertEquals(204, browser.post("api/customers/me/password",
                "{\"currentPassword\":" + ApiClient.quote(legacy.password()) + ",\"newPassword\":\"Changed-secret-7\"}").status());
        secrets.add("Changed-secret-7");
        browser.post("api/auth/password-reset", "{\"email\":\"" + email + "\"}");
        assertEquals(204, browser.post("api/auth/password-reset/confirm", "{\"email\":\"" + email
                + "\",\"code\":\"" + TestCognito.RESET_CODE + "\",\"newPassword\":\"Reset-secret-8\"}").status());
        secrets.add("Reset-secret-8");
        assertEquals(201, new ApiClient(base).post("api/customers",
                "{\"email\":\"" + TestDatabase.uniqueEmail() + "\",\"password\":\"Registered-secret-9\"}").status());
        secrets.add("Registered-secret-9");
        // and every password and hash the other test classes used
        secrets.addAll(vectorSecrets());
        assertTrue(TestDatabase.passwordHash(id).isEmpty());

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

    private static List<String> vectorSecrets() throws IOException {
        List<String> secrets = new ArrayList<>();
        try (InputStream in = LogSecretsIT.class.getClassLoader().getResourceAsStream("legacy-vectors.json")) {
            for (var value : Json.createReader(in).readArray()) {
                JsonObject vector = (JsonObject) value;
                if (vector.getString("password").length() >= 8) {
                    secrets.add(vector.getString("password"));
                }
                secrets.add(vector.getString("hash"));
            }
        }
        return secrets;
    }

    private static List<Path> serverLogs() throws IOException {
        Path logs = Path.of(System.getProperty("liberty.server.dir"), "logs");
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.toString().contains("state")).toList();
        }
    }
}
