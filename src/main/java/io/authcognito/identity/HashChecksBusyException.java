package io.authcognito.identity;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;
import java.time.Duration;

/** Every legacy hash check the server allows at once is running and none ended in time. */
public class HashChecksBusyException extends ContractException {

    HashChecksBusyException() {
        super(ErrorCode.AUTH_UNAVAILABLE, "Too many logins are being checked right now; try again shortly.",
                Duration.ofSeconds(1), null);
    }
}
