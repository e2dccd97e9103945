package io.authcognito.legacy;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2 hash in the PHC string format, as the npm argon2 package (and the reference implementation)
 * write it: {@code $argon2id$v=19$m=65536,t=3,p=4$salt$hash}, salt and hash in unpadded standard base64.
 * The npm package writes the parameters as {@code m,p,t}, so their order is not fixed; a missing
 * {@code v=} means version 0x10, as in the reference implementation.
 *
 * <p>Values carrying a secret key id or associated data ({@code keyid=}, {@code data=}) are not ours to
 * verify and are not recognised.
 */
record Argon2PhcValue(int type, int version, int memoryKiB, int iterations, int parallelism,
                      byte[] salt, byte[] hash) {

    private static final Map<String, Integer> TYPES = Map.of(
            "argon2d", Argon2Parameters.ARGON2_d,
            "argon2i", Argon2Parameters.ARGON2_i,
            "argon2id", Argon2Parameters.ARGON2_id);

    /** npm argon2's default is 64 MiB; a row may ask for at most 256 MiB. */
    static final int MAX_MEMORY_KIB = 256 * 1024;
    /** npm argon2's default is 3 passes. */
    static final int MAX_ITERATIONS = 10;
    /** npm argon2's default is 4 lanes; BouncyCastle computes them one after the other anyway. */
    static final int MAX_PARALLELISM = 16;
    /** Memory times passes is the work: npm argon2's default is 64 MiB x 3, a row may ask for 1 GiB worth (256 MiB x 4). */
    static final long MAX_WORK_KIB = 1024L * 1024;

    static Optional<Argon2PhcValue> parse(String stored) {
        if (stored == null || !stored.startsWith("$argon2")) {
            return Optional.empty();
        }
        String[] fields = stored.split("\\$", -1);
        boolean hasVersion = fields.length == 6;
        if ((fields.length != 5 && !hasVersion) || !TYPES.containsKey(fields[1])) {
            return Optional.empty();
        }
        OptionalInt version = hasVersion ? parseVersion(fields[2]) : OptionalInt.of(Argon2Parameters.ARGON2_VERSION_10);
        Optional<Map<String, String>> parameters = parseParameters(fields[fields.length - 3]);
        Optional<byte[]> salt = decodeBase64(fields[fields.length - 2], 8, 64);
        Optional<byte[]> hash = decodeBase64(fields[fields.length - 1], 4, 128);
        if (version.isEmpty() || parameters.isEmpty() || salt.isEmpty() || hash.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt p = DecimalParameter.parse(parameters.get().get("p"), 1, MAX_PARALLELISM);
        OptionalInt t = DecimalParameter.parse(parameters.get().get("t"), 1, MAX_ITERATIONS);
        OptionalInt m = DecimalParameter.parse(parameters.get().get("m"), 8, MAX_MEMORY_KIB);
        // Argon2 needs at least 8 KiB per lane
        if (p.isEmpty() || t.isEmpty() || m.isEmpty() || m.getAsInt() < 8 * p.getAsInt()
                || (long) m.getAsInt() * t.getAsInt() > MAX_WORK_KIB) {
            return Optional.empty();
        }
        return Optional.of(new Argon2PhcValue(TYPES.get(fields[1]), version.getAsInt(), m.getAsInt(),
                t.getAsInt(), p.getAsInt(), salt.get(), hash.get()));
    }

    private static OptionalInt parseVersion(String field) {
        if (field.equals("v=16")) {
            return OptionalInt.of(Argon2Parameters.ARGON2_VERSION_10);
        }
        if (field.equals("v=19")) {
            return OptionalInt.of(Argon2Parameters.ARGON2_VERSION_13);
        }
        return OptionalInt.empty();
    }

    /** Exactly m, t and p, each once, in any order. */
    private static Optional<Map<String, String>> parseParameters(String field) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : field.split(",", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String name = pair.substring(0, equals);
            boolean known = name.equals("m") || name.equals("t") || name.equals("p");
            if (!known || parameters.put(name, pair.substring(equals + 1)) != null) {
                return Optional.empty();
            }
        }
        return parameters.size() == 3 ? Optional.of(parameters) : Optional.empty();
    }

    private static Optional<byte[]> decodeBase64(String text, int minBytes, int maxBytes) {
        try {
            // the JDK's basic decoder accepts the unpadded form PHC strings use
            byte[] bytes = Base64.getDecoder().decode(text);
            return bytes.length >= minBytes && bytes.length <= maxBytes ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    Argon2Parameters toParameters() {
        return new Argon2Parameters.Builder(type)
                .withVersion(version)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
    }
}
