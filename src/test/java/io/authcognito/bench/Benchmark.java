package io.authcognito.bench;

import io.authcognito.legacy.LegacyVectors;
import io.authcognito.legacy.LegacyVectors.Vector;
import io.authcognito.local.DocumentedCognito;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The benchmark behind docs/benchmarks.md, run by {@code mvn -Pbenchmark verify}: starts the server
 * on its local default and measures each figure side by side with the limit it cannot beat, in one
 * run, with {@link Load} as the load tool. The results replace the section between the markers in
 * docs/benchmarks.md; the chart is docs/benchmark-latency.png.
 *
 * <p>Arguments: the Liberty installation, the application WAR, the docs folder, a work folder.
 */
public final class Benchmark {

    private static final URI APP = URI.create("http://127.0.0.1:9080");
    /** Cognito as the server reaches it: the emulator behind DocumentedCognito, which can throttle at Cognito's quotas. */
    private static final URI COGNITO = URI.create("http://127.0.0.1:" + DocumentedCognito.PORT + "/");
    private static final int BURST = 300;
    private static final int SESSIONS = 10_000;
    private static final int FIRST_LOGINS = 1_000;

    private final List<String[]> rows = new ArrayList<>();
    private final LatencyChart chart = new LatencyChart();
    private final TimeSplitChart timeSplit = new TimeSplitChart();
    private final Path work;

