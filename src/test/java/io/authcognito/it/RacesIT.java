package io.authcognito.it;

import static io.authcognito.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.local.DocumentedCognito;
import io.authcognito.local.LocalCognito;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two requests about one customer racing each other, forced into the worst order by holding one
 * of them at {@link DocumentedCognito} while the other runs: whatever the order, a change the
 * customer made is never undone, and a revocation is never outlived.
 */
class RacesIT extends HttpIT {

    private static final String NEW_PASSWORD = "Raced-new-pass-1";
    private static final ExecutorService REQUESTS = Executors.newCachedThreadPool();

    @Test
    void aFirstLoginRacingAResetDoesNotWriteTheOldPasswordOverTheNewOne() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        requestResetCode(browser(), customer.email(), customer.id());

        try (DocumentedCognito.Held migration = holdMigrationOf(customer)) {
            CompletableFuture<ApiClient.Reply> login = async(() -> browser().login(customer));
            migration.awaitArrival();
            CompletableFuture<ApiClient.Reply> confirm = async(() -> browser().post("api/auth/password-reset/confirm",
                    json("email", customer.email(), "code", LocalCognito.RESET_CODE, "newPassword", NEW_PASSWORD)));
            Thread.sleep(500); // the confirmation is now waiting for the migration to let go of the customer
            migration.release();

            assertEquals(204, confirm.get().status(), confirm.get().body());
            login.get();
        }

        assertEquals(200, browser().login(customer.email(), NEW_PASSWORD).status(), "the reset holds");
        assertEquals(401, browser().login(customer).status(), "the old password is gone");
        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty());
    }

    @Test
    void aFirstLoginRacingAPasswordChangeDoesNotUndoIt() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient laptop = loggedInStillOnTheLegacyHash(customer);

        try (DocumentedCognito.Held migration = holdMigrationOf(customer)) {
            CompletableFuture<ApiClient.Reply> phoneLogin = async(() -> browser().login(customer));
            migration.awaitArrival();
            CompletableFuture<ApiClient.Reply> change = async(() -> laptop.post("api/customers/me/password",
                    json("currentPassword", customer.password(), "newPassword", NEW_PASSWORD)));
            Thread.sleep(500);
            migration.release();

            assertEquals(204, change.get().status(), change.get().body());
            phoneLogin.get();
        }

        assertEquals(200, browser().login(customer.email(), NEW_PASSWORD).status(), "the change holds");
        assertEquals(401, browser().login(customer).status(), "the old password is gone");
    }

    @Test
    void aFirstLoginRacingADeletionGivesTheDeletedCustomerNoCognitoUser() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient laptop = loggedInStillOnTheLegacyHash(customer);

        try (DocumentedCognito.Held migration = holdMigrationOf(customer)) {
            CompletableFuture<ApiClient.Reply> phoneLogin = async(() -> browser().login(customer));
            migration.awaitArrival();
            CompletableFuture<ApiClient.Reply> deletion = async(() -> laptop.delete("api/customers/me",
                    json("password", customer.password())));
            Thread.sleep(500);
            migration.release();

            assertEquals(204, deletion.get().status(), deletion.get().body());
            phoneLogin.get();
        }

        assertFalse(TestCognito.userExists(customer.id()), "no Cognito user is left behind");
        assertTrue(TestDatabase.cognitoUsername(customer.id()).isEmpty());
        assertEquals(401, browser().login(customer).status());
    }

    @Test
    void parallelWrongGuessesAreCheckedNoMoreThanTheLimitAllows() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        assertEquals(200, browser().login(customer).status()); // migrated: each check is one Cognito request
        long checksBefore = checksOf(customer);
        int guesses = 30;
        ExecutorService clients = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                ApiClient client = browser().from("198.51.100." + (i + 1));
                answers.add(clients.submit(() -> {
                    start.await();
                    return client.login(customer.email(), "Wrong-guess-1").status();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertTrue(List.of(401, 429).contains(answer.get()), "answered " + answer.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertEquals(5, checksOf(customer) - checksBefore, "the limit is 5 failures an account");
        assertEquals(5, answers.stream().filter(answer -> status(answer) == 401).count());
    }

    @Test
    void aLoginRacingARevocationGetsASessionTheRevocationEnds() throws Exception {
        ApiClient admin = LegacyCustomer.create().inGroup("admin").loggedIn(browser());
        LegacyCustomer customer = LegacyCustomer.create();
        assertEquals(200, browser().login(customer).status());
        ApiClient browser = browser();

        try (DocumentedCognito.Held check = DocumentedCognito.hold("AdminInitiateAuth", sent -> sent.about(customer.id()))) {
            CompletableFuture<ApiClient.Reply> login = async(() -> browser.login(customer));
            check.awaitArrival(); // the password is being checked
            assertEquals(204, admin.post("api/admin/customers/" + customer.id() + "/sessions/revoke", "").status());
            check.release();
            assertEquals(200, login.get().status(), "the password was right");
        }

        assertEquals(401, browser.get("api/auth/me").status(), "the session was made before the revocation");
        assertEquals(200, customer.loggedIn(browser()).get("api/auth/me").status(), "a login after it works");
    }

    @Test
    void aDeletionThatRollsBackEndsNoSession() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient laptop = customer.loggedIn(browser());
        ApiClient phone = customer.loggedIn(browser());

        try (var outage = DocumentedCognito.refuse("AdminDeleteUser", sent -> sent.about(customer.id()),
                "InternalErrorException", "Internal error")) {
            ApiClient.Reply deletion = laptop.delete("api/customers/me", json("password", customer.password()));
            assertEquals(503, deletion.status(), deletion.body());
        }

        assertEquals(200, laptop.get("api/auth/me").status(), "nothing happened, sessions included");
        assertEquals(200, phone.get("api/auth/me").status());
        assertTrue(TestCognito.userExists(customer.id()));
    }

    /** A logged-in customer whose migration Cognito refused: still on the legacy hash. */
    private ApiClient loggedInStillOnTheLegacyHash(LegacyCustomer customer) throws Exception {
        try (var outage = DocumentedCognito.refuse("AdminSetUserPassword", sent -> sent.about(customer.id()),
                "InternalErrorException", "Internal error")) {
            ApiClient laptop = customer.loggedIn(browser());
            assertEquals(customer.hash(), TestDatabase.passwordHash(customer.id()).orElseThrow());
            return laptop;
        }
    }

    /** Holds the migration's {@code AdminSetUserPassword} with the customer's legacy password. */
    private static DocumentedCognito.Held holdMigrationOf(LegacyCustomer customer) {
        return DocumentedCognito.hold("AdminSetUserPassword",
                sent -> sent.about(customer.id()) && sent.about(customer.password()));
    }

    private static long checksOf(LegacyCustomer customer) {
        return DocumentedCognito.sent("AdminInitiateAuth", sent -> sent.about(customer.id()));
    }

    private static int status(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> CompletableFuture<T> async(Supplier<T> request) {
        return CompletableFuture.supplyAsync(request, REQUESTS);
    }
}
