package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** A trigger of the user pool (a Lambda the pool's owner runs, e.g. pre sign-up) refused the request on purpose. */
public class PoolRefusedException extends ContractException {

    public PoolRefusedException() {
        super(ErrorCode.INVALID_REQUEST, "The user pool refused this request.");
    }
}
