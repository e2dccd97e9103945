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
