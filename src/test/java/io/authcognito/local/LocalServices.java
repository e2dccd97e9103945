package io.authcognito.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the services local mode needs, in the background of a Maven run: an embedded
 * PostgreSQL unless {@code DB_URL} is set, and the Cognito emulator unless
 * {@code COGNITO_USER_POOL_ID} is set. Maven's exec plugin starts it and ends it with the run.
 * Each service announces itself with a marker file, {@code NAME.starting} and then
 * {@code NAME.ready} (or {@code NAME.failed}), which the integration tests wait for.
 *
 * <p>Usage: {@code LocalServices <directory>}
 */
public final class LocalServices {

    private LocalServices() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        List<String> services = new ArrayList<>();
        if (System.getenv("DB_URL") == null) {
            services.add("database");
        }
        if (System.getenv("COGNITO_USER_POOL_ID") == null) {
            services.add("cognito");
        }
        Files.createDirectories(directory);
        List<AutoCloseable> running = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.forEach(LocalServices::closeQuietly);
            // being stopped with the Maven run is the normal end, not a failure for Maven to report
            Runtime.getRuntime().halt(0);
        }));
        for (String service : services) {
            Marker marker = new Marker(directory, service);
            marker.starting();
            try {
                running.add(start(service, directory));
                marker.ready();
                System.out.println("[local-services] " + service + " ready");
            } catch (Exception e) {
                marker.failed(e);
                System.err.println("[local-services] " + service + " failed to start: " + e);
                System.exit(1);
            }
        }
        Thread.currentThread().join();
    }

    private static AutoCloseable start(String service, Path directory) throws Exception {
        return switch (service) {
            case "database" -> LocalDatabase.start(directory.resolve("database"));
            case "cognito" -> {
                Path work = directory.resolve("cognito");
                Files.createDirectories(work);
                yield LocalCognito.start(work, Path.of("src/local/cognito-local").toAbsolutePath());
            }
            default -> throw new IllegalArgumentException("unknown service " + service);
        };
    }

    private static void closeQuietly(AutoCloseable service) {
        try {
            service.close();
        } catch (Exception e) {
            System.err.println("[local-services] stopping: " + e);
        }
    }
}
