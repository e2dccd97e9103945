package io.authcognito.it;

import static io.authcognito.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.local.DocumentedCognito;
import io.authcognito.local.LocalCognito;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A store on a pool whose user name is the email, shared with another application of the same
 * business (a forum) whose users the store did not make. The store never gives such a user a
 * password, never deletes it, and says the email is taken; its own users, even half-made ones,
 * it still finds. One more server, configured for that pool.
 */
class SharedPoolIT {

    private static final String FORUM_PASSWORD = "Forum-pass-1";

    private static ClusterNode store;

    @BeforeAll
    static void startAStoreOnTheSharedPool() {
        store = ClusterNode.create("sharedPool", 9083, Map.of(
                "cognito.user-pool-id", LocalCognito.EMAIL_USER_POOL_ID,
                "cognito.client-id", LocalCognito.EMAIL_CLIENT_ID,
                "cognito.username-attribute", "email"));
        store.start();
    }

    @AfterAll
    static void stopIt() {
        store.stop();
    }

    private static ApiClient browser() {
        return new ApiClient(store.base());
    }

    @Test
    void registeringWithAForumUsersEmailTakesNothingOver() {
        String email = forumUser();

        ApiClient.Reply registration = browser().post("api/customers", json("email", email, "password", "Store-pass-1"));

        assertEquals(409, registration.status(), registration.body());
        assertEquals("email_taken", registration.error());
        assertTrue(TestCognito.emailPoolAcceptsPassword(email, FORUM_PASSWORD), "the forum user keeps its password");
        assertFalse(TestCognito.emailPoolAcceptsPassword(email, "Store-pass-1"));
    }

    @Test
    void aRefusedRegistrationWithAForumUsersEmailDeletesNobody() {
        String email = forumUser();

        ApiClient.Reply weak = browser().post("api/customers", json("email", email, "password", "weak"));

        assertNotEquals(201, weak.status(), weak.body());
        assertTrue(TestCognito.emailPoolUserExists(email), "the forum user is still there");
        assertTrue(TestCognito.emailPoolAcceptsPassword(email, FORUM_PASSWORD));
    }

    @Test
    void aLegacyCustomerWhoseEmailAForumUserHoldsStaysOnTheHashAndIsCounted() {
        ApiClient admin = LegacyCustomer.create().inGroup("admin").loggedIn(browser());
        long heldBefore = admin.get("api/admin/migration").json().getJsonNumber("emailHeldElsewhere").longValue();
        LegacyCustomer customer = LegacyCustomer.create();
        TestCognito.createForeignUser(customer.email(), FORUM_PASSWORD);

        assertEquals(200, browser().login(customer).status(), "the legacy password still logs in");
        assertEquals(200, browser().login(customer).status());

        assertEquals(customer.hash(), TestDatabase.passwordHash(customer.id()).orElseThrow(), "the hash stays");
        assertTrue(TestCognito.emailPoolAcceptsPassword(customer.email(), FORUM_PASSWORD), "the forum user is untouched");
        assertEquals(heldBefore + 1, admin.get("api/admin/migration").json().getJsonNumber("emailHeldElsewhere").longValue());
    }

    @Test
    void anEmailChangeToAForumUsersEmailIsTaken() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = customer.loggedIn(browser());
        String forumEmail = forumUser();

        ApiClient.Reply change = browser.put("api/customers/me/email", json("email", forumEmail, "password", customer.password()));

        assertEquals(409, change.status(), change.body());
        assertEquals("email_taken", change.error());
        assertEquals(customer.email(), TestDatabase.queryString("SELECT email FROM customer WHERE id = ?", customer.id()).orElseThrow());
        assertTrue(TestCognito.emailPoolAcceptsPassword(forumEmail, FORUM_PASSWORD));
    }

    @Test
    void anEmailCognitoCannotTakeAsAUserNameIsABadRequest() {
        ApiClient.Reply registration = browser().post("api/customers",
                json("email", "zero\u200bwidth-" + System.nanoTime() + "@example.com", "password", "Store-pass-1"));

        assertEquals(400, registration.status(), registration.body());
        assertEquals("invalid_request", registration.error());
    }

    @Test
    void aMigrationInterruptedAfterTheUserWasMadeFindsItsOwnUserAgain() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        // Cognito fails after the user was made, and again when the product tries to undo it
        try (var outage = DocumentedCognito.refuse("AdminSetUserPassword", sent -> true, "InternalErrorException", "Internal error");
             var undoFails = DocumentedCognito.refuse("AdminDeleteUser", sent -> true, "InternalErrorException", "Internal error")) {
            assertEquals(200, browser().login(customer).status());
        }
        assertTrue(TestCognito.emailPoolUserExists(customer.email()), "the user was made before the failure and stayed");
        assertTrue(TestDatabase.passwordHash(customer.id()).isPresent());

        assertEquals(200, browser().login(customer).status());

        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty(), "the next login finished the migration");
        assertEquals(200, browser().login(customer).status());
    }

    private static String forumUser() {
        String email = TestDatabase.uniqueEmail();
        TestCognito.createForeignUser(email, FORUM_PASSWORD);
        return email;
    }
}
