package io.authcognito.logging;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every message the product logs with an id, in one catalogue (README lists them for operators).
 * The last letter of an id is its level: I information, W warning, E error. Parameters are ids and
 * kinds of failure, never a password, hash, token or email.
 */
public enum LogMessage {

    /** A customer's password_hash is in no known format; that customer cannot log in with it. */
    UNKNOWN_LEGACY_FORMAT("AUTHC0002W", "the legacy password hash of customer {0} has an unknown format; it never matches"),
    /** A login was answered 503: every legacy hash check was taken for longer than the wait (auth.login.max-concurrent-hash-checks). */
    HASH_CHECKS_BUSY("AUTHC0003W", "a login was answered 503: all {0} legacy hash checks stayed busy for {1} ms"),
    MIGRATED("AUTHC0101I", "customer {0} migrated to Cognito"),
    /** Cognito or the database failed mid-migration; the hash stays and the next login finishes. */
    MIGRATION_DEFERRED("AUTHC0102W", "migration of customer {0} deferred to the next login: {1}"),
    /** The customer logs in with the legacy password, which stays until they set a new one. */
    LEGACY_PASSWORD_REFUSED_BY_POLICY("AUTHC0103I", "Cognito refused the legacy password of"
            + " customer {0}; the legacy hash stays until the customer sets a new password"),
    /**
     * On a pool other applications share, a user the store did not make has the customer's email:
     * the store leaves it alone and the customer stays on the legacy hash (counted in the admin report).
     */
    EMAIL_HELD_IN_POOL("AUTHC0104W", "a Cognito user the store did not create holds the email of customer {0};"
            + " the customer stays on the legacy hash"),
    /** The email cannot be a Cognito user name or attribute (e.g. an invisible character in it). */
    EMAIL_REFUSED_BY_COGNITO("AUTHC0105W", "Cognito refuses the email of customer {0};"
            + " the customer stays on the legacy hash until the email is changed"),
    /** The login went on at once; a later login moves the password (see README, Cognito's quotas). */
    MIGRATION_LEFT_FOR_LATER("AUTHC0106I", "migration of customer {0} left to a later login: {1}"),
    /** The gauge auth_cognito_customers keeps its last count until the next one, a minute later. */
    CUSTOMER_COUNT_FAILED("AUTHC0107W", "could not count the customers on a legacy hash for the metrics: {0}"),
    /** An audit line: the customer confirmed an authenticator app; every login now asks for a code. */
    TOTP_TURNED_ON("AUTHC0201I", "customer {0} turned two-factor login on"),
    /** An audit line: the customer turned it off with the password and a code. */
    TOTP_TURNED_OFF("AUTHC0202I", "customer {0} turned two-factor login off"),
    /** An audit line: an administrator (the caller named) turned it off for the customer, whose sessions ended. */
    TOTP_RESET_BY_ADMIN("AUTHC0203I", "administrator {1} turned two-factor login off for customer {0} and ended their sessions"),
    REVOCATION_LISTENING("AUTHC0301I", "listening for session revocations"),
    /** Until AUTHC0301I appears again, every session check reads the database. */
    REVOCATION_LISTENER_LOST("AUTHC0302W", "revocation listener lost its connection ({0});"
            + " sessions are checked against the database until it is back"),
    /** Liberty's session API is not visible to the application (apiTypeVisibility without ibm-api): sessions stay on the server that made them. */
    SESSIONS_NOT_SHARED("AUTHC0303W", "sessions cannot be written to the shared store from this application;"
            + " they stay on this server and end with it"),
    /** Cognito and the database disagree about this customer: a person must reconcile them. */
    COMPENSATION_FAILED("AUTHC0401E", "could not undo {0} in Cognito after a rollback ({1}); it needs a person to reconcile it"),
    /**
     * No reset code went out (Cognito declined: no verified email, too many codes; or it could not be
     * reached); the client got 202 as always and may ask again.
     */
    RESET_CODE_NOT_SENT("AUTHC0501I", "no reset code was sent for customer {0}: {1}"),
    /** A bug: the client got 500 with this incident id; the stack trace follows the line. */
    UNEXPECTED_FAILURE("AUTHC0900E", "unexpected failure, incident {0}"),
    /** A request was answered 503 because Cognito could not be reached; {0} is the kind of failure. */
    REFUSED_WHILE_COGNITO_UNAVAILABLE("AUTHC0901W", "request refused while Cognito is unavailable: {0}"),
    /** A request was answered 503 because the database could not be reached; {0} is the kind of failure. */
    REFUSED_WHILE_DATABASE_UNAVAILABLE("AUTHC0902W", "request refused while the database is unavailable: {0}");

    private final String id;
    private final String text;
    private final Level level;

    LogMessage(String id, String text) {
        this.id = id;
        this.text = id + ": " + text;
        this.level = switch (id.charAt(id.length() - 1)) {
            case 'E' -> Level.SEVERE;
            case 'W' -> Level.WARNING;
            default -> Level.INFO;
        };
    }

    public String id() {
        return id;
    }

    public void log(Logger logger, Object... parameters) {
        logger.log(level, text, parameters);
    }

    public void log(Logger logger, Throwable thrown, Object... parameters) {
        LogRecord record = new LogRecord(level, text);
        record.setLoggerName(logger.getName());
        record.setParameters(parameters);
        record.setThrown(thrown);
        logger.log(record);
    }
}
