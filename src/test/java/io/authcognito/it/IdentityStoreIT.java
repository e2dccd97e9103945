package io.authcognito.it;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.identity.CustomerIdentityStore;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The identity store, called inside the server as Jakarta Security calls it: where a login is decided. */
class IdentityStoreIT extends InServerIT {

    @Inject
    CustomerIdentityStore store;

    @Test
    void aRightLegacyPasswordIsValidAndMovesToCognito() {
        LegacyCustomer customer = LegacyCustomer.create();

        CredentialValidationResult result = validate(customer.email(), customer.password());

        assertEquals(VALID, result.getStatus());
        assertEquals(customer.id(), result.getCallerPrincipal().getName());
        assertEquals(Set.of("customer"), result.getCallerGroups());
        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty(), "the legacy hash is gone");
        assertTrue(TestCognito.acceptsPassword(customer.id(), customer.password()));
        assertEquals(VALID, validate(customer.email(), customer.password()).getStatus(), "now checked by Cognito");
    }

    @Test
    void aWrongLegacyPasswordIsInvalidAndMovesNothing() {
        LegacyCustomer customer = LegacyCustomer.create();

        assertEquals(INVALID, validate(customer.email(), customer.password() + "x").getStatus());

        assertEquals(customer.hash(), TestDatabase.passwordHash(customer.id()).orElseThrow());
        assertFalse(TestCognito.userExists(customer.id()));
    }

    @Test
    void anUnknownEmailIsInvalid() {
        assertEquals(INVALID, validate(TestDatabase.uniqueEmail(), "any-password-1").getStatus());
    }

    @Test
    void eachCustomerGroupIsARole() {
        LegacyCustomer customer = LegacyCustomer.create().inGroup("vip");

        assertEquals(Set.of("customer", "vip"), validate(customer.email(), customer.password()).getCallerGroups());
    }

    private CredentialValidationResult validate(String email, String password) {
        return store.validate(new UsernamePasswordCredential(email, password));
    }
}
