package io.authcognito.identity;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoLogin;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.MustResetPasswordException;
import io.authcognito.customer.Customer;
import io.authcognito.legacy.Verdict;
import io.authcognito.logging.LogMessage;
import io.authcognito.migration.MigrationResult;
import io.authcognito.migration.PasswordMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Where a login is decided. The product's own database says whether the customer still has a
 * legacy hash: if so the hash checks the password and the password moves to Cognito; if not,
 * Cognito checks it. The caller is the customer's id; the groups are {@code customer} plus the
 * customer's groups. A failure the product can decide alone (an unknown email, a wrong legacy
 * password) sends Cognito nothing and takes as long as one that asks it, so the time an answer
 * takes does not tell which emails have accounts.
 */
@ApplicationScoped
public class CustomerIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(CustomerIdentityStore.class.getName());
    private static final long ADMISSION_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long ADMISSION_RETRY_MILLIS = 50;

    private final LegacyPasswordCheck legacyCheck;
    private final PasswordMigration migration;
    private final CognitoGateway cognito;
    private final LoginSubjects subjects;
    private final LoginThrottle throttle;
    private final DeviceCookies deviceCookies;
    private final LoginRefusal refusal;
    private final LoginMetrics metrics;
    private final HttpServletRequest request;
    private final Set<String> reportedUnknownFormats = ConcurrentHashMap.newKeySet();

    @Inject
    public CustomerIdentityStore(LegacyPasswordCheck legacyCheck,
                                 PasswordMigration migration, CognitoGateway cognito,
                                 LoginSubjects subjects, LoginThrottle throttle, DeviceCookies deviceCookies,
                                 LoginRefusal refusal, LoginMetrics metrics, HttpServletRequest request) {
        this.legacyCheck = legacyCheck;
        this.migration = migration;
        this.cognito = cognito;
        this.subjects = subjects;
        this.throttle = throttle;
        this.deviceCookies = deviceCookies;
        this.refusal = refusal;
        this.metrics = metrics;
        this.request = request;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected CustomerIdentityStore() {
        this(null, null, null, null, null, null, null, null, null);
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        return decided(email, () -> passwordLogin(email, credential.getPasswordAsString()));
    }

    /** The second factor of a login whose password was right; see {@link PendingLogin}. */
    public CredentialValidationResult validate(SecondFactorCredential credential) {
        if (credential.pending().isEmpty()) {
            refusal.record(new MfaExpiredException());
            return ended(LoginOutcome.MFA_EXPIRED, INVALID_RESULT);
        }
        PendingLogin pending = credential.pending().get();
        return decided(pending.email(), () -> secondFactor(pending, credential.code()));
    }

    /** How a check ended: its outcome, and the caller of a success (a refusal has recorded its reason). */
    private record Decision(LoginOutcome outcome, CredentialValidationResult result) {
    }

    /**
     * Runs a check of one of the email's credentials under the failed-login limit: admitted or
     * refused before it runs, and counted as a failure, a success or neither once it has.
     */
    private CredentialValidationResult decided(String email, Supplier<Decision> check) {
        LoginAttempt attempt = null;
        boolean pending = false;
        try {
            attempt = new LoginAttempt(email, request.getRemoteAddr(), deviceCookies.deviceOf(request, email));
            LoginThrottle.Check admission = admission(attempt);
            if (admission.admission() != LoginThrottle.Admission.ADMITTED) {
                refusal.record(admission.refusal());
                return ended(LoginOutcome.TOO_MANY_ATTEMPTS, INVALID_RESULT);
            }
            pending = true;
            Decision decision = check.get();
            count(attempt, decision.outcome());
            pending = false;
            return ended(decision.outcome(), decision.result());
        } catch (CognitoUnavailableException | PersistenceException | TransactionalException e) {
            refusal.record(new LoginUnavailableException(e));
            return ended(LoginOutcome.UNAVAILABLE, NOT_VALIDATED_RESULT);
        } catch (MustResetPasswordException e) {
            refusal.record(e);
            return ended(LoginOutcome.PASSWORD_RESET_REQUIRED, INVALID_RESULT);
        } catch (RuntimeException e) {
            // a bug (or every hash check busy) must surface as itself, never as a wrong password
            refusal.record(e);
            return ended(e instanceof HashChecksBusyException ? LoginOutcome.UNAVAILABLE : LoginOutcome.ERROR,
                    NOT_VALIDATED_RESULT);
        } finally {
            if (pending) {
                abandon(attempt);
            }
        }
    }

    /**
     * A wrong password or code is a failure; a login is a success. A right password whose second
     * factor is still due clears nothing: else each new password login would reset the count of
     * wrong codes.
     */
    private void count(LoginAttempt attempt, LoginOutcome outcome) {
        switch (outcome) {
            case INVALID_CREDENTIALS, INVALID_CODE -> throttle.failed(attempt);
            case MFA_REQUIRED, MFA_EXPIRED -> throttle.abandoned(attempt);
            default -> throttle.succeeded(attempt);
        }
    }

    private Decision passwordLogin(String email, String password) {
        Optional<LoginSubjects.LoginSubject> subject = subjects.byEmail(email);
        if (subject.isEmpty()) {
            legacyCheck.decoy(password);
            cognito.imitateFailedLogin();
            return new Decision(LoginOutcome.INVALID_CREDENTIALS, INVALID_RESULT);
        }
        LoginOutcome outcome = passwordCheck(subject.get(), password);
        if (outcome == LoginOutcome.INVALID_CREDENTIALS || outcome == LoginOutcome.MFA_REQUIRED) {
            return new Decision(outcome, INVALID_RESULT);
        }
        Customer customer = subject.get().customer();
        return new Decision(outcome, new CredentialValidationResult(
                new CustomerPrincipal(customer.id(), customer.email(), subject.get().generation()), subject.get().roles()));
    }

    private Decision secondFactor(PendingLogin pending, String code) {
        switch (cognito.answer(pending.challenge(), code)) {
            case ACCEPTED:
                return new Decision(LoginOutcome.MFA_COMPLETED, new CredentialValidationResult(pending.principal(), pending.roles()));
            case WRONG:
                refusal.record(new WrongSecondFactorException());
                return new Decision(LoginOutcome.INVALID_CODE, INVALID_RESULT);
            default:
                refusal.record(new MfaExpiredException());
                return new Decision(LoginOutcome.MFA_EXPIRED, INVALID_RESULT);
        }
    }

    private CredentialValidationResult ended(LoginOutcome outcome, CredentialValidationResult result) {
        metrics.ended(outcome);
        return result;
    }

    /** Admission to the password check; while attempts being checked fill the limit, waits a moment for them. */
    private LoginThrottle.Check admission(LoginAttempt attempt) {
        LoginThrottle.Check check = throttle.check(attempt);
        long deadline = System.nanoTime() + ADMISSION_WAIT_NANOS;
        while (check.admission() == LoginThrottle.Admission.BUSY && System.nanoTime() < deadline) {
            try {
                Thread.sleep(ADMISSION_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            check = throttle.admit(attempt);
        }
        return check;
    }

    /** A check that was neither a success nor a failure (an outage) gives its place back. */
    private void abandon(LoginAttempt attempt) {
        try {
            throttle.abandoned(attempt);
        } catch (RuntimeException databaseGone) {
            // its pending count ends with the failure window
        }
    }

    private LoginOutcome passwordCheck(LoginSubjects.LoginSubject subject, String password) {
        Customer customer = subject.customer();
        if (!customer.hasLegacyPassword()) {
            return cognitoCheck(subject, password);
        }
        switch (legacyCheck.verify(password, customer.legacyPasswordHash())) {
            case MATCH:
                Optional<MigrationResult> moved = migration.migrate(customer, password);
                if (moved.equals(Optional.of(MigrationResult.HASH_REPLACED))) {
                    return passwordCheckNow(customer.email(), password);
                }
                return moved.equals(Optional.of(MigrationResult.COMPLETED)) ? LoginOutcome.LEGACY_MIGRATED : LoginOutcome.LEGACY_KEPT;
            case UNKNOWN_FORMAT:
                if (reportedUnknownFormats.add(customer.id())) {
                    LogMessage.UNKNOWN_LEGACY_FORMAT.log(LOG, customer.id());
                }
                cognito.imitateFailedLogin();
                return LoginOutcome.INVALID_CREDENTIALS;
            default:
                cognito.imitateFailedLogin();
                return LoginOutcome.INVALID_CREDENTIALS;
        }
    }

    /**
     * The hash the password matched was replaced while it was being checked (a reset, a password
     * change, a deletion): the password is checked once more where it lives now, and not migrated.
     */
    private LoginOutcome passwordCheckNow(String email, String password) {
        Optional<LoginSubjects.LoginSubject> now = subjects.byEmail(email);
        if (now.isEmpty()) {
            return LoginOutcome.INVALID_CREDENTIALS;
        }
        Customer customer = now.get().customer();
        if (customer.hasLegacyPassword()) {
            return legacyCheck.verify(password, customer.legacyPasswordHash()) == Verdict.MATCH
                    ? LoginOutcome.LEGACY_KEPT : LoginOutcome.INVALID_CREDENTIALS;
        }
        return cognitoCheck(now.get(), password);
    }

    /** Cognito checks the password; when the customer's second factor is due, the pending login is the refusal. */
    private LoginOutcome cognitoCheck(LoginSubjects.LoginSubject subject, String password) {
        if (subject.cognitoUsername().isEmpty()) {
            cognito.imitateFailedLogin();
            return LoginOutcome.INVALID_CREDENTIALS;
        }
        CognitoLogin login = cognito.logIn(subject.cognitoUsername().get(), password, subject.totpOn());
        switch (login.result()) {
            case LOGGED_IN:
                return LoginOutcome.COGNITO;
            case SECOND_FACTOR_DUE:
                refusal.record(new MfaRequiredException(new PendingLogin(subject, login.challenge().orElseThrow())));
                return LoginOutcome.MFA_REQUIRED;
            default:
                return LoginOutcome.INVALID_CREDENTIALS;
        }
    }
}
