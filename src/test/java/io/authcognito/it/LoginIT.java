package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Login, lazy migration and the session, over HTTP against the real server, database and Cognito emulator. */
class LoginIT extends HttpIT {

    @Test
    void legacyLoginMovesThePasswordToCognitoAndRemovesTheHash() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        String id = TestDatabase.insertCustomer(email, legacy.hash());

        ApiClient.Reply first = new ApiClient(base).login(email, legacy.password());

        assertEquals(200, first.status(), first.body());
        assertEquals(id, first.json().getString("id"));
        assertEquals(email, first.json().getString("email"));
        assertEquals(List.of("customer"), first.json().getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(TestDatabase.passwordHash(id).isEmpty(), "the legacy hash is gone");
        assertEquals("MIGRATED", TestDatabase.migrationState(id).orElseThrow());
        assertEquals(id, TestDatabase.cognitoUsername(id).orElseThrow(), "the pool signs in by user name: the id");
        assertTrue(TestCognito.acceptsPassword(id, legacy.password()), "Cognito holds the same password");
        assertEquals("true", emailVerified(id));

        ApiClient.Reply second = new ApiClient(base).login(email.toUpperCase(), legacy.password());
        assertEquals(200, second.status(), "the second login goes through Cognito: " + second.body());
        assertEquals(id, second.json().getString("id"));
    }

    @Test
    void bcryptCustomerMigratesToo() {
        LegacyVector legacy = LegacyVector.of("bcrypt", "$2b$ cost 10");
        String email = TestDatabase.uniqueEmail();
        String id = TestDatabase.insertCustomer(email, legacy.hash());

        assertEquals(200, new ApiClient(base).login(email, legacy.password()).status());

        assertTrue(TestDatabase.passwordHash(id).isEmpty());
        assertTrue(TestCognito.acceptsPassword(id, legacy.password()));
    }

    @Test
    void wrongPasswordKeepsTheHashAndCreatesNoCognitoUser() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        String id = TestDatabase.insertCustomer(email, legacy.hash());

        ApiClient.Reply reply = new ApiClient(base).login(email, legacy.password() + "x");

        assertEquals(401, reply.status());
        assertEquals("invalid_credentials", reply.error());
        assertEquals(legacy.hash(), TestDatabase.passwordHash(id).orElseThrow());
        assertFalse(TestCognito.userExists(id));
    }

    @Test
    void wrongPasswordAfterMigrationIsRefusedByCognito() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        TestDatabase.insertCustomer(email, legacy.hash());
        assertEquals(200, new ApiClient(base).login(email, legacy.password()).status());

        ApiClient.Reply reply = new ApiClient(base).login(email, "not-" + legacy.password());

        assertEquals(401, reply.status());
        assertEquals("invalid_credentials", reply.error());
    }

    @Test
    void unknownEmailAnswersExactlyLikeAWrongPassword() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String known = TestDatabase.uniqueEmail();
        TestDatabase.insertCustomer(known, legacy.hash());

        ApiClient.Reply wrongPassword = new ApiClient(base).login(known, "wrong-password");
        ApiClient.Reply unknownEmail = new ApiClient(base).login(TestDatabase.uniqueEmail(), "wrong-password");

        assertEquals(401, unknownEmail.status());
        assertEquals(wrongPassword.status(), unknownEmail.status());
        assertEquals(wrongPassword.body(), unknownEmail.body());
    }

    @Test
    void guestRowAloneCannotLogIn() {
        String email = TestDatabase.uniqueEmail();
        LegacyVector legacy = LegacyVector.medusaV1();
        TestDatabase.update("INSERT INTO customer (id, email, password_hash, has_account) VALUES (?, ?, ?, false)",
                "cus_guest_" + System.nanoTime(), email, legacy.hash());

        assertEquals(401, new ApiClient(base).login(email, legacy.password()).status());
    }

    @Test
    void sessionCarriesTheLoginAndLogoutEndsIt() {
        ApiClient browser = loggedInBrowser();
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
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        TestDatabase.insertCustomer(email, legacy.hash());
        ApiClient browser = new ApiClient(base);
        assertEquals(200, browser.login(email, legacy.password()).status());
        String before = browser.sessionId().orElseThrow();

        assertEquals(200, browser.login(email, legacy.password()).status());

        assertNotEquals(before, browser.sessionId().orElseThrow());
        assertEquals(401, browser.getWithSession("api/auth/me", before).status());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        TestDatabase.insertCustomer(email, legacy.hash());

        ApiClient.Reply reply = new ApiClient(base).login(email, legacy.password());

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
        ApiClient.Reply reply = new ApiClient(base).get("api/auth/me");

        assertEquals(401, reply.status(), reply.body());
        assertEquals("not_authenticated", reply.error());
    }

    @Test
    void customerGroupsBecomeRoles() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        String id = TestDatabase.insertCustomer(email, legacy.hash());
        TestDatabase.addToGroup(id, "wholesale");

        ApiClient browser = new ApiClient(base);
        browser.login(email, legacy.password());
        ApiClient.Reply me = browser.get("api/auth/me");

        assertEquals(List.of("customer", "wholesale"),
                me.json().getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void logoutWithoutSessionIs204() {
        assertEquals(204, new ApiClient(base).post("api/auth/logout", "").status());
    }

    private ApiClient loggedInBrowser() {
        LegacyVector legacy = LegacyVector.medusaV1();
        String email = TestDatabase.uniqueEmail();
        TestDatabase.insertCustomer(email, legacy.hash());
        ApiClient browser = new ApiClient(base);
        assertEquals(200, browser.login(email, legacy.password()).status());
        return browser;
    }

    private static String emailVerified(String username) {
        return TestCognito.user(username).attributes().stream()
                .filter(attribute -> attribute.name().equals("email_verified"))
                .findFirst().orElseThrow().value();
    }
}
