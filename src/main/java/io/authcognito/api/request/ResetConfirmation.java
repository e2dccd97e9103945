package io.authcognito.api.request;

/** {@code POST /auth/password-reset/confirm}: the code Cognito mailed, and the new password. */
public record ResetConfirmation(
        @EmailAddress String email,
        @Text(max = 64) String code,
        @Password String newPassword) implements RequestBody {

    public ResetConfirmation {
        email = RequestBody.trimmed(email);
    }
}
