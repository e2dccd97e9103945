package io.authcognito.local;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The cognito-local emulator (npm, pinned in src/local/cognito-local) with a pool that signs in
 * by user name, the local default, and one whose user name is the email, as a pool shared with
 * other applications often is; each with an app client, all written as its data files so their
 * ids are fixed.
 * Its address and ids are public so that the integration tests and the benchmark name them only here.
 */
public final class LocalCognito implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    static final int PORT = 9229;
    public static final String ENDPOINT = "http://" + HOST + ":" + PORT;
    public static final String USER_POOL_ID = "us-east-1_localpool";
    public static final String CLIENT_ID = "localclient0authcognito000";
    public static final String EMAIL_USER_POOL_ID = "us-east-1_emailpool";
    public static final String EMAIL_CLIENT_ID = "localclient0emailpool00000";
    /** The code every password reset sends, so tests and a newcomer's curl can confirm one. */
    public static final String RESET_CODE = "123456";

    private final Process process;

    private LocalCognito(Process process) {
        this.process = process;
    }

    static LocalCognito start(Path workDirectory, Path installation) throws IOException, InterruptedException {
        install(installation);
        Path db = workDirectory.resolve(".cognito/db");
        Directories.deleteRecursively(workDirectory.resolve(".cognito"));
        Files.createDirectories(db);
        Files.writeString(workDirectory.resolve(".cognito/config.json"),
                "{\"UserPoolDefaults\":{\"UsernameAttributes\":[]}}");
        Files.writeString(db.resolve(USER_POOL_ID + ".json"), pool(USER_POOL_ID, "auth-cognito-local", ""));
        Files.writeString(db.resolve(EMAIL_USER_POOL_ID + ".json"), pool(EMAIL_USER_POOL_ID, "shared-email-pool", "\"email\""));
        Files.writeString(db.resolve("clients.json"), """
                {"Clients": {%s, %s}}
                """.formatted(client(CLIENT_ID, USER_POOL_ID), client(EMAIL_CLIENT_ID, EMAIL_USER_POOL_ID)));

        ProcessBuilder builder = new ProcessBuilder("node",
                installation.resolve("node_modules/cognito-local/lib/bin/start.js").toString())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("cognito-local.log").toFile());
        builder.environment().put("HOST", HOST);
        builder.environment().put("PORT", String.valueOf(PORT));
        builder.environment().put("CODE", RESET_CODE);
        LocalCognito cognito = new LocalCognito(builder.start());
        // the outage tests pause and resume the emulator by this pid
        Files.writeString(workDirectory.resolve("cognito-local.pid"), String.valueOf(cognito.process.pid()));
        cognito.awaitPort(Duration.ofSeconds(60));
        return cognito;
    }

    private static String pool(String id, String name, String usernameAttributes) {
        return """
                {"Users": {}, "Options": {"Id": "%s", "Name": "%s", "UsernameAttributes": [%s],
                 "Policies": {"PasswordPolicy": {"MinimumLength": 8}}}}
                """.formatted(id, name, usernameAttributes);
    }

    private static String client(String id, String poolId) {
        return """
                "%s": {"ClientId": "%s", "ClientName": "auth-cognito", "UserPoolId": "%s",
                 "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]}""".formatted(id, id, poolId);
    }

    /** The pinned emulator from npm, the first time it is needed: a plain `mvn package` needs no Node. */
    private static void install(Path installation) throws IOException, InterruptedException {
        if (Files.exists(installation.resolve("node_modules/cognito-local"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(installation.toFile()).inheritIO().start();
        if (npm.waitFor() != 0) {
            throw new IOException("npm ci of cognito-local failed with " + npm.exitValue());
        }
    }

    private void awaitPort(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("cognito-local exited with " + process.exitValue() + "; see cognito-local.log");
            }
            try (Socket ignored = new Socket(HOST, PORT)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException("cognito-local did not open port " + PORT + " within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
    }
}
