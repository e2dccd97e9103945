package io.authcognito.session;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** The request needs a logged-in customer and has none, or its session has ended. */
public class NotAuthenticatedException extends ContractException {

    public NotAuthenticatedException() {
        super(ErrorCode.NOT_AUTHENTICATED, "Log in first.");
    }
}
