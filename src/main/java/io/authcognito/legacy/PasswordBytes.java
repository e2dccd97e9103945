package io.authcognito.legacy;

import java.util.Arrays;

/**
 * Turns a password into the exact bytes a legacy library hashed.
 *
 * <p>All of them used UTF-8 without Unicode normalisation (NFC is deliberately not applied: the npm
 * libraries hashed the code units they were given). They differ only for an unpaired UTF-16 surrogate,
 * which a JSON login body can carry as an escape; to verify such a password the same way, each format
 * picks the encoder its writer used. The JDK's own encoders would turn it into '?' instead.
 */
enum PasswordBytes {

    /** Node's Buffer and TextEncoder (scrypt-kdf, argon2): an unpaired surrogate becomes U+FFFD. */
    NODE_UTF8(true),

    /** bcryptjs's own encoder: an unpaired surrogate is written as if it were a code point (3 bytes). */
    BCRYPTJS_UTF8(false);

    private final boolean replacesUnpairedSurrogates;

    PasswordBytes(boolean replacesUnpairedSurrogates) {
        this.replacesUnpairedSurrogates = replacesUnpairedSurrogates;
    }

    /** The caller should wipe the returned array once done with it. */
    byte[] encode(char[] password) {
        // no UTF-16 code unit takes more than 3 bytes (a surrogate pair takes 4 for 2 units)
        byte[] buffer = new byte[password.length * 3];
        int length = 0;
        for (int i = 0; i < password.length; i++) {
            char c = password[i];
            if (c < 0x80) {
                buffer[length++] = (byte) c;
            } else if (c < 0x800) {
                buffer[length++] = (byte) (0xC0 | (c >> 6));
                buffer[length++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < password.length
                    && Character.isLowSurrogate(password[i + 1])) {
                int codePoint = Character.toCodePoint(c, password[++i]);
                buffer[length++] = (byte) (0xF0 | (codePoint >> 18));
                buffer[length++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                buffer[length++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                char unit = Character.isSurrogate(c) && replacesUnpairedSurrogates ? '\uFFFD' : c;
                buffer[length++] = (byte) (0xE0 | (unit >> 12));
                buffer[length++] = (byte) (0x80 | ((unit >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (unit & 0x3F));
            }
        }
        byte[] bytes = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, (byte) 0);
        return bytes;
    }
}
