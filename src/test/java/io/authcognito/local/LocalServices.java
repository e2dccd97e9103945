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
 * {@code NAME.ready} (or {@code NAME.failed}), which the integration tests wait for. As dev
 * services do, it tells the server where the emulator is: a configuration dropin written into the
 * server it is started for, never part of a server built for production.
 *
 * <p>Usage: {@code LocalServices <directory> <Liberty server directory> <Cognito endpoint for the server>}
 */
public final class LocalServices {

    /** The dropin's name in the server's {@code configDropins/overrides}. */
    public static final String DROPIN = "local-services.xml";

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
        pointServerAtEmulator(Path.of(args[1]), services.contains("cognito") ? args[2] : null);
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

    /**
     * The emulator's pool and app client (fixed ids, {@code src/local/cognito-local}) for the server,
     * or no such dropin when a real pool is given. Local mode is plain HTTP, so the cookie is not Secure.
     */
    private static void pointServerAtEmulator(Path serverDirectory, String endpoint) throws Exception {
        Path dropin = serverDirectory.resolve("configDropins/overrides/" + DROPIN);
        if (endpoint == null) {
            Files.deleteIfExists(dropin);
            return;
        }
        Files.createDirectories(dropin.getParent());
        Files.writeString(dropin, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by LocalServices (src/test): the local Cognito emulator, for `mvn -Plocal package liberty:run` and the tests -->
                <server>
                    <variable name="cognito.region" value="us-east-1"/>
                    <variable name="cognito.user-pool-id" value="%s"/>
                    <variable name="cognito.client-id" value="%s"/>
                    <variable name="cognito.endpoint" value="%s"/>
                    <variable name="cognito.access-key-id" value="local"/>
                    <variable name="cognito.secret-access-key" value="local"/>
                    <variable name="SESSION_COOKIE_SECURE" value="false"/>
                </server>
                """.formatted(LocalCognito.USER_POOL_ID, LocalCognito.CLIENT_ID, endpoint));
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
