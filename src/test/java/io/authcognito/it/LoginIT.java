package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.legacy.LegacyVectors;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Login, lazy migration and the session, over HTTP against the real server, database and Cognito emulator. */
class LoginIT extends HttpIT {

    @Test
    void legacyLoginMovesThePasswordToCognitoAndRemovesTheHash() {
        LegacyCustomer customer = LegacyCustomer.create();
        String id = customer.id();

        ApiClient.Reply first = browser().login(customer);

        assertEquals(200, first.status(), first.body());
        assertEquals(id, first.json().getString("id"));
        assertEquals(customer.email(), first.json().getString("email"));
        assertEquals(List.of("customer"), first.json().getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(TestDatabase.passwordHash(id).isEmpty(), "the legacy hash is gone");
        assertEquals("MIGRATED", TestDatabase.migrationState(id).orElseThrow());
        assertEquals(id, TestDatabase.cognitoUsername(id).orElseThrow(), "the pool signs in by user name: the id");
        assertTrue(TestCognito.acceptsPassword(id, customer.password()), "Cognito holds the same password");
        assertEquals("true", emailVerified(id));

        ApiClient.Reply second = browser().login(customer.email().toUpperCase(), customer.password());
        assertEquals(200, second.status(), "the second login goes through Cognito: " + second.body());
        assertEquals(id, second.json().getString("id"));
    }

    @Test
    void bcryptCustomerMigratesToo() {
        LegacyCustomer customer = LegacyCustomer.create(LegacyVectors.find("bcrypt", "$2b$ cost 10"));

        assertEquals(200, browser().login(customer).status());

        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty());
        assertTrue(TestCognito.acceptsPassword(customer.id(), customer.password()));
    }

    @Test
    void wrongPasswordKeepsTheHashAndCreatesNoCognitoUser() {
        LegacyCustomer customer = LegacyCustomer.create();

        ApiClient.Reply reply = browser().login(customer.email(), customer.password() + "x");

        assertEquals(401, reply.status());
        assertEquals("invalid_credentials", reply.error());
        assertEquals(customer.hash(), TestDatabase.passwordHash(customer.id()).orElseThrow());
        assertFalse(TestCognito.userExists(customer.id()));
    }

    @Test
    void wrongPasswordAfterMigrationIsRefusedByCognito() {
        LegacyCustomer customer = LegacyCustomer.create();
        assertEquals(200, browser().login(customer).status());

        ApiClient.Reply reply = browser().login(customer.email(), "not-" + customer.password());

        assertEquals(401, reply.status());
        assertEquals("invalid_credentials", reply.error());
    }

    @Test
    void unknownEmailAnswersExactlyLikeAWrongPassword() {
        String known = LegacyCustomer.create().email();

        ApiClient.Reply wrongPassword = browser().login(known, "wrong-password");
        ApiClient.Reply unknownEmail = browser().login(TestDatabase.uniqueEmail(), "wrong-password");

        assertEquals(401, unknownEmail.status());
        assertEquals(wrongPassword.status(), unknownEmail.status());
        assertEquals(wrongPassword.body(), unknownEmail.body());
    }

    @Test
    void guestRowAloneCannotLogIn() {
        String email = TestDatabase.uniqueEmail();
        LegacyVectors.Vector legacy = LegacyVectors.medusaV1();
        TestDatabase.update("INSERT INTO customer (id, email, password_hash, has_account) VALUES (?, ?, ?, false)",
                "cus_guest_" + System.nanoTime(), email, legacy.hash());

        assertEquals(401, browser().login(email, legacy.password()).status());
    }

    @Test
    void sessionCarriesTheLoginAndLogoutEndsIt() {
        ApiClient browser = LegacyCustomer.create().loggedIn(browser());
        String sessionId = browser.sessionId().orElseThrow();

        assertEquals(200, browser.get("api/auth/me").status());
        assertEquals(200, browser.get("api/auth/me").status());
        assertEquals(204, browser.post("api/auth/logout", "").status());

        ApiClient.Reply afterLogout = browser.get("api/auth/me");
        assertEquals(401, afterLogout.status());
        assertEquals("not_authenticated", afterLogout.error());
        assertEquals(401, browser.getWithSession("api/auth/me", sessionId).status(), "the old session id is dead");
    }

    @Test
    void loginAlwaysIssuesANewSessionId() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = customer.loggedIn(browser());
        String before = browser.sessionId().orElseThrow();

        assertEquals(200, browser.login(customer).status());

        assertNotEquals(before, browser.sessionId().orElseThrow());
        assertEquals(401, browser.getWithSession("api/auth/me", before).status());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        ApiClient.Reply reply = browser().login(LegacyCustomer.create());

        String cookie = reply.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain-HTTP test run sets SESSION_COOKIE_SECURE=false: " + cookie);
        assertTrue(reply.headers().allValues("Set-Cookie").stream().noneMatch(h -> h.startsWith("LtpaToken")),
                "no single sign-on cookie");
    }

    @Test
    void rolesAllowedWithoutSessionIs401() {
        ApiClient.Reply reply = browser().get("api/auth/me");

        assertEquals(401, reply.status(), reply.body());
        assertEquals("not_authenticated", reply.error());
    }

    @Test
    void customerGroupsBecomeRoles() {
        LegacyCustomer customer = LegacyCustomer.create().inGroup("wholesale");

        ApiClient browser = browser();
        browser.login(customer);
        ApiClient.Reply me = browser.get("api/auth/me");

        assertEquals(List.of("customer", "wholesale"),
                me.json().getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void logoutWithoutSessionIs204() {
        assertEquals(204, browser().post("api/auth/logout", "").status());
    }

    private static String emailVerified(String username) {
        return TestCognito.user(username).attributes().stream()
                .filter(attribute -> attribute.name().equals("email_verified"))
                .findFirst().orElseThrow().value();
    }
}
