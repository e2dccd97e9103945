package io.authcognito.api;

/**
 * What each error answer means, as the OpenAPI document describes it: the contract's code first.
 * Every one has the body {@code {"error", "message"}} ({@link OpenApiErrorBodies} says so in the document).
 */
final class ErrorAnswers {

    static final String INVALID_REQUEST = "invalid_request: not the JSON object described, or a field missing, too long or"
            + " not a valid value (the message names the field)";
    static final String INVALID_PASSWORD = "invalid_password: Cognito's password policy refused the new password (its reason in the message)";
    static final String INVALID_CODE = "invalid_code: the code is wrong or expired";
    static final String MFA_REQUIRED = "mfa_required: the password is right and the customer has two-factor login on:"
            + " the session cookie of this answer carries the login, which POST /api/auth/login/mfa finishes";
    static final String WRONG_SECOND_FACTOR = "invalid_code: the code from the authenticator app is wrong";
    static final String MFA_EXPIRED = "mfa_expired: no login waits for a code on this session (none, expired, or 5 wrong codes)";
    static final String TOTP_ALREADY_ON = "invalid_request: two-factor login is already on";
    static final String INVALID_CREDENTIALS = "invalid_credentials: unknown email or wrong password (they look the same)";
    static final String WRONG_PASSWORD = "invalid_credentials: the password given again is wrong; not_authenticated: no session";
    static final String NOT_AUTHENTICATED = "not_authenticated: no session, or it ended (logged out, revoked, expired)";
    static final String FORBIDDEN = "forbidden: the caller is not an admin";
    static final String PASSWORD_RESET_REQUIRED = "password_reset_required: Cognito requires the customer to reset the password";
    static final String EMAIL_TAKEN = "email_taken: another account has this email";
    static final String TOO_MANY_ATTEMPTS = "too_many_attempts: too many failed logins; wait for Retry-After";
    static final String AUTH_UNAVAILABLE = "auth_unavailable: Cognito or the database cannot be reached; try again after Retry-After";

    private ErrorAnswers() {
    }
}
