package io.authcognito.identity;

import java.util.Locale;

/** How a password check ended, as counted in {@code auth_cognito_logins_total}. */
public enum LoginOutcome {
    /** Cognito checked the password. */
    COGNITO,
    /** The legacy hash checked it and the password moved to Cognito during the login. */
    LEGACY_MIGRATED,
    /** The legacy hash checked it and stays for now: Cognito refused the password, or the move comes later. */
    LEGACY_KEPT,
    INVALID_CREDENTIALS,
    /** The password was right and the customer's second factor is due: no login yet. */
    MFA_REQUIRED,
    /** The second factor's code was right: the login of an {@link #MFA_REQUIRED} finished. */
    MFA_COMPLETED,
    /** The second factor's code was wrong. */
    INVALID_CODE,
    /** The second factor came after its login had expired. */
    MFA_EXPIRED,
    TOO_MANY_ATTEMPTS,
    /** Cognito or the database could not be reached, or every hash check was busy: a 503. */
    UNAVAILABLE,
    PASSWORD_RESET_REQUIRED,
    /** A bug: a 500. */
    ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
