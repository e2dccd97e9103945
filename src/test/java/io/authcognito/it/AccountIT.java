package io.authcognito.it;

import static io.authcognito.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.legacy.LegacyVectors;
import io.authcognito.local.LocalCognito;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registration, password change and reset, email change and deletion, each keeping Cognito and the database in step. */
class AccountIT extends HttpIT {

    /** Emails starting with this make the customer table refuse the write, after Cognito has been called. */
    private static final String DATABASE_REFUSES = "db-refuses-";

    @BeforeAll
    static void databaseFailsForSomeEmails() {
        TestDatabase.update("""
                CREATE OR REPLACE FUNCTION it_refuse_write() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'integration test: the database refuses this write'; END $$ LANGUAGE plpgsql""");
        TestDatabase.update("DROP TRIGGER IF EXISTS it_refuse_write ON customer");
        TestDatabase.update("""
                CREATE TRIGGER it_refuse_write BEFORE INSERT OR UPDATE ON customer FOR EACH ROW
                WHEN (NEW.email LIKE '""" + DATABASE_REFUSES + "%') EXECUTE FUNCTION it_refuse_write()");
    }

    @Test
    void registrationPutsThePasswordInCognitoOnlyAndLogsIn() {
        String email = TestDatabase.uniqueEmail();
        ApiClient browser = browser();

        ApiClient.Reply reply = browser.post("api/customers",
                json("email", email, "password", "Registered-1", "firstName", "Zoë", "lastName", "Ng"));

        assertEquals(201, reply.status(), reply.body());
        String id = reply.json().getString("id");
        assertTrue(id.startsWith("cus_"), id);
        assertEquals(email, reply.json().getString("email"));
        assertTrue(TestDatabase.passwordHash(id).isEmpty(), "the row never holds a hash");
        assertTrue(TestCognito.acceptsPassword(id, "Registered-1"));
        JsonObject me = browser.get("api/customers/me").json();
        assertEquals("Zoë", me.getString("firstName"), "the new customer is logged in");
        assertEquals("Ng", me.getString("lastName"));
    }

    @Test
    void anAccountsEmailIsTakenInAnyCase() {
        LegacyCustomer customer = LegacyCustomer.create();

        ApiClient.Reply reply = browser().post("api/customers",
                json("email", customer.email().toUpperCase(), "password", "Registered-1"));

        assertEquals(409, reply.status());
        assertEquals("email_taken", reply.error());
    }

    @Test
    void aGuestRowDoesNotTakeTheEmailAndBecomesTheAccount() {
        String email = TestDatabase.uniqueEmail();
        String guestId = "cus_guest_" + System.nanoTime();
        TestDatabase.update("INSERT INTO customer (id, email, has_account) VALUES (?, ?, false)", guestId, email);

        ApiClient.Reply reply = browser().post("api/customers", json("email", email, "password", "Registered-1"));

        assertEquals(201, reply.status(), reply.body());
        assertEquals(guestId, reply.json().getString("id"));
        assertEquals("true", TestDatabase.queryString("SELECT has_account::text FROM customer WHERE id = ?", guestId).orElseThrow());
    }

    @Test
    void registrationThatFailsAfterCognitoLeavesNothingBehind() {
        String email = DATABASE_REFUSES + TestDatabase.uniqueEmail();

        ApiClient.Reply reply = browser().post("api/customers", json("email", email, "password", "Registered-1"));

        assertEquals(503, reply.status(), reply.body());
        assertEquals(0, TestCognito.usersWithEmail(email), "the Cognito user was deleted again");
        assertTrue(TestDatabase.queryString("SELECT id FROM customer WHERE email = ?", email).isEmpty());
    }

    @Test
    void passwordChangeOfALegacyCustomerLeavesNoHash() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = customer.loggedIn(browser());

        ApiClient.Reply wrong = browser.post("api/customers/me/password",
                json("currentPassword", "not-it", "newPassword", "Changed-pass-2"));
        assertEquals(401, wrong.status());
        assertEquals("invalid_credentials", wrong.error());

