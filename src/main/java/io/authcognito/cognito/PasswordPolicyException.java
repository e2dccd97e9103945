package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** Cognito's password policy refused a password; the message is Cognito's reason, fit for the customer. */
public class PasswordPolicyException extends ContractException {

    public PasswordPolicyException(String reason) {
        super(ErrorCode.INVALID_PASSWORD, reason);
    }
}
