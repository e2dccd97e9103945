package io.authcognito.it;

import static io.authcognito.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.local.DocumentedCognito;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two-factor login with an authenticator app, against the real server and the Cognito emulator,
 * with codes computed from the secret as an app would ({@link Authenticator}). The test server's
 * pending logins expire after 8 seconds (integration-tests.xml).
 */
class TwoFactorIT extends HttpIT {

    private static final String ME = "api/auth/me";
    private static final String MFA_STEP = "api/auth/login/mfa";

    @Test
    void enrolConfirmAndLogInWithTheSecondFactor() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = customer.loggedIn(browser());
        assertEquals("none", browser.get("api/customers/me").json().getString("mfa"));

        ApiClient.Reply enrolment = browser.post("api/customers/me/mfa/totp", json("password", customer.password()));
        assertEquals(200, enrolment.status(), enrolment.body());
        String secret = enrolment.json().getString("secret");
        String uri = enrolment.json().getString("otpauthUri");
        assertTrue(uri.startsWith("otpauth://totp/auth-cognito:"), uri);
        assertTrue(uri.contains("secret=" + secret) && uri.contains("issuer=auth-cognito"), uri);
        assertEquals("none", browser.get("api/customers/me").json().getString("mfa"), "nothing is on before the first code");
        Authenticator app = new Authenticator(secret);

        ApiClient.Reply wrong = browser.post("api/customers/me/mfa/totp/confirm", json("code", app.wrongCode()));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("invalid_code", wrong.error());
        assertEquals(204, browser.post("api/customers/me/mfa/totp/confirm", json("code", app.code())).status());
        assertEquals("totp", browser.get("api/customers/me").json().getString("mfa"));
        assertEquals(204, browser.post("api/auth/logout", "{}").status());

        ApiClient.Reply password = browser.login(customer);
        assertEquals(401, password.status(), password.body());
        assertEquals("mfa_required", password.error());
        String pendingSession = browser.sessionId().orElseThrow(() -> new AssertionError("the pending login has a session cookie"));
        assertEquals(401, browser.get(ME).status(), "a password alone gives no role");
        assertEquals(401, browser.get("api/customers/me").status());

        ApiClient.Reply wrongCode = browser.post(MFA_STEP, json("code", app.wrongCode()));
        assertEquals(401, wrongCode.status(), wrongCode.body());
        assertEquals("invalid_code", wrongCode.error());
        assertEquals(401, browser.get(ME).status());

