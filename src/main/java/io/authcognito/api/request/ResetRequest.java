package io.authcognito.api.request;

/** {@code POST /auth/password-reset}. */
public record ResetRequest(@EmailAddress String email) implements RequestBody {

    public ResetRequest {
        email = RequestBody.trimmed(email);
    }
}
