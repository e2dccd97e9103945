package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** A password reset code that is wrong, used up or expired, or meant for another account. */
public class InvalidResetCodeException extends ContractException {

    public InvalidResetCodeException() {
        super(ErrorCode.INVALID_CODE, "The code is wrong or has expired.");
    }
}
