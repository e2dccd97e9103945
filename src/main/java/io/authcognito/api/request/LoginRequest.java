package io.authcognito.api.request;

/** {@code POST /auth/login}. */
public record LoginRequest(@EmailAddress String email, @Password String password) implements RequestBody {

    public LoginRequest {
        email = RequestBody.trimmed(email);
    }
}
