package io.authcognito.legacy;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

/** Argon2d, Argon2i and Argon2id hashes in PHC string format, computed with BouncyCastle. */
public class Argon2Format implements LegacyPasswordFormat {

    @Override
    public boolean recognizes(String stored) {
        return Argon2PhcValue.parse(stored).isPresent();
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        Optional<Argon2PhcValue> parsed = Argon2PhcValue.parse(hashedPassword);
        if (parsed.isEmpty()) {
            return false;
        }
        Argon2PhcValue value = parsed.get();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(value.toParameters());
        byte[] passwordBytes = PasswordBytes.NODE_UTF8.encode(password);
        byte[] computed = new byte[value.hash().length];
        try {
            generator.generateBytes(passwordBytes, computed);
            return MessageDigest.isEqual(computed, value.hash());
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
            Arrays.fill(computed, (byte) 0);
        }
    }
}
