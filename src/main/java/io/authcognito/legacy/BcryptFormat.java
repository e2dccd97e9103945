package io.authcognito.legacy;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt in the modular crypt format: {@code $2a$}, {@code $2b$} (bcryptjs) and {@code $2y$} (PHP).
 * The three revisions hash identically here: they differ only in bugs of other implementations.
 *
 * <p>BouncyCastle's OpenBSDBCrypt accepts all three prefixes as they are, and like bcryptjs it hashes
 * only the first 72 bytes of the UTF-8 password (appending a NUL when it is shorter), so a longer
 * password matches as long as those 72 bytes do.
 */
public class BcryptFormat implements LegacyPasswordFormat {

    /** Cost 10 to 12 is what bcryptjs and PHP write; 2^16 rounds (seconds of CPU) is the most a row may ask. */
    static final int MAX_COST = 16;
    private static final int MIN_COST = 4;

    // revision, two-digit cost, 22 characters of salt then 31 of hash in bcrypt's own base64 alphabet
    private static final Pattern MODULAR_CRYPT = Pattern.compile("\\$2[aby]\\$([0-9]{2})\\$[./A-Za-z0-9]{53}");

    @Override
    public boolean recognizes(String stored) {
        if (stored == null) {
            return false;
        }
        Matcher matcher = MODULAR_CRYPT.matcher(stored);
        return matcher.matches() && DecimalParameter.parse(matcher.group(1), MIN_COST, MAX_COST).isPresent();
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        if (!recognizes(hashedPassword)) {
            return false;
        }
        byte[] passwordBytes = PasswordBytes.BCRYPTJS_UTF8.encode(password);
        try {
            // compares every character of the recomputed string, without stopping at the first difference
            return OpenBSDBCrypt.checkPassword(hashedPassword, passwordBytes);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }
}
