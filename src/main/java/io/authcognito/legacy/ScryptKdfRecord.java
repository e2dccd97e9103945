package io.authcognito.legacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The 96-byte record written by the npm package scrypt-kdf (Colin Percival's scrypt file header),
 * which Medusa stored base64-encoded:
 *
 * <pre>
 *  0  6  "scrypt"
 *  6  1  version (scrypt-kdf writes 0 and, like it, we do not check it: the checksum covers it)
 *  7  1  logN
 *  8  4  r, big-endian
 * 12  4  p, big-endian
 * 16 32  salt
 * 48 16  first half of SHA-256 over bytes 0..47
 * 64 32  HMAC-SHA256 over bytes 0..63, keyed with bytes 32..63 of scrypt(password, salt, N, r, p, 64)
 * </pre>
 *
 * A record that does not parse, fails its checksum, or asks for more work than the bounds below is
 * rejected here, before any scrypt runs.
 */
record ScryptKdfRecord(byte[] bytes, int logN, int r, int p) {

    static final int LENGTH = 96;
    private static final byte[] MAGIC = "scrypt".getBytes(StandardCharsets.US_ASCII);

    /** Medusa v2 used logN 15 (N = 32768); 2^20 leaves headroom without letting a row ask for 2^30. */
    static final int MAX_LOG_N = 20;
    /** r·p sizes scrypt's first PBKDF2 output (128·r·p bytes): Medusa v2 has 8. */
    static final long MAX_R_TIMES_P = 1024;
    /** scrypt's table takes 128·r·N bytes: Medusa v2 needs 32 MiB, a row may ask for at most 256 MiB. */
    static final long MAX_MEMORY_BYTES = 256L * 1024 * 1024;
    /** scrypt's work grows with N·r·p: Medusa v2 is 2^18, a row may ask for at most 2^24. */
    static final long MAX_WORK = 1L << 24;
    /** BouncyCastle refuses N >= 2^16 with r = 1 (the cost would overflow an int inside scrypt). */
    private static final int MAX_LOG_N_WHEN_R_IS_1 = 15;

    static Optional<ScryptKdfRecord> parse(String stored) {
        if (stored == null || stored.length() != 128) { // 96 bytes are exactly 128 base64 characters
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != LENGTH || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        ByteBuffer header = ByteBuffer.wrap(bytes); // big-endian, as scrypt-kdf writes r and p
        int logN = Byte.toUnsignedInt(header.get(7));
        long r = Integer.toUnsignedLong(header.getInt(8));
        long p = Integer.toUnsignedLong(header.getInt(12));
        if (!withinBounds(logN, r, p) || !checksumMatches(bytes)) {
            return Optional.empty();
        }
        return Optional.of(new ScryptKdfRecord(bytes, logN, (int) r, (int) p));
    }

    private static boolean withinBounds(int logN, long r, long p) {
        // r and p are read as unsigned 32-bit numbers: bound each before multiplying, so nothing overflows
        if (logN < 1 || logN > MAX_LOG_N || r < 1 || p < 1 || r > MAX_R_TIMES_P || p > MAX_R_TIMES_P) {
            return false;
        }
        if (r == 1 && logN > MAX_LOG_N_WHEN_R_IS_1) {
            return false;
        }
        long n = 1L << logN;
        return r * p <= MAX_R_TIMES_P && 128 * r * n <= MAX_MEMORY_BYTES && n * r * p <= MAX_WORK;
    }

    private static boolean checksumMatches(byte[] bytes) {
        byte[] digest = sha256().digest(Arrays.copyOfRange(bytes, 0, 48));
        return MessageDigest.isEqual(Arrays.copyOf(digest, 16), Arrays.copyOfRange(bytes, 48, 64));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    byte[] salt() {
        return Arrays.copyOfRange(bytes, 16, 48);
    }

    /** The bytes the HMAC signs: header, salt and checksum. */
    byte[] signedPrefix() {
        return Arrays.copyOfRange(bytes, 0, 64);
    }

    byte[] hmac() {
        return Arrays.copyOfRange(bytes, 64, 96);
    }
}
