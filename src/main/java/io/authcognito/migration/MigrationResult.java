package io.authcognito.migration;

import java.util.Locale;

/** What became of one migration, as counted in {@code auth_cognito_migrations_total}. */
public enum MigrationResult {
    /** Cognito holds the password and the legacy hash is gone. */
    COMPLETED,
    /** Cognito or the database was out of reach, or this server's share of a quota was spent: a later login moves it. */
    DEFERRED,
    /** Cognito's password policy refused the password: it stays on the hash until the customer sets a new one. */
    REFUSED_BY_POLICY,
    /**
     * Cognito refused the user: its email (or another application's user holds it, on a shared
     * pool), or a pool trigger. It stays on the hash until the email changes.
     */
    REFUSED_BY_POOL,
    /** The hash that was checked is no longer the customer's (a reset or a change got there first): nothing moved, nothing counted. */
    HASH_REPLACED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
