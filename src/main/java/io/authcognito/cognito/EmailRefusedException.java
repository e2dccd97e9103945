package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** Cognito cannot hold this email: not an address it can parse, or, on an email pool, not a user name. */
public class EmailRefusedException extends ContractException {

    public EmailRefusedException() {
        super(ErrorCode.INVALID_REQUEST, "This email address cannot be used for an account.");
    }
}
