package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.local.DocumentedCognito;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator's Prometheus sees at {@code /metrics}: each login, migration, Cognito call and
 * revocation moves its counter by exactly what happened, and no label names a customer.
 */
class MetricsIT extends HttpIT {

    private static final String LOGINS = "auth_cognito_logins_total";
    private static final String MIGRATIONS = "auth_cognito_migrations_total";
    private static final String CALLS = "auth_cognito_cognito_call_seconds_count";
    private static final List<String> OUTCOMES = List.of("cognito", "legacy_migrated", "legacy_kept", "invalid_credentials",
            "too_many_attempts", "unavailable", "password_reset_required", "error");
    private static final Set<String> LABELS = Set.of("mp_scope", "outcome", "result", "state", "operation", "kind", "le", "quantile");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** A client address of its own, so no other test's failures count against it. */
    private final String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);

    @Test
    void aLegacyLoginCountsAMigratedLoginAndACompletedMigration() {
        LegacyCustomer customer = LegacyCustomer.create();
        MetricsScrape before = scrape();

        assertEquals(200, client().login(customer).status());

        MetricsScrape after = scrape();
        assertLoginsMoved(before, after, Map.of("legacy_migrated", 1L));
        assertEquals(1, after.moved(before, MIGRATIONS, "result=completed"));
        assertEquals(1, after.moved(before, CALLS, "operation=AdminCreateUser", "outcome=ok"));
        assertEquals(1, after.moved(before, CALLS, "operation=AdminSetUserPassword", "outcome=ok"));
        assertTrue(after.value("auth_cognito_cognito_call_seconds_bucket", "operation=AdminSetUserPassword", "le=5.0") >= 1,
                "Cognito's latency is a histogram");
        assertNamesNoCustomer(after, customer);
    }

    @Test
    void aLoginOfAMigratedCustomerCountsACognitoLoginAndItsCall() {
        LegacyCustomer customer = migrated();
        MetricsScrape before = scrape();

        assertEquals(200, client().login(customer).status());

        MetricsScrape after = scrape();
        assertLoginsMoved(before, after, Map.of("cognito", 1L));
        assertEquals(1, after.moved(before, CALLS, "operation=AdminInitiateAuth", "outcome=ok"));
        assertEquals(0, after.moved(before, MIGRATIONS));
    }

    @Test
    void aWrongPasswordCountsAnInvalidLoginAndCognitosRefusal() {
        LegacyCustomer customer = migrated();
        MetricsScrape before = scrape();

        assertEquals(401, client().login(customer.email(), "not-" + customer.password()).status());

        MetricsScrape after = scrape();
        assertLoginsMoved(before, after, Map.of("invalid_credentials", 1L));
        assertEquals(1, after.moved(before, CALLS, "operation=AdminInitiateAuth", "outcome=NotAuthorizedException"));
        assertNamesNoCustomer(after, customer);
    }

    @Test
    void aLoginRefusedByTheLimitCountsTooManyAttemptsAndAsksNobody() {
        LegacyCustomer customer = migrated();
        for (int failure = 0; failure < 5; failure++) {
            assertEquals(401, client().login(customer.email(), "guess-" + failure).status());
        }
        MetricsScrape before = scrape();

        assertEquals(429, client().login(customer).status());

        MetricsScrape after = scrape();
        assertLoginsMoved(before, after, Map.of("too_many_attempts", 1L));
        assertEquals(0, after.moved(before, CALLS, "operation=AdminInitiateAuth"));
    }

    @Test
    void aPasswordCognitoCannotHoldCountsAKeptLoginAndAPolicyRefusal() {
        LegacyCustomer customer = LegacyCustomer.withPassword(" spaces at both ends ");
        MetricsScrape before = scrape();

        assertEquals(200, client().login(customer).status());

        MetricsScrape after = scrape();
        assertLoginsMoved(before, after, Map.of("legacy_kept", 1L));
        assertEquals(1, after.moved(before, MIGRATIONS, "result=refused_by_policy"));
        assertEquals(0, after.moved(before, MIGRATIONS, "result=completed"));
    }

    @Test
    void aThrottledCognitoCountsAnUnavailableLoginAndTheThrottledCall() throws Exception {
        LegacyCustomer customer = migrated();
        MetricsScrape before = scrape();

        try (var quotas = DocumentedCognito.throttle(Map.of("AdminInitiateAuth", 0))) {
            assertEquals(503, client().login(customer).status());
        }

        MetricsScrape after = scrape();
        assertLoginsMoved(before, after, Map.of("unavailable", 1L));
        assertEquals(1, after.moved(before, "auth_cognito_cognito_throttled_total", "operation=AdminInitiateAuth"));
        assertEquals(1, after.moved(before, CALLS, "operation=AdminInitiateAuth", "outcome=TooManyRequestsException"));
    }

    @Test
    void logoutsAndRevocationsAreCountedAndTheListenerIsUp() {
        LegacyCustomer customer = migrated();
        ApiClient browser = client();
        assertEquals(200, browser.login(customer).status());
        MetricsScrape before = scrape();

        assertEquals(204, browser.post("api/auth/sessions/revoke-others", "").status());
        assertEquals(204, browser.post("api/auth/logout", "").status());

        MetricsScrape after = scrape();
        assertEquals(1, after.moved(before, "auth_cognito_session_revocations_total", "kind=customer"));
        assertEquals(1, after.moved(before, "auth_cognito_session_revocations_total", "kind=login"));
        assertEquals(1.0, after.value("auth_cognito_revocation_listener_up"));
    }

    @Test
    void theCustomersOnALegacyHashAndMigratedAreCounted() {
        MetricsScrape scrape = scrape();

        assertTrue(scrape.value("auth_cognito_customers", "state=legacy") >= 1, "the demo customers and the tests' own");
        assertTrue(scrape.value("auth_cognito_customers", "state=migrated") >= 0);
    }

    @Test
    void everyLabelIsOneOfAFewNamesWithValuesThatNameNoCustomer() {
        LegacyCustomer customer = migrated();
        assertEquals(401, client().login(customer.email(), "wrong").status());

        for (String sample : scrape().samples()) {
            Matcher label = LABEL.matcher(sample);
            while (label.find()) {
                assertTrue(LABELS.contains(label.group(1)), "label " + label.group(1) + " in " + sample);
                assertFalse(label.group(2).contains("@") || label.group(2).startsWith("cus_"), sample);
            }
        }
    }

    private ApiClient client() {
        return browser().from(address);
    }

    private MetricsScrape scrape() {
        return MetricsScrape.of(browser());
    }

    /** A customer whose password Cognito already holds. */
    private LegacyCustomer migrated() {
        LegacyCustomer customer = LegacyCustomer.create();
        assertEquals(200, client().login(customer).status());
        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty(), "migrated");
        return customer;
    }

    /** Each login outcome moved by what is expected of it, and every other by nothing. */
    private static void assertLoginsMoved(MetricsScrape before, MetricsScrape after, Map<String, Long> expected) {
        for (String outcome : OUTCOMES) {
            assertEquals(expected.getOrDefault(outcome, 0L), after.moved(before, LOGINS, "outcome=" + outcome), outcome);
        }
    }

    private static void assertNamesNoCustomer(MetricsScrape scrape, LegacyCustomer customer) {
        String all = String.join("\n", scrape.samples());
        assertFalse(all.contains(customer.email()) || all.contains(customer.id()), "a label names the customer");
    }
}
