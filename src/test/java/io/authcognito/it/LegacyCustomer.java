package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

/** A customer of the store who still has a legacy password hash, as a test sets one up. */
record LegacyCustomer(String id, String email, LegacyVector vector) {

    static LegacyCustomer create() {
        return create(LegacyVector.medusaV1());
    }

    static LegacyCustomer create(LegacyVector vector) {
        String email = TestDatabase.uniqueEmail();
        return new LegacyCustomer(TestDatabase.insertCustomer(email, vector.hash()), email, vector);
    }

    String password() {
        return vector.password();
    }

    String hash() {
        return vector.hash();
    }

    /** A new browser, logged in as this customer. */
    ApiClient loggedIn(URL base) {
        ApiClient browser = new ApiClient(base);
        assertEquals(200, browser.login(email, password()).status());
        return browser;
    }
}
