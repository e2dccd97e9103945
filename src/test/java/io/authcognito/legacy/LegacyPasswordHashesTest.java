package io.authcognito.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Detection of formats, and stored values that are broken or hostile. */
class LegacyPasswordHashesTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    /** Long enough for a slow KDF to show, short enough for a bounded one to pass comfortably. */
    private static final Duration QUICK = Duration.ofSeconds(5);

    private final LegacyPasswordHashes hashes = new LegacyPasswordHashes();

    private static String vectorHash(String format, String hashPrefix) {
        return LegacyVectors.all().stream()
                .filter(v -> v.format().equals(format) && v.hash().startsWith(hashPrefix)
                        && v.password().equals(new String(PASSWORD)))
                .findFirst().orElseThrow().hash();
    }

    private static String medusaV1() {
        return vectorHash("medusa-scrypt-kdf", "c2NyeXB0AAEAAAAB");
    }

    private static String bcrypt() {
        return vectorHash("bcrypt", "$2b$04$");
    }

    private static String pbkdf2() {
        return vectorHash("jakarta-pbkdf2", "PBKDF2WithHmacSHA256:2048:");
    }

    private static String argon2id() {
        return vectorHash("argon2", "$argon2id$v=19$m=65536,p=4,t=3$");
    }

    /** A Medusa record with changed bytes and a recomputed checksum, so only the change is wrong with it. */
    private static String rewriteScryptRecord(Consumer<ByteBuffer> change) throws Exception {
        byte[] record = Base64.getDecoder().decode(medusaV1());
        change.accept(ByteBuffer.wrap(record));
        byte[] checksum = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(record, 48));
        System.arraycopy(checksum, 0, record, 48, 16);
        return Base64.getEncoder().encodeToString(record);
    }

    private void assertUnknownQuickly(String stored) {
        Verdict verdict = assertTimeoutPreemptively(QUICK, () -> hashes.verify(PASSWORD, stored));
        assertEquals(Verdict.UNKNOWN_FORMAT, verdict);
        for (LegacyPasswordFormat format : LegacyVectors.allFormats()) {
            assertFalse(format.recognizes(stored), format.getClass().getSimpleName());
            assertFalse(format.verify(PASSWORD, stored), format.getClass().getSimpleName());
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "md5$5f4dcc3b5aa765d61d8327deb882cf99",
            "5f4dcc3b5aa765d61d8327deb882cf99",
            "correct horse battery staple",
            "sha1$abc$def",
            "$1$saltsalt$qjXMvbEw8oaL.CzflDugX/",
            "$6$rounds=5000$salt$hash",
            "$2x$10$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvK",
            "$pbkdf2-sha256$29000$N2bMmZPyHqM0xnjvnbO2Vg$",
            "{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=",
            "c2NyeXB0",
            "   ",
            "\u0000",
    })
    void unknownFormats(String stored) {
        assertUnknownQuickly(stored);
    }

    @Test
    void medusaRecordThatIsNotBase64() {
        assertUnknownQuickly("c2NyeXB0" + "!".repeat(120));
        assertUnknownQuickly(medusaV1().substring(0, 127) + "*");
    }

    @Test
    void truncatedOrExtendedMedusaRecord() {
        String record = medusaV1();
        assertUnknownQuickly(record.substring(0, 124));
        assertUnknownQuickly(record.substring(0, 64));
        assertUnknownQuickly(record + "AAAA");
        assertUnknownQuickly(record + "\n");
        assertUnknownQuickly(" " + record);
    }

    @Test
    void medusaRecordWithBadChecksumIsUnknown() {
        byte[] record = Base64.getDecoder().decode(medusaV1());
        record[50] ^= 1;
        assertUnknownQuickly(Base64.getEncoder().encodeToString(record));
    }

    @Test
    void medusaRecordWithBadHmacIsAMismatch() {
        byte[] record = Base64.getDecoder().decode(medusaV1());
        record[95] ^= 1;
        assertEquals(Verdict.MISMATCH, hashes.verify(PASSWORD, Base64.getEncoder().encodeToString(record)));
    }

    @Test
    void medusaRecordThatIsNotAScryptHeader() throws Exception {
        byte[] record = Base64.getDecoder().decode(medusaV1());
        record[0] = 'S';
        assertUnknownQuickly(Base64.getEncoder().encodeToString(record));
    }

    @Test
    void absurdScryptParametersAreRefusedWithoutComputing() throws Exception {
        assertUnknownQuickly(rewriteScryptRecord(b -> b.put(7, (byte) 30)));               // N = 2^30
        assertUnknownQuickly(rewriteScryptRecord(b -> b.put(7, (byte) 21)));               // just over the bound
        assertUnknownQuickly(rewriteScryptRecord(b -> b.put(7, (byte) 0)));                // N = 1
        assertUnknownQuickly(rewriteScryptRecord(b -> b.put(7, (byte) 255)));
        assertUnknownQuickly(rewriteScryptRecord(b -> b.putInt(8, 0)));                    // r = 0
        assertUnknownQuickly(rewriteScryptRecord(b -> b.putInt(12, 0)));                   // p = 0
        assertUnknownQuickly(rewriteScryptRecord(b -> b.putInt(8, -1)));                   // r = 2^32 - 1
        assertUnknownQuickly(rewriteScryptRecord(b -> b.putInt(12, -1)));                  // p = 2^32 - 1
        assertUnknownQuickly(rewriteScryptRecord(b -> b.putInt(8, 1 << 16).putInt(12, 1 << 16)));
        assertUnknownQuickly(rewriteScryptRecord(b -> b.put(7, (byte) 16)));               // r = 1: BouncyCastle refuses
        assertUnknownQuickly(rewriteScryptRecord(b -> b.put(7, (byte) 20).putInt(8, 8)));  // 1 GiB of memory
        assertUnknownQuickly(rewriteScryptRecord(b -> b.put(7, (byte) 15).putInt(8, 8).putInt(12, 100)));
    }

    @Test
    void scryptParametersWithinBoundsAreRecognisedAndMismatch() throws Exception {
        // the HMAC no longer matches once the parameters change, but the record is well formed
        String logN10 = rewriteScryptRecord(b -> b.put(7, (byte) 10).putInt(8, 8).putInt(12, 2));
        assertEquals(Verdict.MISMATCH, hashes.verify(PASSWORD, logN10));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$2b$04$",                                    // nothing after the cost
            "$2b$4$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvK",
            "$2b$03$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvKa",   // cost below bcrypt's minimum
            "$2b$17$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvKa",   // over our bound
            "$2b$31$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvKa",
            "$2b$99$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvKa",
            "$2b$1a$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvKa",
            "$2b$10$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvK+",   // not bcrypt's alphabet
            "$2b$10$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvKab",  // too long
            "$2$10$abcdefghijklmnopqrstuuQxOqRdrVQsbq7Qr8Zj2KZ3CqCbHf.ZvKab",
    })
    void brokenBcrypt(String stored) {
        assertUnknownQuickly(stored);
    }

    @Test
    void truncatedBcrypt() {
        assertUnknownQuickly(bcrypt().substring(0, 59));
        assertUnknownQuickly(bcrypt().substring(0, 29));
    }

    @Test
    void bcryptWithAChangedHashCharacterIsAMismatch() {
        String stored = bcrypt();
        char last = stored.charAt(40);
        String changed = stored.substring(0, 40) + (last == 'a' ? 'b' : 'a') + stored.substring(41);
        assertEquals(Verdict.MISMATCH, hashes.verify(PASSWORD, changed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "PBKDF2WithHmacSHA256:2048:c2FsdHNhbHRzYWx0c2FsdA==",
            "PBKDF2WithHmacSHA256:2048:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==:extra",
            "PBKDF2WithHmacSHA1:2048:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacMD5:2048:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "pbkdf2withhmacsha256:2048:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacSHA256:2000000000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacSHA256:99999999999:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacSHA256:-2048:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacSHA256:+2048:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacSHA256:10:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacSHA256::c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacSHA256:2048:not base64!:aGFzaGhhc2hoYXNoaGFzaA==",
            "PBKDF2WithHmacSHA256:2048:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA===",
            "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaGhhc2hoYXNoaGFzaA==",             // 4-byte salt
            "PBKDF2WithHmacSHA256:2048:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==",             // 4-byte hash
            "PBKDF2WithHmacSHA256:2048:c2FsdHNhbHRzYWx0c2FsdA==:",
    })
    void brokenPbkdf2(String stored) {
        assertUnknownQuickly(stored);
    }

    @Test
    void pbkdf2WithHugeKeyLengthIsUnknown() {
        String salt = Base64.getEncoder().encodeToString(new byte[32]);
        String hugeKey = Base64.getEncoder().encodeToString(new byte[100_000]);
        assertUnknownQuickly("PBKDF2WithHmacSHA256:2048:" + salt + ":" + hugeKey);
    }

    @Test
    void pbkdf2WithAChangedHashIsAMismatch() {
        String stored = pbkdf2();
        String[] fields = stored.split(":");
        byte[] hash = Base64.getDecoder().decode(fields[3]);
        hash[0] ^= 1;
        String changed = String.join(":", fields[0], fields[1], fields[2], Base64.getEncoder().encodeToString(hash));
        assertEquals(Verdict.MISMATCH, hashes.verify(PASSWORD, changed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA",
            "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA$",
            "$argon2x$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=20$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=4194304,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",   // 4 GiB
            "$argon2id$v=19$m=262144,t=10,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",   // too much work
            "$argon2id$v=19$m=65536,t=4294967295,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=3,p=255$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=16,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",         // < 8 KiB per lane
            "$argon2id$v=19$m=65536,t=0,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=3$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=3,p=4,t=3$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=3,p=4,data=YWQ$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=3,p$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=3,p=4$c2Fs$aGFzaGhhc2hoYXNoaGFzaA",                           // 3-byte salt
            "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGE",                            // 2-byte hash
            "$argon2id$v=19$m=65536,t=3,p=4$not*base64$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
    })
    void brokenArgon2(String stored) {
        assertUnknownQuickly(stored);
    }

    @Test
    void argon2WithAChangedHashIsAMismatch() {
        String stored = argon2id();
        int lastDollar = stored.lastIndexOf('$');
        byte[] hash = Base64.getDecoder().decode(stored.substring(lastDollar + 1));
        hash[0] ^= 1;
        String changed = stored.substring(0, lastDollar + 1) + Base64.getEncoder().withoutPadding().encodeToString(hash);
        assertEquals(Verdict.MISMATCH, hashes.verify(PASSWORD, changed));
    }

    @ParameterizedTest
    @MethodSource("io.authcognito.legacy.LegacyVectorsTest#vectors")
    void garbageNeverThrows(LegacyVectors.Vector vector) {
        // every prefix of a real value, and the value with each character replaced, is either read or refused
        String hash = vector.hash();
        for (int length = 0; length < hash.length(); length += Math.max(1, hash.length() / 16)) {
            hashes.verify(PASSWORD, hash.substring(0, length));
        }
        for (String replacement : new String[] {"$", ":", "=", "\u00e9", "\ud83d"}) {
            hashes.verify(PASSWORD, hash.substring(0, hash.length() / 2) + replacement + hash.substring(hash.length() / 2 + 1));
        }
    }

    @Test
    void nullPasswordIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> hashes.verify(null, medusaV1()));
    }
}
