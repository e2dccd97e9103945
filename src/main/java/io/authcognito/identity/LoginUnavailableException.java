package io.authcognito.identity;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** Cognito or the database could not be reached, so a login could be neither granted nor refused. */
public class LoginUnavailableException extends ContractException {

    LoginUnavailableException(RuntimeException cause) {
        super(ErrorCode.AUTH_UNAVAILABLE, "Logins cannot be checked right now; try again shortly.", OUTAGE_RETRY_AFTER, cause);
    }
}
