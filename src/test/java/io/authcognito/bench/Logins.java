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

    /** How long all the logins took, and how many did not answer 200. */
    record Result(double seconds, long errors) {
    }

    static Result each(URI base, List<BenchData.Customer> logins, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> errors = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            errors.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long failed = 0;
                for (int index = next.getAndIncrement(); index < logins.size(); index = next.getAndIncrement()) {
                    if (login(http, base, logins.get(index)) != 200) {
                        failed++;
                    }
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
        return new Result(seconds, failed);
    }

    private static int login(HttpClient http, URI base, BenchData.Customer customer) throws IOException, InterruptedException {
        return http.send(customer.login(base), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
