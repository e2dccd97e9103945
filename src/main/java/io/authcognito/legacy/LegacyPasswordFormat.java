package io.authcognito.legacy;

/**
 * One legacy way of storing a password hash, read-only: new passwords live in Cognito, so
 * nothing here can write a hash. (Jakarta Security's {@code PasswordHash} would fit only half:
 * it must also generate.)
 *
 * <p>{@link #recognizes} parses the stored value completely and checks its parameters against the
 * format's bounds, without running the expensive key derivation; {@link #verify} runs it. A value that
 * is not recognised never verifies.
 */
public interface LegacyPasswordFormat {

    /** Whether the stored value is well formed in this format, with parameters we are willing to compute. */
    boolean recognizes(String stored);

    /** Whether the password hashes to the stored value; false for a value this format does not recognise. */
    boolean verify(char[] password, String stored);
}
