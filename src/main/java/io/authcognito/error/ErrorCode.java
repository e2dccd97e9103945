package io.authcognito.error;

import jakarta.ws.rs.core.Response.Status;

/** The contract's error codes, each with the HTTP status it is answered with. */
public enum ErrorCode {
    INVALID_REQUEST(Status.BAD_REQUEST),
    INVALID_PASSWORD(Status.BAD_REQUEST),
    INVALID_CODE(Status.BAD_REQUEST),
    INVALID_CREDENTIALS(Status.UNAUTHORIZED),
    /** The contract's {@code invalid_code}, answered 401 where the code is a login's second factor. */
    WRONG_SECOND_FACTOR("invalid_code", Status.UNAUTHORIZED),
    MFA_REQUIRED(Status.UNAUTHORIZED),
    MFA_EXPIRED(Status.UNAUTHORIZED),
    NOT_AUTHENTICATED(Status.UNAUTHORIZED),
    FORBIDDEN(Status.FORBIDDEN),
    PASSWORD_RESET_REQUIRED(Status.FORBIDDEN),
    NOT_FOUND(Status.NOT_FOUND),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE),
    EMAIL_TAKEN(Status.CONFLICT),
    TOO_MANY_ATTEMPTS(Status.TOO_MANY_REQUESTS),
    INTERNAL_ERROR(Status.INTERNAL_SERVER_ERROR),
    AUTH_UNAVAILABLE(Status.SERVICE_UNAVAILABLE),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE);

    private final String code;
    private final Status status;

    ErrorCode(Status status) {
        this.code = name().toLowerCase(java.util.Locale.ROOT);
        this.status = status;
    }

    ErrorCode(String code, Status status) {
        this.code = code;
        this.status = status;
    }

    public Status status() {
        return status;
    }

    /** The code as it appears in an error body. */
    public String code() {
        return code;
    }
}
