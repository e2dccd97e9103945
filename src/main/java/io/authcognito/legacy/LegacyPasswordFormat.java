package io.authcognito.legacy;

import jakarta.security.enterprise.identitystore.PasswordHash;

/**
 * One legacy way of storing a password hash, read-only.
 *
 * <p>{@link #recognizes} parses the stored value completely and checks its parameters against the
 * format's bounds, without running the expensive key derivation; {@link #verify} runs it. A value that
 * is not recognised never verifies.
 */
public interface LegacyPasswordFormat extends PasswordHash {

    /** Whether the stored value is well formed in this format, with parameters we are willing to compute. */
    boolean recognizes(String stored);

    /** Legacy hashes are only ever checked: new passwords live in Cognito, so nothing here may write one. */
    @Override
    default String generate(char[] password) {
        throw new UnsupportedOperationException(
                "Legacy password formats are read-only: " + getClass().getSimpleName() + " cannot generate hashes");
    }
}
