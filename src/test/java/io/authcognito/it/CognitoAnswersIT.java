package io.authcognito.it;

import static io.authcognito.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.local.DocumentedCognito;
import io.authcognito.local.LocalCognito;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * What Cognito answers as its API reference says (through {@link DocumentedCognito}): values it
 * can never accept, a client it refuses to serve, an outage. Each is a contract answer, never a 500.
 */
class CognitoAnswersIT extends HttpIT {

    private static final String PADDED = " a password with spaces at both ends ";

    @Test
    void aLegacyPasswordCognitoCanNeverHoldLogsInStaysOnTheHashAndIsCounted() {
        ApiClient admin = LegacyCustomer.create().inGroup("admin").loggedIn(browser());
        long refusedBefore = report(admin).getJsonNumber("passwordRefused").longValue();
        LegacyCustomer customer = LegacyCustomer.withPassword(PADDED);

        for (int login = 1; login <= 2; login++) {
            ApiClient.Reply reply = browser().login(customer);
            assertEquals(200, reply.status(), "login " + login + ": " + reply.body());
        }

        assertEquals(customer.hash(), TestDatabase.passwordHash(customer.id()).orElseThrow(), "the hash stays");
        assertEquals(0, DocumentedCognito.sent("AdminCreateUser", sent -> sent.about(customer.id()))
                + DocumentedCognito.sent("AdminSetUserPassword", sent -> sent.about(customer.id())), "Cognito was asked nothing");
        assertEquals(refusedBefore + 1, report(admin).getJsonNumber("passwordRefused").longValue());
    }

    @Test
    void passwordsAndCodesCognitoRefusesAreTheContractsRefusals() {
        ApiClient.Reply registration = browser().post("api/customers",
                json("email", TestDatabase.uniqueEmail(), "password", "Trailing-space-1 "));
        assertEquals(400, registration.status(), registration.body());
        assertEquals("invalid_password", registration.error());

        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = customer.loggedIn(browser());
        ApiClient.Reply change = browser.post("api/customers/me/password",
                json("currentPassword", customer.password(), "newPassword", " Leading-space-1"));
        assertEquals(400, change.status(), change.body());
        assertEquals("invalid_password", change.error());

        requestResetCode(browser(), customer.email(), customer.id());
        ApiClient.Reply paddedPassword = browser().post("api/auth/password-reset/confirm",
                json("email", customer.email(), "code", LocalCognito.RESET_CODE, "newPassword", "Trailing-space-1 "));
        assertEquals(400, paddedPassword.status(), paddedPassword.body());
        assertEquals("invalid_password", paddedPassword.error());
        ApiClient.Reply spacedCode = browser().post("api/auth/password-reset/confirm",
                json("email", customer.email(), "code", "123 456", "newPassword", "Good-new-pass-1"));
        assertEquals(400, spacedCode.status(), spacedCode.body());
        assertEquals("invalid_code", spacedCode.error());

        assertEquals(200, browser().login(customer).status(), "nothing changed");
    }

    @Test
    void failuresTheProductDecidesAloneSendCognitoNothing() {
        LegacyCustomer legacy = LegacyCustomer.create();
        long before = DocumentedCognito.sent("AdminInitiateAuth", sent -> true);

        assertEquals(401, browser().login(TestDatabase.uniqueEmail(), "Any-pass-1").status());
        assertEquals(401, browser().login(legacy.email(), "Wrong-pass-1").status());

        assertEquals(before, DocumentedCognito.sent("AdminInitiateAuth", sent -> true));
    }

    @Test
    void duringAnOutageAnUnknownEmailAnswersAsAKnownOneDoes() throws Exception {
        LegacyCustomer migrated = LegacyCustomer.create();
        assertEquals(200, browser().login(migrated).status());

        try (var outage = DocumentedCognito.refuse("AdminInitiateAuth", sent -> true, "InternalErrorException", "Internal error")) {
            ApiClient.Reply known = browser().login(migrated.email(), "Wrong-pass-1");
            ApiClient.Reply unknown = browser().login(TestDatabase.uniqueEmail(), "Wrong-pass-1");
            assertEquals(503, known.status(), known.body());
            assertEquals(503, unknown.status(), unknown.body());
            assertEquals(202, browser().post("api/auth/password-reset", json("email", migrated.email())).status());
            assertEquals(202, browser().post("api/auth/password-reset", json("email", TestDatabase.uniqueEmail())).status());
        }
        Thread.sleep(2_100); // the product asks Cognito again at most every 2 s whether the outage is over

        assertEquals(401, browser().login(TestDatabase.uniqueEmail(), "Wrong-pass-1").status());
        assertEquals(200, browser().login(migrated).status());
    }

    @Test
    void aClientCognitoRefusesToServeIsA503AndReadinessNamesTheSetting() throws Exception {
        LegacyCustomer migrated = LegacyCustomer.create();
        assertEquals(200, browser().login(migrated).status());

        assertMisconfigured(migrated, "InvalidParameterException", "Auth flow not enabled for this client", "cognito.client-id");
        assertMisconfigured(migrated, "NotAuthorizedException",
                "Unable to verify secret hash for client " + LocalCognito.CLIENT_ID, "cognito.client-secret");
        assertMisconfigured(migrated, "ResourceNotFoundException",
                "User pool client " + LocalCognito.CLIENT_ID + " does not exist.", "cognito.user-pool-id");

        assertEquals(200, browser().get("health/ready").status());
        assertEquals(200, browser().login(migrated).status());
    }

    private void assertMisconfigured(LegacyCustomer customer, String type, String message, String setting) throws Exception {
        try (var refused = DocumentedCognito.refuse("AdminInitiateAuth", sent -> true, type, message)) {
            ApiClient.Reply login = browser().login(customer);
            assertEquals(503, login.status(), type + ": " + login.body());
            assertEquals("auth_unavailable", login.error());
            ApiClient.Reply ready = browser().get("health/ready");
            assertEquals(503, ready.status());
            assertTrue(ready.body().contains(setting), ready.body());
        }
    }

    private static JsonObject report(ApiClient admin) {
        return admin.get("api/admin/migration").json();
    }
}
