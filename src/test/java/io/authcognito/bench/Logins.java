package io.authcognito.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed amount of work, where {@link Load} runs for a fixed time: each of the given logins
 * exactly once, by a number of concurrent clients on the JDK's HTTP client, each login timed.
 */
final class Logins {

    /** One login: whose, and when it was sent and answered ({@link System#nanoTime}). */
    record Login(BenchData.Customer customer, long sentNanos, long answeredNanos) {

        long micros() {
            return (answeredNanos - sentNanos) / 1_000;
        }
    }

    /** How long all the logins took, how many did not answer 200, and each login. */
    record Result(double seconds, long errors, List<Login> logins) {

        long p99() {
            return Percentiles.of(logins.stream().map(Login::micros).toList()).p99();
        }
    }

    private Logins() {
    }

    static Result each(URI base, List<BenchData.Customer> customers, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Login> logins = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> errors = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            errors.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long failed = 0;
                for (int index = next.getAndIncrement(); index < customers.size(); index = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    int status = login(http, base, customers.get(index));
                    if (status != 200) {
                        failed++;
                        System.err.println("login of " + customers.get(index).id() + " answered " + status);
                    }
                    logins.add(new Login(customers.get(index), sent, System.nanoTime()));
                }
                return failed;
            }));
        }
        long failed = 0;
        for (Future<Long> clientErrors : errors) {
            failed += clientErrors.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(seconds, failed, List.copyOf(logins));
    }

    private static int login(HttpClient http, URI base, BenchData.Customer customer) throws IOException, InterruptedException {
        return http.send(customer.login(base), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
