package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/**
 * On a pool other applications share, a user this store did not make already has the email: the
 * store never sets its password or deletes it, so the email is taken as far as the store goes.
 */
public class EmailHeldInPoolException extends ContractException {

    public EmailHeldInPoolException() {
        super(ErrorCode.EMAIL_TAKEN, "An account with this email already exists.");
    }
}
