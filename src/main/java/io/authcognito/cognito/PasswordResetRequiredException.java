package io.authcognito.cognito;

/** The pool demands a password reset before this user may sign in. */
public class PasswordResetRequiredException extends RuntimeException {

    public PasswordResetRequiredException() {
        super("Cognito requires a password reset for this user");
    }
}