        ApiClient.Reply loggedIn = browser.post(MFA_STEP, json("code", app.code()));
        assertEquals(200, loggedIn.status(), loggedIn.body());
        assertEquals(customer.id(), loggedIn.json().getString("id"));
        assertEquals(customer.email(), loggedIn.json().getString("email"));
        assertNotEquals(pendingSession, browser.sessionId().orElseThrow(), "the login has a session id of its own");
        assertEquals(200, browser.get(ME).status());
        assertEquals(401, browser.post(MFA_STEP, json("code", app.code())).status(), "the code finished the pending login");
    }

    @Test
    void fiveWrongCodesEndThePendingLogin() {
        Enrolled customer = enrolled();
        ApiClient browser = browser();
        assertEquals("mfa_required", browser.login(customer.legacy()).error());

        for (int i = 0; i < 5; i++) {
            ApiClient.Reply wrong = browser.post(MFA_STEP, json("code", customer.app().wrongCode()));
            assertEquals("invalid_code", wrong.error(), "wrong code " + (i + 1));
        }
        ApiClient.Reply right = browser.post(MFA_STEP, json("code", customer.app().code()));
        assertEquals(401, right.status());
        assertEquals("mfa_expired", right.error(), "the pending login is gone, even for the right code");
        assertEquals(401, browser.get(ME).status());
    }

    @Test
    void anExpiredPendingLoginTakesNoCode() throws InterruptedException {
        Enrolled customer = enrolled();
        ApiClient browser = browser();
        assertEquals("mfa_required", browser.login(customer.legacy()).error());

        Thread.sleep(9_000);

        ApiClient.Reply late = browser.post(MFA_STEP, json("code", customer.app().code()));
        assertEquals(401, late.status());
        assertEquals("mfa_expired", late.error());
        assertEquals("mfa_expired", browser().post(MFA_STEP, json("code", customer.app().code())).error(),
                "a browser without a pending login");
    }

    @Test
    void turningItOffTakesThePasswordAndACode() {
        Enrolled customer = enrolled();
        ApiClient browser = customer.browser();

        ApiClient.Reply wrongPassword = browser.delete("api/customers/me/mfa",
                json("password", customer.legacy().password() + "x", "code", customer.app().code()));
        assertEquals(401, wrongPassword.status(), wrongPassword.body());
        assertEquals("invalid_credentials", wrongPassword.error());
        ApiClient.Reply wrongCode = browser.delete("api/customers/me/mfa",
                json("password", customer.legacy().password(), "code", customer.app().wrongCode()));
        assertEquals(400, wrongCode.status(), wrongCode.body());
        assertEquals("invalid_code", wrongCode.error());
        assertEquals("totp", browser.get("api/customers/me").json().getString("mfa"));

        assertEquals(204, browser.delete("api/customers/me/mfa",
                json("password", customer.legacy().password(), "code", customer.app().code())).status());

        assertEquals("none", browser.get("api/customers/me").json().getString("mfa"));
        assertEquals(200, browser().login(customer.legacy()).status(), "the password alone logs in again");
    }

    @Test
    void anAdminResetTurnsItOffAndEndsTheCustomersSessions() throws IOException {
        Enrolled customer = enrolled();
        LegacyCustomer administrator = LegacyCustomer.create().inGroup("admin");
        ApiClient admin = administrator.loggedIn(browser());
        assertEquals(403, customer.browser().post("api/admin/customers/" + customer.legacy().id() + "/mfa/reset", "").status());

        assertEquals(204, admin.post("api/admin/customers/" + customer.legacy().id() + "/mfa/reset", "").status());

        assertEquals(401, customer.browser().get(ME).status(), "the customer's session ended");
        ApiClient again = browser();
        assertEquals(200, again.login(customer.legacy()).status(), "the password alone logs in");
        assertEquals("none", again.get("api/customers/me").json().getString("mfa"));
        String audit = "AUTHC0203I: administrator " + administrator.id() + " turned two-factor login off for customer " + customer.legacy().id();
        assertTrue(Files.readString(Path.of(System.getProperty("liberty.server.dir"), "logs", "messages.log")).contains(audit),
                "the audit line names the administrator and the customer");
    }

    @Test
    void aCustomerStillOnALegacyHashMovesToCognitoFirst() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = browser();
        // Cognito is out of reach at the login: the customer logs in on the legacy hash, which stays
        try (AutoCloseable outage = DocumentedCognito.refuse("AdminCreateUser", sent -> sent.about(customer.id()),
                "InternalErrorException", "internal error")) {
            customer.loggedIn(browser);
        }
        assertEquals(customer.hash(), TestDatabase.passwordHash(customer.id()).orElseThrow());

        ApiClient.Reply enrolment = browser.post("api/customers/me/mfa/totp", json("password", customer.password()));

        assertEquals(200, enrolment.status(), enrolment.body());
        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty(), "the same password check moved the password");
        assertTrue(TestCognito.acceptsPassword(customer.id(), customer.password()));
        Authenticator app = new Authenticator(enrolment.json().getString("secret"));
        assertEquals(204, browser.post("api/customers/me/mfa/totp/confirm", json("code", app.code())).status());
        assertEquals("mfa_required", browser().login(customer).error());
    }

    @Test
    void noSecretCodeOrCognitoSessionReachesALogOrAnAnswer() throws IOException {
        Enrolled customer = enrolled();
        List<String> answers = new ArrayList<>();
        ApiClient browser = browser();
        answers.add(browser.login(customer.legacy()).body());
        String wrong = customer.app().wrongCode();
        answers.add(browser.post(MFA_STEP, json("code", wrong)).body());
        String right = customer.app().code();
        answers.add(browser.post(MFA_STEP, json("code", right)).body());
        List<String> sessions = DocumentedCognito.sessionsSent();
        assertFalse(sessions.isEmpty(), "the challenge was answered through the proxy");

        for (String answer : answers) {
            sessions.forEach(session -> assertFalse(answer.contains(session), "a Cognito session is in an answer"));
        }
        for (Path log : LogSecretsIT.serverLogs()) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(customer.app().secret()), "the secret is in " + log);
            for (String code : List.of(wrong, right)) {
                assertFalse(Pattern.compile("(?<![0-9a-fA-F])" + code + "(?![0-9a-fA-F])").matcher(text).find(), "a code is in " + log);
            }
            sessions.forEach(session -> assertFalse(text.contains(session), "a Cognito session is in " + log));
        }
    }

    /** A migrated customer with two-factor login on, logged in on its own browser, and the app. */
    private record Enrolled(LegacyCustomer legacy, ApiClient browser, Authenticator app) {
    }

    private Enrolled enrolled() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = customer.loggedIn(browser());
        ApiClient.Reply enrolment = browser.post("api/customers/me/mfa/totp", json("password", customer.password()));
        assertEquals(200, enrolment.status(), enrolment.body());
        Authenticator app = new Authenticator(enrolment.json().getString("secret"));
        assertEquals(204, browser.post("api/customers/me/mfa/totp/confirm", json("code", app.code())).status());
        return new Enrolled(customer, browser, app);
    }
}
