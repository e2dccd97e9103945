package io.authcognito.api.request;

/**
 * A JSON request body of the API, bound by JSON-B and checked by Bean Validation. Only bodies of
 * this type go through {@link StrictJsonBody}, so an application's own resources are left alone.
 */
public interface RequestBody {

    /** An email as typed, without the spaces a form may add around it. */
    static String trimmed(String email) {
        return email == null ? null : email.strip();
    }
}
