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

    /**
     * A customer whose legacy password is exactly {@code password}, hashed as Jakarta Security's
     * {@code Pbkdf2PasswordHash} stores it: for passwords the npm vectors do not have.
     */
    static LegacyCustomer withPassword(String password) {
        try {
            byte[] salt = new byte[16];
            new java.security.SecureRandom().nextBytes(salt);
            byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 2048, 256))
                    .getEncoded();
            java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
            return create(new Vector("jakarta-pbkdf2", password,
                    "PBKDF2WithHmacSHA256:2048:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash), "made by the test"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
