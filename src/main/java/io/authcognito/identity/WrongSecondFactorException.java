package io.authcognito.identity;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** The code from the authenticator app is not the right one for the pending login. */
public class WrongSecondFactorException extends ContractException {

    WrongSecondFactorException() {
        super(ErrorCode.WRONG_SECOND_FACTOR, "The code is wrong.");
    }
}
