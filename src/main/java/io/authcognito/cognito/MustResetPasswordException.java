package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** The pool demands a password reset before this user may sign in. */
public class MustResetPasswordException extends ContractException {

    public MustResetPasswordException() {
        super(ErrorCode.PASSWORD_RESET_REQUIRED, "This account needs a new password: use password reset.");
    }
}
