package io.authcognito.legacy;

import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A value written by Jakarta Security's Pbkdf2PasswordHash (Soteria's Pbkdf2PasswordHashImpl):
 * {@code PBKDF2WithHmacSHA256:2048:base64(salt):base64(hash)}, standard base64. The hash length is the
 * derived key length; the JDK algorithm name is stored as is.
 */
record JakartaPbkdf2Value(String algorithm, int iterations, byte[] salt, byte[] hash) {

    /** The algorithms Soteria allows; it never wrote SHA-1. */
    private static final Set<String> ALGORITHMS = Set.of(
            "PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA384", "PBKDF2WithHmacSHA512");

    /** Soteria refuses to generate with fewer iterations, or a salt or key shorter than 16 bytes. */
    private static final int MIN_ITERATIONS = 1024;
    private static final int MIN_SALT_OR_KEY_BYTES = 16;
    /** Soteria's default is 2048 and OWASP's advice peaks at 600 000 for SHA-256; more is a poisoned row. */
    static final int MAX_ITERATIONS = 1_000_000;
    /** Each extra hash-length block of output repeats all iterations: bound the key and, for sanity, the salt. */
    private static final int MAX_SALT_OR_KEY_BYTES = 128;

    static Optional<JakartaPbkdf2Value> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] fields = stored.split(":", -1);
        if (fields.length != 4 || !ALGORITHMS.contains(fields[0])) {
            return Optional.empty();
        }
        OptionalInt iterations = DecimalParameter.parse(fields[1], MIN_ITERATIONS, MAX_ITERATIONS);
        Optional<byte[]> salt = decodeBase64(fields[2]);
        Optional<byte[]> hash = decodeBase64(fields[3]);
        if (iterations.isEmpty() || salt.isEmpty() || hash.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JakartaPbkdf2Value(fields[0], iterations.getAsInt(), salt.get(), hash.get()));
    }

    private static Optional<byte[]> decodeBase64(String text) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            boolean sensibleLength = bytes.length >= MIN_SALT_OR_KEY_BYTES && bytes.length <= MAX_SALT_OR_KEY_BYTES;
            return sensibleLength ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