    private Benchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path wlp = Path.of(args[0]);
        Path war = Path.of(args[1]);
        Path docs = Path.of(args[2]);
        Path work = Files.createDirectories(Path.of(args[3]));
        LibertyServer server = new LibertyServer(wlp, APP);
        server.undeploy();
        server.deploy(war);
        server.allowSlowEmulator();
        Benchmark benchmark = new Benchmark(work);
        DocumentedCognito.start();
        try {
            benchmark.measure(server);
        } finally {
            server.stop();
            server.undeploy();
            DocumentedCognito.stop();
        }
        benchmark.publish(docs);
    }

    private void measure(LibertyServer server) throws Exception {
        Vector medusaV1 = LegacyVectors.medusaV1();
        Vector bcrypt10 = LegacyVectors.find("bcrypt", "$2b$ cost 10");
        Duration startup = server.startAndAwaitReady();
        row("Start-up: `server start` to `/health/ready` UP", seconds(startup), "", "");

        List<BenchData.Customer> migrated = BenchData.legacyCustomers(256, "migrated", medusaV1.password(), medusaV1.hash());
        BenchData.migrate(APP, migrated);

        // cognito-local appends a refresh token per login and rewrites its whole data file on every
        // call, so it slows as the run goes on: the figures most sensitive to that come first.
        firstLogins("Medusa v1 scrypt-kdf", medusaV1);
        firstLogins("bcrypt cost 10", bcrypt10);
        loginOverhead(migrated);
        sessionRequests(migrated.get(0));
        idleSessionMemory(server, migrated);
        sharedSessionStore(server, migrated);
        quotaBurst(server, medusaV1);
    }

    /**
     * 6. A burst of first logins with Cognito throttling at its default quotas, against the same
     * burst unthrottled, the server's quota budget at its defaults for both: a login never waits
     * on a migration that the quota has no room for.
     */
    private void quotaBurst(LibertyServer server, Vector vector) throws Exception {
        server.stop();
        server.configure(false);
        server.startAndAwaitReady();
        Logins.each(APP, BenchData.legacyCustomers(BURST, "burst-warm-up", vector.password(), vector.hash()), 32);
        Logins.Result free = Logins.each(APP, BenchData.legacyCustomers(BURST, "burst-free", vector.password(), vector.hash()), 32);
        Logins.Result throttled;
        try (AutoCloseable quotas = DocumentedCognito.throttle(DocumentedCognito.defaultQuotas())) {
            throttled = Logins.each(APP, BenchData.legacyCustomers(BURST, "burst-throttled", vector.password(), vector.hash()), 32);
        }
        if (free.errors() + throttled.errors() != 0) {
            throw new IllegalStateException("burst errors: " + free + " " + throttled);
        }
        row("300 first logins in a burst, 32 concurrent, p99, Cognito throttling at its default quotas",
                ms(throttled.p99()), ms(free.p99()) + " (the same burst, no throttling)", ratio(throttled.p99(), free.p99()));
        row("Cognito requests throttled during that burst", String.valueOf(DocumentedCognito.throttledCount("AdminCreateUser")
                + DocumentedCognito.throttledCount("AdminSetUserPassword") + DocumentedCognito.throttledCount("AdminInitiateAuth")),
                "", "");
        server.stop();
        server.configure(true);
        server.startAndAwaitReady();
    }

    /**
     * 1. What a login adds to the one Cognito call it makes: side by side with the bare call, and
     * the product's own milliseconds per login ({@link OwnTime}), which a slow emulator cannot hide.
     */
    private void loginOverhead(List<BenchData.Customer> customers) throws Exception {
        for (int clients : new int[] {1, 32}) {
            String concurrent = clients + " concurrent";
            Load.run(clients, Duration.ofSeconds(3), Load.cognitoLogins(COGNITO, customers));
            Load.Result cognito = Load.run(clients, Duration.ofSeconds(10), Load.cognitoLogins(COGNITO, customers));
            List<BenchData.Customer> logins = repeated(customers, clients == 1 ? 300 : 1_000);
            Logins.each(APP, logins, clients);
            long since = System.nanoTime();
            DatabaseTime before = DatabaseTime.now(APP);
            Logins.Result login = Logins.each(APP, logins, clients);
            DatabaseTime after = DatabaseTime.now(APP);
            if (login.errors() != 0) {
                throw new IllegalStateException(login.errors() + " failed logins");
            }
            Percentiles latency = Percentiles.of(login.logins().stream().map(Logins.Login::micros).toList());
            OwnTime.Split split = OwnTime.of(login.logins(), since);
            if (clients == 1) {
                // one login at a time, its parts add up; at 32 their waits overlap and a mean split says nothing
                timeSplitRow("a migrated customer's login, " + concurrent, latency, split, before, after, logins.size());
            }
            chart.add("AdminInitiateAuth, " + clients + " client" + (clients > 1 ? "s" : ""), cognito);
            chart.add("POST /api/auth/login, " + clients + " client" + (clients > 1 ? "s" : ""), latency);
            row("Login p50, " + concurrent, ms(latency.p50()), ms(cognito.p50()) + " (bare `AdminInitiateAuth`)",
                    ratio(latency.p50(), cognito.p50()));
            row("Login p99, " + concurrent, ms(latency.p99()), ms(cognito.p99()) + " (bare `AdminInitiateAuth`)",
                    ratio(latency.p99(), cognito.p99()));
            ownTimeRows("a migrated customer's login, " + concurrent, split);
        }
    }

    /**
     * Where the logins' time went, on average: in Cognito (as the proxy saw it), on the database
     * (Liberty's pool: connections in use, or waited for), and the rest, which is the product's own
     * time less its database part.
     */
    private void timeSplitRow(String what, Percentiles latency, OwnTime.Split split, DatabaseTime before, DatabaseTime after,
                              int logins) {
        double cognito = split.cognito().mean() / 1000;
        double database = before.millisPerLogin(after, logins);
        double ours = latency.mean() / 1000 - cognito - database;
        row("**Where the time goes**, mean per login, " + what, String.format(Locale.ROOT, "ours %.1f ms", ours),
                String.format(Locale.ROOT, "Cognito %.1f ms, database %.1f ms (%.1f connection checkouts a login)",
                        cognito, database, before.checkoutsPerLogin(after, logins)), "");
        timeSplit.add(what, cognito, database, ours);
    }

    private void ownTimeRows(String what, OwnTime.Split split) {
        row("**Own time** per login p50, " + what, ms(split.own().p50()), ms(split.cognito().p50()) + " in Cognito", "");
        row("**Own time** per login p99, " + what, ms(split.own().p99()), ms(split.cognito().p99()) + " in Cognito", "");
    }

    private static List<BenchData.Customer> repeated(List<BenchData.Customer> customers, int count) {
        List<BenchData.Customer> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            logins.add(customers.get(i % customers.size()));
        }
        return logins;
    }

    /**
     * 2. Requests on a session against the platform's floor (a fixed caller handed to Liberty on
     * every request, {@link FloorProbe}) and against the same GET with no authentication at all.
     */
    private void sessionRequests(BenchData.Customer customer) throws Exception {
        Load.Requests me = Load.get(APP.resolve("/api/auth/me"), sessionOf(customer));
        Load.Requests floor = Load.get(APP.resolve("/floor/api/me"), null);
        Load.Requests probe = Load.get(APP.resolve("/probe/api/me"), null);
        for (Load.Requests warmUp : List.of(me, floor, probe)) {
            Load.run(32, Duration.ofSeconds(5), warmUp);
        }
        Load.Result onSession = Load.run(32, Duration.ofSeconds(15), me);
        Load.Result fixedCaller = Load.run(32, Duration.ofSeconds(15), floor);
        Load.Result unauthenticated = Load.run(32, Duration.ofSeconds(15), probe);
        requireNoErrors(onSession, fixedCaller, unauthenticated);
        chart.add("GET /api/auth/me (session), 32 clients", onSession);
        chart.add("GET @RolesAllowed, fixed caller (the floor), 32 clients", fixedCaller);
        chart.add("GET unauthenticated probe, 32 clients", unauthenticated);
        row("**Session requests/s**, 32 concurrent, against the floor", perSecond(onSession),
                perSecond(fixedCaller) + " (a mechanism handing Liberty a fixed caller, same `@RolesAllowed` GET)",
                String.format(Locale.ROOT, "%.2f", onSession.requestsPerSecond() / fixedCaller.requestsPerSecond()));
        row("Session requests/s, 32 concurrent, against no authentication", perSecond(onSession),
                perSecond(unauthenticated) + " (unauthenticated JAX-RS GET, same shape)",
                String.format(Locale.ROOT, "%.2f", onSession.requestsPerSecond() / unauthenticated.requestsPerSecond()));
        row("The floor against no authentication", perSecond(fixedCaller), perSecond(unauthenticated),
                String.format(Locale.ROOT, "%.2f", fixedCaller.requestsPerSecond() / unauthenticated.requestsPerSecond()));
    }

    private static String perSecond(Load.Result result) {
        return String.format(Locale.ROOT, "%.0f", result.requestsPerSecond());
    }

    /** 3. 1,000 customers' first logins, which migrate them, against the same logins once they are in Cognito. */
    private void firstLogins(String format, Vector vector) throws Exception {
        List<BenchData.Customer> customers = BenchData.legacyCustomers(FIRST_LOGINS, "first", vector.password(), vector.hash());
        long since = System.nanoTime();
        Logins.Result migrating = Logins.each(APP, customers, 32);
        OwnTime.Split split = OwnTime.of(migrating.logins(), since);
        long left = BenchData.stillLegacy(customers);
        Logins.Result again = Logins.each(APP, customers, 32);
        if (migrating.errors() + again.errors() != 0 || left != 0) {
            throw new IllegalStateException(migrating.errors() + " and " + again.errors() + " failed logins (their answers are above); "
                    + left + " customers were not migrated");
        }
        row("1,000 first logins (" + format + "), 32 concurrent, all migrated, no error",
                seconds(migrating.seconds()), seconds(again.seconds()) + " (the same logins, all in Cognito)",
                String.format(Locale.ROOT, "%.2f", migrating.seconds() / again.seconds()));
        ownTimeRows("a first login (" + format + ", migrating), 32 concurrent", split);
    }

    /**
     * 5. Sessions kept in the shared database (every server sees them, they survive restarts)
     * against sessions in one server's memory: session requests on 1 and on 1,000 sessions, and
     * logins. Each store is measured on a freshly started server, after the same warm-up.
     */
    private void sharedSessionStore(LibertyServer server, List<BenchData.Customer> migrated) throws Exception {
        Map<Boolean, Load.Result[]> byStore = new LinkedHashMap<>();
        for (boolean inMemory : new boolean[] {false, true}) {
            server.stop();
            server.sessionsInMemory(inMemory);
            server.startAndAwaitReady();
            Load.Requests one = Load.sessions(APP.resolve("/api/auth/me"), sessionsOf(migrated.subList(0, 1)));
            Load.Requests many = Load.sessions(APP.resolve("/api/auth/me"), sessionsOf(repeated(migrated, 1_000)));
            Load.run(32, Duration.ofSeconds(30), many);
            Load.Result oneSession = Load.run(32, Duration.ofSeconds(15), one);
            Load.Result manySessions = Load.run(32, Duration.ofSeconds(15), many);
            Load.Result login = Load.run(1, Duration.ofSeconds(10), Load.logins(APP, migrated));
            requireNoErrors(oneSession, manySessions, login);
            byStore.put(inMemory, new Load.Result[] {oneSession, manySessions, login});
        }
        server.stop();
        server.sessionsInMemory(false);
        server.startAndAwaitReady();
        Load.Result[] shared = byStore.get(false);
        Load.Result[] memory = byStore.get(true);
        String[] sessions = {"1 session", "1,000 sessions"};
        for (int i = 0; i < 2; i++) {
            row("Session requests/s, 32 concurrent, " + sessions[i] + ", shared store",
                    String.format(Locale.ROOT, "%.0f", shared[i].requestsPerSecond()),
                    String.format(Locale.ROOT, "%.0f (sessions in memory only)", memory[i].requestsPerSecond()),
                    String.format(Locale.ROOT, "%.2f", shared[i].requestsPerSecond() / memory[i].requestsPerSecond()));
        }
        row("Login p50, 1 concurrent, shared store", ms(shared[2].p50()), ms(memory[2].p50()) + " (sessions in memory only)",
                ratio(shared[2].p50(), memory[2].p50()));
        row("Bytes per session in the shared store", String.format(Locale.ROOT, "%.0f bytes", BenchData.bytesPerStoredSession()),
                "", "");
    }

    /** The session ids of a login of each customer. */
    private List<String> sessionsOf(List<BenchData.Customer> customers) throws IOException, InterruptedException {
        List<String> sessions = new ArrayList<>();
        for (BenchData.Customer customer : customers) {
            sessions.add(sessionOf(customer));
        }
        return sessions;
    }

    /** 4. Heap held per idle session, from two full-GC class histograms around 10,000 logins. */
    private void idleSessionMemory(LibertyServer server, List<BenchData.Customer> customers) throws Exception {
        List<BenchData.Customer> logins = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            logins.add(customers.get(i % customers.size()));
        }
        Heap before = Heap.of(server.pid());
        Logins.each(APP, logins, 32);
        Heap after = Heap.of(server.pid());
        // a login the slowed emulator could not answer in time made no session: make up for it
        while (after.sessions() - before.sessions() < SESSIONS) {
            Logins.each(APP, logins.subList(0, (int) (SESSIONS - (after.sessions() - before.sessions()))), 32);
            after = Heap.of(server.pid());
        }
        long sessions = after.sessions() - before.sessions();
        row("Heap per idle session, at " + String.format(Locale.ROOT, "%,d", sessions) + " sessions",
                String.format(Locale.ROOT, "%,d bytes", (after.bytes() - before.bytes()) / Math.max(1, sessions)),
                String.format(Locale.ROOT, "%.1f MB for all of them", (after.bytes() - before.bytes()) / 1e6), "");
    }

    private String sessionOf(BenchData.Customer customer) throws IOException, InterruptedException {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(customer.login(APP), HttpResponse.BodyHandlers.ofString());
        return reply.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .reduce((first, second) -> second).orElseThrow();
    }

    private static void requireNoErrors(Load.Result... results) {
        for (Load.Result result : results) {
            if (result.errors() != 0) {
                throw new IllegalStateException(result.errors() + " errors in " + result);
            }
        }
    }

    private void row(String what, String measured, String limit, String ratio) {
        rows.add(new String[] {what, measured, limit, ratio});
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    private static String seconds(Duration duration) {
        return seconds(duration.toMillis() / 1000.0);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private static String ratio(long measured, long limit) {
        return String.format(Locale.ROOT, "%.2f", (double) measured / limit);
    }

    private void publish(Path docs) throws IOException, InterruptedException {
        chart.write(docs.resolve("benchmark-latency.png"), "Latency by percentile (log scale), one run, on loopback");
        timeSplit.write(docs.resolve("benchmark-login-time.png"), "Where a login's time goes: mean milliseconds per login, one run");
        StringBuilder section = new StringBuilder();
        section.append("Measured ").append(LocalDate.now()).append(" on ").append(Machine.describe()).append(".\n\n");
        section.append("| measure | auth-cognito | side by side: the limit | ratio |\n| --- | --- | --- | --- |\n");
        // the product's own cost and the floor lead (issue 11); the rest keeps the order it was measured in
        List<String[]> ordered = new ArrayList<>(rows);
        ordered.sort(java.util.Comparator.comparing(row -> !row[0].startsWith("**")));
        for (String[] row : ordered) {
            section.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        section.append("\n![Where a login's time goes](benchmark-login-time.png)\n");
        section.append("\n![Latency by percentile](benchmark-latency.png)\n");
        Path report = docs.resolve("benchmarks.md");
        String text = Files.readString(report);
        int start = text.indexOf("<!-- results -->");
        int end = text.indexOf("<!-- /results -->");
        Files.writeString(report, text.substring(0, start) + "<!-- results -->\n" + section + text.substring(end));
        System.out.println(section);
    }
}
