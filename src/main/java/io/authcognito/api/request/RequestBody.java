package io.authcognito.api.request;

/**
 * A JSON request body of the API, bound by JSON-B and checked by Bean Validation. Only bodies of
 * this type go through {@link RequestBodyCheck}, so an application's own resources are left alone.
 */
public interface RequestBody {

    /**
     * An email without the spaces a form may add around it; one with control characters is left as
     * it is, for {@link Text} to refuse.
     */
    static String trimmed(String email) {
        return email == null || email.chars().anyMatch(Character::isISOControl) ? email : email.strip();
    }
}
