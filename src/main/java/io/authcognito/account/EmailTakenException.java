package io.authcognito.account;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** Another account already has this email (compared case-insensitively); a guest row does not count. */
public class EmailTakenException extends ContractException {

    public EmailTakenException() {
        super(ErrorCode.EMAIL_TAKEN, "An account with this email already exists.");
    }
}
