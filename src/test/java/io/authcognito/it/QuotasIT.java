package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.local.DocumentedCognito;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Cognito throttling at its default quotas (through {@link DocumentedCognito}): a flood of failed
 * logins, and a login Cognito keeps throttling, as a store's busiest hour sees them.
 */
class QuotasIT extends HttpIT {

    /**
     * 300 first logins at once, 16 at a time, on a server of its own with the product's defaults
     * (its quota budget, and a login waiting for its migration at most 0.2 s), while Cognito
     * throttles at its quotas: every login succeeds, quickly, and no password is lost.
     */
    @Test
    void aBurstOfFirstLoginsUnderTheQuotasAllSucceedWithinASecondAndLoseNothing() throws Exception {
        ClusterNode server = ClusterNode.create("burst", 9084, Map.of("auth.cognito.quota.migration-wait", "PT0.2S"));
        server.start();
        try {
            for (int i = 0; i < 16; i++) {
                LegacyCustomer.create().loggedIn(new ApiClient(server.base())); // a busiest hour finds its servers warm
            }
            List<LegacyCustomer> customers = IntStream.range(0, 300).mapToObj(i -> LegacyCustomer.create()).toList();
            List<Long> millis = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Integer> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
            // 16 clients, each on its own connection, as browsers are (the benchmark runs the burst with 32)
            ThreadLocal<HttpClient> connection = ThreadLocal.withInitial(
                    () -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
            try (var quotas = DocumentedCognito.throttle(DocumentedCognito.defaultQuotas())) {
                ExecutorService clients = Executors.newFixedThreadPool(16);
                for (LegacyCustomer customer : customers) {
                    clients.submit(() -> {
                        HttpRequest login = HttpRequest.newBuilder(server.base().toURI().resolve("api/auth/login"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json("email", customer.email(),
                                        "password", customer.password())))
                                .build();
                        long start = System.nanoTime();
                        statuses.add(connection.get().send(login, HttpResponse.BodyHandlers.discarding()).statusCode());
                        millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                        return null;
                    });
                }
                clients.shutdown();
                assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES));
            }

            assertEquals(300, statuses.stream().filter(status -> status == 200).count(), "every first login succeeded");
            List<Long> sorted = millis.stream().sorted().toList();
            long p99 = sorted.get(296);
            System.out.printf("burst of 300 first logins under the quotas: p50 %d ms, p99 %d ms, %d throttled%n",
                    sorted.get(150), p99, DocumentedCognito.throttledCount("AdminCreateUser")
                            + DocumentedCognito.throttledCount("AdminSetUserPassword"));
            assertTrue(p99 < 1_000, "p99 " + p99 + " ms; p50 " + sorted.get(150) + " ms; slowest " + sorted.subList(290, 300));
            Thread.sleep(10_000); // migrations still running beside the logins end within their call time-out
            for (LegacyCustomer customer : customers) {
                var hash = TestDatabase.passwordHash(customer.id());
                assertTrue(hash.isEmpty() || hash.get().equals(customer.hash()), "migrated, or still on its own hash");
            }
            for (LegacyCustomer customer : customers.subList(0, 20)) {
                assertEquals(200, new ApiClient(server.base()).login(customer).status(), "and logs in again");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void failedLoginsAtTheQuotaRateFromManyAddressesLeaveTheQuotaToTheCustomers() throws Exception {
        List<LegacyCustomer> customers = IntStream.range(0, 40).mapToObj(i -> LegacyCustomer.create()).toList();
        for (LegacyCustomer customer : customers) {
            migrate(customer);
        }
        Set<String> floodEmails = ConcurrentHashMap.newKeySet();
        long throttledBefore = DocumentedCognito.throttledCount("AdminInitiateAuth");

        try (var quotas = DocumentedCognito.throttle(DocumentedCognito.defaultQuotas())) {
            AtomicBoolean flooding = new AtomicBoolean(true);
            ExecutorService flood = Executors.newFixedThreadPool(16);
            for (int i = 0; i < 16; i++) {
                int attacker = i;
                flood.submit(() -> {
                    for (int n = 0; flooding.get(); n++) {
                        String email = TestDatabase.uniqueEmail();
                        floodEmails.add(email);
                        // as fast as 16 clients go: past the 120/s of AdminInitiateAuth's quota if the server could
                        browser().from("203.0.113." + (attacker * 8 + n % 8 + 1)).login(email, "Guess-" + n);
                    }
                    return null;
                });
            }
            ExecutorService shoppers = Executors.newFixedThreadPool(8);
            List<Future<Integer>> logins = new ArrayList<>();
            for (LegacyCustomer customer : customers) {
                logins.add(shoppers.submit(() -> browser().login(customer).status()));
            }
            for (Future<Integer> login : logins) {
                assertEquals(200, login.get(), "a customer's login during the flood");
            }
            flooding.set(false);
            flood.shutdown();
            shoppers.shutdown();
            assertTrue(flood.awaitTermination(1, TimeUnit.MINUTES));
        }

        assertTrue(floodEmails.size() > 40, "the flood ran: " + floodEmails.size());
        assertEquals(0, DocumentedCognito.sent("AdminInitiateAuth", sent -> floodEmails.stream().anyMatch(sent::about)),
                "no failed login spent a Cognito request");
        assertEquals(throttledBefore, DocumentedCognito.throttledCount("AdminInitiateAuth"), "nothing was throttled");
    }

    @Test
    void aLoginCognitoKeepsThrottlingIsRetriedBrieflyThenA503WithRetryAfterAndCounted() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        migrate(customer);
        long throttledBefore = throttledMetric();
        long attemptsThrottledBefore = DocumentedCognito.throttledCount("AdminInitiateAuth");

        ApiClient.Reply login;
        long took;
        try (var quotas = DocumentedCognito.throttle(Map.of("AdminInitiateAuth", 0))) {
            long start = System.nanoTime();
            login = browser().login(customer);
            took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }

        assertEquals(503, login.status(), login.body());
        assertEquals("auth_unavailable", login.error());
        assertTrue(login.headers().firstValue("Retry-After").isPresent());
        assertTrue(took < 2_000, "answered after " + took + " ms");
        assertTrue(DocumentedCognito.throttledCount("AdminInitiateAuth") - attemptsThrottledBefore >= 2, "retried");
        assertEquals(1, throttledMetric() - throttledBefore, "the throttled call is counted");
        assertEquals(200, browser().login(customer).status());
    }

    /** Logs the customer in until the password is in Cognito (a migration may wait for the quota). */
    private void migrate(LegacyCustomer customer) {
        for (int attempt = 0; TestDatabase.passwordHash(customer.id()).isPresent(); attempt++) {
            assertTrue(attempt < 20, "not migrated after 20 logins");
            assertEquals(200, browser().login(customer).status());
        }
    }

    /** {@code auth_cognito_cognito_throttled_total} for AdminInitiateAuth, as Prometheus scrapes it. */
    private long throttledMetric() {
        return Math.round(MetricsScrape.of(browser()).value("auth_cognito_cognito_throttled_total", "operation=AdminInitiateAuth"));
    }
}
