package io.authcognito.bench;

import io.authcognito.local.LocalCognito;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load tool: a number of clients, each sending its next request as soon as the last one is
 * answered, for a fixed time, on the JDK's HTTP client (HTTP/1.1, kept-alive connections). It runs
 * in the benchmark's JVM, so the benchmark needs nothing installed beyond the JDK; it shares the
 * two cores with the server, which both sides of every ratio pay alike.
 */
final class Load {

    private static final List<String> PERCENTILES = List.of("50", "75", "90", "99", "99.9");

    /** What one run measured; latencies in microseconds. */
    record Result(long requests, double seconds, long errors, double requestsPerSecond, Map<String, Long> percentilesMicros) {

        long p50() {
            return percentilesMicros.get("50");
        }

        long p99() {
            return percentilesMicros.get("99");
        }
    }

    /** The requests of one client: the {@code n}th request client {@code client} sends. */
    interface Requests {
        HttpRequest next(int client, long n);
    }

    private Load() {
    }

    static Result run(int clients, Duration duration, Requests requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> perClient = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        long[] errors = new long[clients];
        for (int client = 0; client < clients; client++) {
            int me = client;
            perClient.add(pool.submit(() -> {
                long[] micros = new long[1024];
                int count = 0;
                for (long n = 0; System.nanoTime() < deadline; n++) {
                    long sent = System.nanoTime();
                    int status = http.send(requests.next(me, n), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status >= 400) {
                        errors[me]++;
                    }
                    if (count == micros.length) {
                        micros = Arrays.copyOf(micros, count * 2);
                    }
                    micros[count++] = (System.nanoTime() - sent) / 1_000;
                }
                return Arrays.copyOf(micros, count);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> client : perClient) {
            long[] micros = client.get();
            int from = all.length;
            all = Arrays.copyOf(all, from + micros.length);
            System.arraycopy(micros, 0, all, from, micros.length);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        Map<String, Long> percentiles = new LinkedHashMap<>();
        for (String q : PERCENTILES) {
            percentiles.put(q, all[Math.max(0, (int) Math.ceil(all.length * Double.parseDouble(q) / 100) - 1)]);
        }
        return new Result(all.length, seconds, Arrays.stream(errors).sum(), all.length / seconds, percentiles);
    }

    /** A GET, with a session cookie when one is given. */
    static Requests get(URI url, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpRequest built = request.build();
        return (client, n) -> built;
    }

    /** A GET on each of the sessions in turn, each client from its own place in the list. */
    static Requests sessions(URI url, List<String> sessions) {
        List<HttpRequest> requests = sessions.stream()
                .map(session -> HttpRequest.newBuilder(url).header("Cookie", "JSESSIONID=" + session).GET().build())
                .toList();
        return (client, n) -> requests.get((int) ((client * 7919L + n) % requests.size()));
    }

    /** {@code POST /api/auth/login} of each customer in turn. */
    static Requests logins(URI app, List<BenchData.Customer> customers) {
        List<HttpRequest> requests = customers.stream().map(customer -> customer.login(app)).toList();
        return (client, n) -> requests.get((int) ((client * 7919L + n) % requests.size()));
    }

    /** The one Cognito call a login makes, {@code AdminInitiateAuth}, sent straight to Cognito for each customer in turn. */
    static Requests cognitoLogins(URI cognito, List<BenchData.Customer> customers) {
        List<HttpRequest> requests = customers.stream().map(customer -> HttpRequest.newBuilder(cognito)
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .header("X-Amz-Target", "AWSCognitoIdentityProviderService.AdminInitiateAuth")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                .add("UserPoolId", LocalCognito.USER_POOL_ID)
                                .add("ClientId", LocalCognito.CLIENT_ID)
                                .add("AuthFlow", "ADMIN_USER_PASSWORD_AUTH")
                                .add("AuthParameters", Json.createObjectBuilder()
                                        .add("USERNAME", customer.id()).add("PASSWORD", customer.password()))
                                .build().toString()))
                        .build())
                .toList();
        return (client, n) -> requests.get((int) ((client * 7919L + n) % requests.size()));
    }
}
