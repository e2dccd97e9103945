package io.authcognito.legacy;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes written by Jakarta Security's Pbkdf2PasswordHash, verified as Soteria does: with the JDK's
 * SecretKeyFactory, which encodes the password as UTF-8 itself (these rows were written by Java, so the
 * JDK's encoding is by definition the right one).
 */
public class JakartaPbkdf2Format implements LegacyPasswordFormat {

    @Override
    public boolean recognizes(String stored) {
        return JakartaPbkdf2Value.parse(stored).isPresent();
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        Optional<JakartaPbkdf2Value> parsed = JakartaPbkdf2Value.parse(hashedPassword);
        if (parsed.isEmpty()) {
            return false;
        }
        JakartaPbkdf2Value value = parsed.get();
        PBEKeySpec spec = new PBEKeySpec(password, value.salt(), value.iterations(), value.hash().length * 8);
        byte[] derived = null;
        try {
            derived = SecretKeyFactory.getInstance(value.algorithm()).generateSecret(spec).getEncoded();
            return MessageDigest.isEqual(derived, value.hash());
        } catch (GeneralSecurityException everyJdk17HasTheseFourAlgorithms) {
            throw new IllegalStateException(everyJdk17HasTheseFourAlgorithms);
        } finally {
            spec.clearPassword();
            if (derived != null) {
                Arrays.fill(derived, (byte) 0);
            }
        }
    }
}
