package io.authcognito.cognito;

/** A password reset code that is wrong, used up or expired, or meant for another account. */
public class InvalidResetCodeException extends RuntimeException {

    public InvalidResetCodeException() {
        super("The reset code is wrong or has expired");
    }
}
