package io.authcognito.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A password and its legacy hash, made by the npm library a real store used (src/test/vectors). */
record LegacyVector(String password, String hash) {

    /** The first committed vector of a format whose note contains {@code noteFragment}. */
    static LegacyVector of(String format, String noteFragment) {
        try (InputStream in = LegacyVector.class.getClassLoader().getResourceAsStream("legacy-vectors.json")) {
            return Json.createReader(in).readArray().stream()
                    .map(JsonObject.class::cast)
                    .filter(v -> v.getString("format").equals(format) && v.getString("note").contains(noteFragment))
                    .findFirst()
                    .map(v -> new LegacyVector(v.getString("password"), v.getString("hash")))
                    .orElseThrow(() -> new IllegalArgumentException("no vector " + format + " / " + noteFragment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LegacyVector medusaV1() {
        return of("medusa-scrypt-kdf", "Medusa v1");
    }
}
