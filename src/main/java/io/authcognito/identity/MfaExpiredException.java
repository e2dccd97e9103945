package io.authcognito.identity;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** No login waits for a code on this session: none was started, it expired, or it had too many wrong codes. */
public class MfaExpiredException extends ContractException {

    public MfaExpiredException() {
        super(ErrorCode.MFA_EXPIRED, "No login is waiting for a code: log in with your password again.");
    }
}
