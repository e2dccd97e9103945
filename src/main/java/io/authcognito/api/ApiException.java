package io.authcognito.api;

/** An answer with one of the contract's error codes; {@link ApiExceptionMapper} turns it into HTTP. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