        ApiClient.Reply changed = browser.post("api/customers/me/password",
                json("currentPassword", customer.password(), "newPassword", "Changed-pass-2"));
        assertEquals(204, changed.status(), changed.body());
        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty());
        assertEquals(401, browser().login(customer).status());
        assertEquals(200, browser().login(customer.email(), "Changed-pass-2").status());
        assertEquals(200, browser.get("api/auth/me").status(), "the session that changed it lives on");
    }

    @Test
    void passwordChangeBeforeAnyMigrationStillWorks() {
        // a legacy customer whose hash is checked for the first time by the password change itself
        LegacyCustomer customer = LegacyCustomer.create(LegacyVectors.find("bcrypt", "$2y$ cost 4"));
        ApiClient browser = browser();
        browser.login(customer);

        ApiClient.Reply changed = browser.post("api/customers/me/password",
                json("currentPassword", customer.password(), "newPassword", "Changed-pass-3"));

        assertEquals(204, changed.status(), changed.body());
        assertTrue(TestCognito.acceptsPassword(customer.id(), "Changed-pass-3"));
    }

    @Test
    void passwordResetOfALegacyCustomerReplacesTheHash() {
        LegacyCustomer customer = LegacyCustomer.create();
        String id = customer.id();
        ApiClient browser = browser();

        requestResetCode(browser, customer.email(), id);
        assertTrue(TestCognito.userExists(id), "the legacy customer was put in Cognito first");
        assertEquals(customer.hash(), TestDatabase.passwordHash(id).orElseThrow(), "the hash stays until the reset is confirmed");

        ApiClient.Reply wrongCode = browser.post("api/auth/password-reset/confirm",
                json("email", customer.email(), "code", "000000", "newPassword", "Reset-pass-1"));
        assertEquals(400, wrongCode.status(), wrongCode.body());
        assertEquals("invalid_code", wrongCode.error());

        ApiClient.Reply confirmed = browser.post("api/auth/password-reset/confirm",
                json("email", customer.email(), "code", LocalCognito.RESET_CODE, "newPassword", "Reset-pass-1"));
        assertEquals(204, confirmed.status(), confirmed.body());
        assertTrue(TestDatabase.passwordHash(id).isEmpty());
        assertEquals(200, browser().login(customer.email(), "Reset-pass-1").status());
        assertEquals(401, browser().login(customer).status());
    }

    @Test
    void passwordResetSaysTheSameForUnknownEmails() {
        ApiClient.Reply reply = browser().post("api/auth/password-reset", json("email", TestDatabase.uniqueEmail()));
        assertEquals(202, reply.status());

        ApiClient.Reply confirm = browser().post("api/auth/password-reset/confirm",
                json("email", TestDatabase.uniqueEmail(), "code", LocalCognito.RESET_CODE, "newPassword", "Reset-pass-1"));
        assertEquals(400, confirm.status());
        assertEquals("invalid_code", confirm.error());
    }

    @Test
    void emailChangeMovesDatabaseAndCognitoTogether() {
        LegacyCustomer customer = LegacyCustomer.create();
        String id = customer.id();
        ApiClient browser = browser();
        browser.login(customer);
        ApiClient otherBrowser = browser();
        otherBrowser.login(customer);
        String newEmail = TestDatabase.uniqueEmail();

        ApiClient.Reply wrong = browser.put("api/customers/me/email", json("email", newEmail, "password", "not-it"));
        assertEquals(401, wrong.status());

        ApiClient.Reply changed = browser.put("api/customers/me/email",
                json("email", newEmail, "password", customer.password()));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(newEmail, changed.json().getString("email"));
        assertEquals(newEmail, TestCognito.email(id));
        assertEquals(id, TestDatabase.cognitoUsername(id).orElseThrow(), "the Cognito user keeps its name");
        assertEquals(newEmail, browser.get("api/auth/me").json().getString("email"), "this session shows the new email");
        assertEquals(401, otherBrowser.get("api/auth/me").status(), "no other session shows the old one");
        assertEquals(200, browser().login(newEmail, customer.password()).status());
        assertEquals(401, browser().login(customer).status());
    }

    @Test
    void emailChangeToATakenEmailIs409() {
        String taken = LegacyCustomer.create().email();
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = browser();
        browser.login(customer);

        ApiClient.Reply reply = browser.put("api/customers/me/email",
                json("email", taken.toUpperCase(), "password", customer.password()));

        assertEquals(409, reply.status());
        assertEquals("email_taken", reply.error());
    }

    @Test
    void emailChangeThatFailsAfterCognitoIsUndoneInCognito() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = browser();
        browser.login(customer);

        ApiClient.Reply reply = browser.put("api/customers/me/email",
                json("email", DATABASE_REFUSES + TestDatabase.uniqueEmail(), "password", customer.password()));

        assertEquals(503, reply.status(), reply.body());
        assertEquals(customer.email(), TestCognito.email(customer.id()), "Cognito's email was put back");
        assertEquals(customer.email(),
                TestDatabase.queryString("SELECT email FROM customer WHERE id = ?", customer.id()).orElseThrow());
    }

    @Test
    void deletionRemovesTheCognitoUserAnonymisesTheRowAndEndsEverySession() {
        LegacyCustomer customer = LegacyCustomer.create();
        String id = customer.id();
        ApiClient browser = browser();
        ApiClient otherBrowser = browser();
        browser.login(customer);
        otherBrowser.login(customer);

        ApiClient.Reply wrong = browser.delete("api/customers/me", json("password", "not-it"));
        assertEquals(401, wrong.status());
        assertTrue(TestCognito.userExists(id));

        ApiClient.Reply deleted = browser.delete("api/customers/me", json("password", customer.password()));
        assertEquals(204, deleted.status(), deleted.body());
        assertFalse(TestCognito.userExists(id));
        assertTrue(TestDatabase.queryString("SELECT deleted_at::text FROM customer WHERE id = ?", id).isPresent());
        assertNotEquals(customer.email(), TestDatabase.queryString("SELECT email FROM customer WHERE id = ?", id).orElseThrow());
        assertTrue(TestDatabase.queryString("SELECT first_name FROM customer WHERE id = ?", id).isEmpty());
        assertEquals(401, browser.get("api/auth/me").status());
        assertEquals(401, otherBrowser.get("api/auth/me").status());
        assertEquals(401, browser().login(customer).status());
    }
}
