package io.authcognito.api;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** The database could not be reached, so nothing was changed. */
class DatabaseUnavailableException extends ContractException {

    DatabaseUnavailableException(Throwable cause) {
        super(ErrorCode.SERVICE_UNAVAILABLE, "The service is unavailable; try again shortly.", OUTAGE_RETRY_AFTER, cause);
    }
}
