package io.authcognito.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.authcognito.legacy.LegacyVectors.Vector;

/** Every hash the npm libraries made must verify with its password, and only with it. */
class LegacyVectorsTest {

    private final LegacyPasswordHashes hashes = new LegacyPasswordHashes();

    static List<Vector> vectors() {
        return LegacyVectors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matchesItsPassword(Vector vector) {
        assertEquals(Verdict.MATCH, hashes.verify(vector.password().toCharArray(), vector.hash()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void doesNotMatchASlightlyChangedPassword(Vector vector) {
        assertEquals(Verdict.MISMATCH, hashes.verify(changeFirstCharacter(vector.password()), vector.hash()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void isRecognisedByItsOwnFormatOnly(Vector vector) {
        Class<? extends LegacyPasswordFormat> expected = LegacyVectors.formatClass(vector.format());
        for (LegacyPasswordFormat format : LegacyVectors.allFormats()) {
            assertEquals(expected.isInstance(format), format.recognizes(vector.hash()), format.getClass().getSimpleName());
        }
    }

    static List<Vector> bcryptVectorsLongerThan72Bytes() {
        return vectors().stream()
                .filter(v -> v.format().equals("bcrypt") && v.password().getBytes(StandardCharsets.UTF_8).length > 72)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bcryptVectorsLongerThan72Bytes")
    void bcryptIgnoresEverythingAfter72Bytes(Vector vector) {
        assertEquals(Verdict.MATCH, hashes.verify((vector.password() + "-anything").toCharArray(), vector.hash()));
    }

    @Test
    void vectorsCoverEveryFormatAndVariant() {
        Set<String> formats = vectors().stream().map(Vector::format).collect(Collectors.toSet());
        assertEquals(Set.of("medusa-scrypt-kdf", "bcrypt", "jakarta-pbkdf2", "argon2"), formats);

        Set<String> prefixes = vectors().stream().map(Vector::hash).filter(h -> h.startsWith("$"))
                .map(h -> h.substring(0, h.indexOf('$', 1) + 1)).collect(Collectors.toSet());
        assertTrue(prefixes.containsAll(Set.of("$2a$", "$2b$", "$2y$", "$argon2id$", "$argon2i$", "$argon2d$")),
                prefixes::toString);

        Set<String> scryptParameters = vectors().stream().filter(v -> v.format().equals("medusa-scrypt-kdf"))
                .map(v -> v.hash().substring(0, 16)).collect(Collectors.toSet());
        assertTrue(scryptParameters.contains("c2NyeXB0AAEAAAAB"), "Medusa v1: logN 1, r 1");
        assertTrue(scryptParameters.contains("c2NyeXB0AA8AAAAI"), "Medusa v2: logN 15, r 8");
    }

    /** Changes the first code point: later ones would not change a bcrypt hash of a > 72-byte password. */
    static char[] changeFirstCharacter(String password) {
        if (password.isEmpty()) {
            return new char[] {'X'};
        }
        int first = password.codePointAt(0);
        return ((first == 'X' ? "Y" : "X") + password.substring(Character.charCount(first))).toCharArray();
    }
}
