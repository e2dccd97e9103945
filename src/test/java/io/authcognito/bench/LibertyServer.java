package io.authcognito.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The Liberty server the build installed, started and stopped as an operator would, with its command. */
final class LibertyServer {

    private static final String DROPIN = "zz-benchmark.xml";

    private final Path wlp;
    private final Path serverDirectory;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    LibertyServer(Path wlp, URI base) {
        this.wlp = wlp;
        this.serverDirectory = wlp.resolve("usr/servers/defaultServer");
        this.base = base;
    }

    /** The product's WAR, and the two probes that session requests are compared with. */
    void deploy(Path applicationWar) throws IOException {
        Path dropins = Files.createDirectories(serverDirectory.resolve("dropins"));
        Files.copy(applicationWar, dropins.resolve("auth-cognito.war"), StandardCopyOption.REPLACE_EXISTING);
        ShrinkWrap.create(WebArchive.class, "probe.war")
                .addClasses(ProbeResource.class, ProbeResource.Caller.class, ProbeResource.ProbeApplication.class)
                .as(ZipExporter.class)
                .exportTo(dropins.resolve("probe.war").toFile(), true);
        ShrinkWrap.create(WebArchive.class, "floor.war")
                .addClasses(FloorProbe.class, FloorProbe.Caller.class, FloorProbe.FixedCaller.class, FloorProbe.Me.class,
                        FloorProbe.FloorApplication.class)
                .as(ZipExporter.class)
                .exportTo(dropins.resolve("floor.war").toFile(), true);
    }

    /**
     * cognito-local answers one call at a time and slows as its data file grows; at 32 concurrent
     * clients its queue alone outlasts the product's time-outs, which are sized for real Cognito.
     * The benchmark lifts them so the emulator's queue is measured instead of cut off.
     */
    void allowSlowEmulator() throws IOException {
        configure(true);
    }

    /**
     * The emulator is not AWS: the figures that migrate every customer lift the product's quota
     * budget ({@code true}); the burst measured against Cognito's quotas keeps the defaults. Takes
     * effect at the next start.
     */
    void configure(boolean liftQuotas) throws IOException {
        Path overrides = Files.createDirectories(serverDirectory.resolve("configDropins/overrides"));
        String quotas = liftQuotas ? """
                    <variable name="auth.cognito.quota.user-creation" value="100000"/>
                    <variable name="auth.cognito.quota.user-account-update" value="100000"/>
                    <variable name="auth.cognito.quota.user-account-recovery" value="100000"/>
                    <variable name="auth.cognito.quota.migrations-at-once" value="64"/>
                    <variable name="auth.cognito.quota.migration-wait" value="PT120S"/>
                """ : """
                    <variable name="auth.cognito.quota.migration-wait" value="PT0.2S"/>
                """;
        // named to come after integration-tests.xml, which the build also copies here: the later file wins
        Files.writeString(overrides.resolve(DROPIN), """
                <server>
                    <!-- every line kept: a failure in a burst must be in the log, not throttled away -->
                    <logging throttleMaxMessagesPerWindow="0"/>
                    <variable name="cognito.attempt-timeout" value="PT60S"/>
                    <variable name="cognito.call-timeout" value="PT120S"/>
                %s</server>
                """.formatted(quotas));
    }

    /**
     * Sessions in this server's memory only, as without a shared store, or (false) back in the shared
     * database as server.xml has them; takes effect at the next start.
     */
    void sessionsInMemory(boolean inMemory) throws IOException {
        Path serverXml = serverDirectory.resolve("server.xml");
        String shared = " storageRef=\"sharedSessions\"";
        String config = Files.readString(serverXml).replace(shared, "");
        Files.writeString(serverXml, inMemory ? config : config.replace("<httpSession ", "<httpSession" + shared + " "));
    }

    void undeploy() throws IOException {
        Files.deleteIfExists(serverDirectory.resolve("configDropins/overrides/" + DROPIN));
        Files.deleteIfExists(serverDirectory.resolve("dropins/auth-cognito.war"));
        Files.deleteIfExists(serverDirectory.resolve("dropins/probe.war"));
        Files.deleteIfExists(serverDirectory.resolve("dropins/floor.war"));
    }

    /** Starts the server and returns the time from the start command to /health/ready answering UP. */
    Duration startAndAwaitReady() throws IOException, InterruptedException {
        long start = System.nanoTime();
        command("start");
        while (!ready()) {
            if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
                throw new IOException("the server was not ready within 3 minutes");
            }
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    void stop() throws IOException, InterruptedException {
        command("stop");
    }

    long pid() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains("defaultServer")).orElse(false))
                .findFirst().orElseThrow().pid();
    }

    private boolean ready() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void command(String action) throws IOException, InterruptedException {
        Process server = new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, "defaultServer"))
                .redirectErrorStream(true).start();
        String output = new String(server.getInputStream().readAllBytes());
        if (server.waitFor() != 0) {
            throw new IOException("server " + action + " failed: " + output);
        }
    }
}
