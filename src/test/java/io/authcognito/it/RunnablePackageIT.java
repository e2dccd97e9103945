package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.local.Directories;
import io.authcognito.local.DocumentedCognito;
import io.authcognito.local.LocalCognito;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The package to deploy, {@code target/auth-cognito-server.jar}, started as README says: {@code java -jar}
 * with environment variables only, against the run's database and emulator.
 */
class RunnablePackageIT {

    private static final Path TARGET = Path.of(System.getProperty("application.war")).getParent();
    private static final int PORT = 9086;

    @Test
    void startsWithEnvironmentVariablesOnlyAndIsReady() throws Exception {
        Path log = TARGET.resolve("runnable-server.log");
        Path extracted = TARGET.resolve("runnable-server");
        Directories.deleteRecursively(extracted);
        ProcessBuilder command = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("auth-cognito-server.jar").toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        command.environment().putAll(Map.of(
                "DB_URL", "jdbc:postgresql://127.0.0.1:15432/postgres",
                "COGNITO_REGION", "us-east-1",
                "COGNITO_USER_POOL_ID", LocalCognito.USER_POOL_ID,
                "COGNITO_CLIENT_ID", LocalCognito.CLIENT_ID,
                "COGNITO_ENDPOINT", "http://127.0.0.1:" + DocumentedCognito.PORT,
                "COGNITO_ACCESS_KEY_ID", "local",
                "COGNITO_SECRET_ACCESS_KEY", "local",
                "HTTP_PORT", String.valueOf(PORT),
                "HTTPS_PORT", String.valueOf(PORT + 1000),
                "WLP_JAR_EXTRACT_ROOT", extracted.toString()));
        Process server = command.start();
        try {
            assertEquals(200, readyWithin(Duration.ofMinutes(3), server), () -> "not ready; its log:\n" + tail(log));
        } finally {
            server.destroy();
            assertTrue(server.waitFor(60, TimeUnit.SECONDS) || server.destroyForcibly().waitFor(10, TimeUnit.SECONDS));
        }
    }

    private static int readyWithin(Duration limit, Process server) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        int status = -1;
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return status;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return status;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
