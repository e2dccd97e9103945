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

    /**
     * A Medusa v1 record (scrypt-kdf, logN 1, r 1, p 1) made for a random passphrase nobody kept, so
     * {@link #dummyVerify} does the same work as checking a real Medusa v1 customer.
     */
    private static final String DUMMY_MEDUSA_V1_HASH = "c2NyeXB0AAEAAAABAAAAAU6jbjhra1ZICA06cZ41EtiwFNbuq7UJRrb"
            + "TPYTg+s2gXC04eHAJJ2IPJpr1Plo83wXmmp5E4A+JO0LEVsEfmR/xtFAkyDzDGGKw4v6awHx0";

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

    /**
     * Costs about as much as verifying a Medusa v1 hash and always answers false: call it when the
     * email is unknown, so the response time does not tell an attacker which emails have accounts.
     */
    public boolean dummyVerify(char[] password) {
        verify(password, DUMMY_MEDUSA_V1_HASH);
        return false;
    }
}
