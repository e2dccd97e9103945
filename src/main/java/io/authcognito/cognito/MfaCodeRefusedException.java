package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/**
 * A code from the authenticator app that Cognito did not accept while turning two-factor login
 * on or off: wrong, already used, or the setup it was for is over.
 */
public class MfaCodeRefusedException extends ContractException {

    public MfaCodeRefusedException() {
        this("The code is wrong or has expired.");
    }

    public MfaCodeRefusedException(String message) {
        super(ErrorCode.INVALID_CODE, message);
    }
}
