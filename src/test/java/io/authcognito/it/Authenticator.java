package io.authcognito.it;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** An authenticator app, as RFC 6238 describes it: HMAC-SHA1 codes of 6 digits, one each 30 seconds. */
record Authenticator(String secret) {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /** The code the app shows now. */
    String code() {
        return codeAt(System.currentTimeMillis() / 1000);
    }

    /** A code the app shows at no time near now: not the code of this period or the ones either side. */
    String wrongCode() {
        long now = System.currentTimeMillis() / 1000;
        String wrong = code();
        for (int step = 0; step < 10; step++) {
            wrong = String.format("%06d", (Integer.parseInt(wrong) + 1) % 1_000_000);
            if (!wrong.equals(codeAt(now - 30)) && !wrong.equals(codeAt(now)) && !wrong.equals(codeAt(now + 30))) {
                return wrong;
            }
        }
        throw new IllegalStateException("no wrong code found");
    }

    String codeAt(long epochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(epochSeconds / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String clean = text.replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer bytes = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.array();
    }
}
