package io.authcognito.it;

import io.authcognito.local.Directories;
import io.authcognito.local.LocalServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One more Liberty server beside the one Arquillian runs: the same installation, server.xml and
 * WAR, its own ports, and the same database and emulator, as a second server of a store would be.
 * Started and stopped with Liberty's own {@code server} command.
 */
final class ClusterNode {

    private static final Path TEMPLATE = Path.of(System.getProperty("liberty.server.dir"));
    private static final Path WLP = TEMPLATE.getParent().getParent().getParent();

    private final String name;
    private final int httpPort;
    private final HttpClient http = HttpClient.newHttpClient();

    private ClusterNode(String name, int httpPort) {
        this.name = name;
        this.httpPort = httpPort;
    }

    /** A server named {@code name} on {@code httpPort}, with extra configuration variables. */
    static ClusterNode create(String name, int httpPort, Map<String, String> variables) {
        try {
            Path server = WLP.resolve("usr/servers").resolve(name);
            Directories.deleteRecursively(server);
            Path overrides = Files.createDirectories(server.resolve("configDropins/overrides"));
            Files.copy(TEMPLATE.resolve("server.xml"), server.resolve("server.xml"));
            // the keystore and LTPA key passwords Liberty generated when the build created the default server
            Files.copy(TEMPLATE.resolve("server.env"), server.resolve("server.env"));
            // what LocalServices told the default server: the emulator's pool and client
            Files.copy(TEMPLATE.resolve("configDropins/overrides/" + LocalServices.DROPIN), overrides.resolve(LocalServices.DROPIN));
            Map<String, String> all = new TreeMap<>(Map.of(
                    // as on the test server (integration-tests.xml): migrations are looked at as soon as a login answers
                    "auth.cognito.quota.migration-wait", "PT30S"));
            all.putAll(variables);
            all.put("HTTP_PORT", String.valueOf(httpPort));
            all.put("HTTPS_PORT", String.valueOf(httpPort + 1000));
            Files.writeString(overrides.resolve("node.xml"), "<server>\n" + all.entrySet().stream()
                    .map(v -> "    <variable name=\"" + v.getKey() + "\" value=\"" + v.getValue() + "\"/>")
                    .collect(Collectors.joining("\n")) + "\n</server>\n");
            Path dropins = Files.createDirectories(server.resolve("dropins"));
            Files.copy(Path.of(System.getProperty("application.war")), dropins.resolve("auth-cognito.war"),
                    StandardCopyOption.REPLACE_EXISTING);
            return new ClusterNode(name, httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + httpPort + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and returns once it is ready (database and Cognito reachable). */
    void start() {
        command("start");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!ready()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("server " + name + " was not ready within 3 minutes");
            }
            sleep(200);
        }
    }

    void stop() {
        command("stop");
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void command(String action) {
        try {
            Process server = new ProcessBuilder(List.of(WLP.resolve("bin/server").toString(), action, name))
                    .redirectErrorStream(true).start();
            String output = new String(server.getInputStream().readAllBytes());
            if (server.waitFor() != 0) {
                throw new IllegalStateException("server " + action + " " + name + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
