package io.authcognito.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A request body, read by {@link JsonRequestReader}, with typed access to its fields. Every
 * field that is missing, of the wrong type, too long or not well-formed text is a 400
 * {@code invalid_request} naming the field, never a 500.
 */
public final class JsonRequest {

    static final int MAX_EMAIL_LENGTH = 254;
    static final int MAX_PASSWORD_LENGTH = 256;
    static final int MAX_TEXT_LENGTH = 200;

    private final JsonObject body;

    JsonRequest(JsonObject body) {
        this.body = body;
    }

    /** A trimmed email address, with the case the customer typed it in. */
    public String email(String field) {
        String email = text(field, MAX_EMAIL_LENGTH).strip();
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(field, "is not an email address");
        }
        return email;
    }

    /** A password exactly as given: no trimming or normalisation, so it hashes as it was typed. */
    public String password(String field) {
        return text(field, MAX_PASSWORD_LENGTH);
    }

    public Optional<String> optionalText(String field) {
        if (!body.containsKey(field) || body.isNull(field)) {
            return Optional.empty();
        }
        return Optional.of(text(field, MAX_TEXT_LENGTH));
    }

    /** A required, non-empty string field. */
    public String text(String field, int maxLength) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid(field, "is required");
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw invalid(field, "must be a string");
        }
        String text = ((JsonString) value).getString();
        if (text.isEmpty()) {
            throw invalid(field, "must not be empty");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw invalid(field, "is longer than " + maxLength + " characters");
        }
        if (!isWellFormed(text)) {
            throw invalid(field, "contains control characters or malformed Unicode");
        }
        return text;
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static ApiException invalid(String field, String problem) {
        return new ApiException(ErrorCode.INVALID_REQUEST,
                String.format(Locale.ROOT, "The field \"%s\" %s.", field, problem));
    }
}
