package io.authcognito.cognito;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** Cognito could not be reached, timed out or kept throttling after the SDK's retries. */
public class CognitoUnavailableException extends ContractException {

    private final String reason;

    public CognitoUnavailableException(Throwable cause) {
        this(cause.getClass().getSimpleName(), cause);
    }

    CognitoUnavailableException(String reason, Throwable cause) {
        super(ErrorCode.AUTH_UNAVAILABLE, "Accounts cannot be changed right now; try again shortly.",
                OUTAGE_RETRY_AFTER, cause);
        this.reason = reason;
    }

    /** What went wrong, for operators: the kind of failure, never a value from the request. */
    public String reason() {
        return reason;
    }
}
