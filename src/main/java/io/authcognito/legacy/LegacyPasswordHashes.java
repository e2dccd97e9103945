package io.authcognito.legacy;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;

/**
 * Checks a password against a customer's stored legacy hash, whatever format the row is in.
 *
 * <p>The format is read from the stored value itself. A value that looks like a known format but cannot
 * be read (bad base64, wrong length, failed scrypt-kdf checksum) or asks for more work than the format's
 * bounds is {@link Verdict#UNKNOWN_FORMAT}, not {@link Verdict#MISMATCH}: a corrupt or poisoned row is
 * something an operator should hear about, while a mismatch is just a mistyped password. Nothing here
 * throws for a stored value, and nothing is logged: the caller logs the verdict, never the values.
 *
 * <p>Stateless and thread-safe; works as a CDI bean or with plain {@code new}.
 */
@ApplicationScoped
public class LegacyPasswordHashes {

    // The formats' recognised values are disjoint, so the order only decides which check runs first.
    private final List<LegacyPasswordFormat> formats = List.of(
            new MedusaScryptKdfFormat(),
            new BcryptFormat(),
            new JakartaPbkdf2Format(),
            new Argon2Format());

    /**
     * @param password what the customer typed, hashed as UTF-8 without normalisation; not kept, not wiped
     * @param stored the customer's {@code password_hash} column; may be null
     */
    public Verdict verify(char[] password, String stored) {
        Objects.requireNonNull(password, "password");
        for (LegacyPasswordFormat format : formats) {
            if (format.recognizes(stored)) {
                return format.verify(password, stored) ? Verdict.MATCH : Verdict.MISMATCH;
            }
        }
        return Verdict.UNKNOWN_FORMAT;
    }
}
