package io.authcognito.customer;

/** How far a customer's password has moved; each step is safe to repeat. */
public enum MigrationState {
    /** No Cognito user yet; the row only says why the legacy hash is still in use. */
    LEGACY,
    /** A Cognito user exists; it does not hold the customer's password yet. */
    USER_CREATED,
    /** Cognito holds the password; the legacy hash may still be there (rows of earlier versions: now one step with the next). */
    PASSWORD_SET,
    /** The legacy hash is gone: Cognito alone checks the password. */
    MIGRATED
}
