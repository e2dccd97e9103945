package io.authcognito.legacy;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.SCrypt;

/**
 * Medusa's customer passwords: base64 of a scrypt-kdf record (v1 wrote logN 1, r 1, p 1; v2 logN 15,
 * r 8, p 1). The parameters come from the record itself, so both versions, and any other parameters
 * within {@link ScryptKdfRecord}'s bounds, verify the same way scrypt-kdf's own verify does.
 */
public class MedusaScryptKdfFormat implements LegacyPasswordFormat {

    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final int SCRYPT_KEY_LENGTH = 64;

    @Override
    public boolean recognizes(String stored) {
        return ScryptKdfRecord.parse(stored).isPresent();
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        Optional<ScryptKdfRecord> parsed = ScryptKdfRecord.parse(hashedPassword);
        if (parsed.isEmpty()) {
            return false;
        }
        ScryptKdfRecord record = parsed.get();
        byte[] passwordBytes = PasswordBytes.NODE_UTF8.encode(password);
        byte[] scryptKey = SCrypt.generate(passwordBytes, record.salt(), 1 << record.logN(), record.r(),
                record.p(), SCRYPT_KEY_LENGTH);
        Arrays.fill(passwordBytes, (byte) 0);
        try {
            // scrypt-kdf keys the HMAC with the second half of the 64-byte scrypt output
            Mac hmac = Mac.getInstance(HMAC_SHA256);
            hmac.init(new SecretKeySpec(scryptKey, SCRYPT_KEY_LENGTH / 2, SCRYPT_KEY_LENGTH / 2, HMAC_SHA256));
            return MessageDigest.isEqual(hmac.doFinal(record.signedPrefix()), record.hmac());
        } catch (GeneralSecurityException everyJdkHasHmacSha256) {
            throw new IllegalStateException(everyJdkHasHmacSha256);
        } finally {
            Arrays.fill(scryptKey, (byte) 0);
        }
    }
}
