package io.authcognito.legacy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The vectors src/test/vectors/generate.js made with the real npm libraries (legacy-vectors.json),
 * read once for the unit tests, the integration tests and the benchmark alike.
 */
public final class LegacyVectors {

    /** A password and the hash a store's own library made of it. */
    public record Vector(String format, String password, String hash, String note) {
        @Override
        public String toString() {
            return format + ": " + note; // the test name; the values themselves are in the JSON file
        }
    }

    private static final List<Vector> ALL = read();

    private LegacyVectors() {
    }

    public static List<Vector> all() {
        return ALL;
    }

    /** The first vector of a format whose note contains {@code noteFragment}. */
    public static Vector find(String format, String noteFragment) {
        return ALL.stream()
                .filter(v -> v.format().equals(format) && v.note().contains(noteFragment))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no vector " + format + " / " + noteFragment));
    }

    /** Medusa v1's own scrypt parameters and an ASCII password: the hash most stores being migrated hold. */
    public static Vector medusaV1() {
        return find("medusa-scrypt-kdf", "Medusa v1");
    }

    private static List<Vector> read() {
        try (InputStream in = LegacyVectors.class.getResourceAsStream("/legacy-vectors.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new Vector(o.getString("format"), o.getString("password"), o.getString("hash"),
                            o.getString("note")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which class must recognise a vector's format name. */
    static Class<? extends LegacyPasswordFormat> formatClass(String format) {
        return switch (format) {
            case "medusa-scrypt-kdf" -> MedusaScryptKdfFormat.class;
            case "bcrypt" -> BcryptFormat.class;
            case "jakarta-pbkdf2" -> JakartaPbkdf2Format.class;
            case "argon2" -> Argon2Format.class;
            default -> throw new IllegalArgumentException("unknown vector format " + format);
        };
    }

    static List<LegacyPasswordFormat> allFormats() {
        return List.of(new MedusaScryptKdfFormat(), new BcryptFormat(), new JakartaPbkdf2Format(), new Argon2Format());
    }
}
