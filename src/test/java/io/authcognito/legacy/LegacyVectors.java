package io.authcognito.legacy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The vectors src/test/vectors/generate.js made with the real npm libraries (legacy-vectors.json). */
final class LegacyVectors {

    record Vector(String format, String password, String hash, String note) {
        @Override
        public String toString() {
            return format + ": " + note; // the test name; the values themselves are in the JSON file
        }
    }

    private LegacyVectors() {
    }

    static List<Vector> all() {
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
