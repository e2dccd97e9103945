package io.authcognito.identity;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/**
 * The password was right and the customer's second factor is due. It carries the pending login
 * to whoever keeps it (the session); the answer itself names only the code.
 */
public class MfaRequiredException extends ContractException {

    private final transient PendingLogin pending;

    MfaRequiredException(PendingLogin pending) {
        super(ErrorCode.MFA_REQUIRED, "Give the code from your authenticator app to finish logging in.");
        this.pending = pending;
    }

    public PendingLogin pending() {
        return pending;
    }
}
