package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** Cognito's password policy refused a password; the message is Cognito's reason, fit for the customer. */
public class PasswordPolicyException extends ContractException {

    /** Why Cognito can never hold a password: its API's own limits, before any pool's policy. */
    public static final String SHAPE = "A password cannot begin or end with a space and has at most 256 characters.";
    static final String POLICY = "The password does not meet the password policy.";

    public PasswordPolicyException(String reason) {
        super(ErrorCode.INVALID_PASSWORD, reason);
    }
}
