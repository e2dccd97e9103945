package io.authcognito.identity;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;
import java.time.Duration;

/** Too many failed password checks for this account or client address; see {@link LoginThrottle}. */
public class TooManyAttemptsException extends ContractException {

    TooManyAttemptsException(Duration retryAfter) {
        super(ErrorCode.TOO_MANY_ATTEMPTS, "Too many failed logins; wait a few minutes and try again.", retryAfter, null);
    }
}
