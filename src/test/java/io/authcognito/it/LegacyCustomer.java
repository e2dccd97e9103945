package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.authcognito.legacy.LegacyVectors;
import io.authcognito.legacy.LegacyVectors.Vector;

/**
 * A customer of the store who still has a legacy password hash, as a test sets one up: the one
 * way the integration tests make such customers, each with a fresh email.
 */
record LegacyCustomer(String id, String email, Vector vector) {

    /** A customer with the hash a Medusa v1 store holds, the common case. */
    static LegacyCustomer create() {
        return create(LegacyVectors.medusaV1());
    }

    static LegacyCustomer create(Vector vector) {
        String email = TestDatabase.uniqueEmail();
        return new LegacyCustomer(TestDatabase.insertCustomer(email, vector.hash()), email, vector);
    }

    /** This customer, also a member of the named customer group (a role once logged in). */
    LegacyCustomer inGroup(String groupName) {
        TestDatabase.addToGroup(id, groupName);
        return this;
    }

    String password() {
        return vector.password();
    }

    String hash() {
        return vector.hash();
    }

    /** The given browser, once it has logged in as this customer. */
    ApiClient loggedIn(ApiClient browser) {
        assertEquals(200, browser.login(this).status());
        return browser;
    }
}
