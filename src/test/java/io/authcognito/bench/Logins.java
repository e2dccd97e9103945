package io.authcognito.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed amount of work, which wrk cannot time (it always runs for its whole duration): each of
 * the given logins exactly once, by a number of concurrent clients on the JDK's HTTP client.
 */
final class Logins {

    /** How long all the logins took, how many did not answer 200, and each login's time, sorted. */
    record Result(double seconds, long errors, List<Long> micros) {

        long p99() {
            return micros.get((int) Math.ceil(micros.size() * 0.99) - 1);
        }
    }

    static Result each(URI base, List<BenchData.Customer> logins, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> errors = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            errors.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long failed = 0;
                for (int index = next.getAndIncrement(); index < logins.size(); index = next.getAndIncrement()) {
                    long started = System.nanoTime();
                    if (login(http, base, logins.get(index)) != 200) {
                        failed++;
                    }
                    micros.add((System.nanoTime() - started) / 1_000);
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
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(null);
        return new Result(seconds, failed, sorted);
    }

    private static int login(HttpClient http, URI base, BenchData.Customer customer) throws IOException, InterruptedException {
        return http.send(customer.login(base), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
