package io.authcognito.error;

import java.time.Duration;
import java.util.Optional;

/**
 * A refusal the contract defines: its error code, a message fit for the person who sent the
 * request (never a secret), and for refusals that pass with time, how long to wait. The REST API
 * turns every one into the same error body; no other kind of exception reaches a client.
 */
public class ContractException extends RuntimeException {

    /** How long a client waits before trying again while Cognito or the database is out of reach. */
    public static final Duration OUTAGE_RETRY_AFTER = Duration.ofSeconds(5);

    private final ErrorCode code;
    private final Duration retryAfter;

    public ContractException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    protected ContractException(ErrorCode code, String message, Duration retryAfter, Throwable cause) {
        // refusals are ordinary answers: a stack trace would be work nobody reads
        super(message, cause, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
