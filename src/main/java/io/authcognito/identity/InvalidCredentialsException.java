package io.authcognito.identity;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** The password is not the customer's, or there is no such customer: the answer does not say which. */
public class InvalidCredentialsException extends ContractException {

    public InvalidCredentialsException() {
        super(ErrorCode.INVALID_CREDENTIALS, "Wrong email or password.");
    }
}
