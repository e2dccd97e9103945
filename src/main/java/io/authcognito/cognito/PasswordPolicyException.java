package io.authcognito.cognito;

/** Cognito's password policy refused a password; the message is Cognito's reason, fit for the customer. */
public class PasswordPolicyException extends RuntimeException {

    public PasswordPolicyException(String reason) {
        super(reason);
    }
}
