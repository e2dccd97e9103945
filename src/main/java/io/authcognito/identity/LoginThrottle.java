package io.authcognito.identity;

import io.authcognito.customer.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Limits failed logins, after OWASP's device cookie design, with the counts in the database so
 * that every server enforces the same limits. Cognito locks out its own users, but a legacy hash
 * is checked here, so this is what stops guessing against it.
 * <ul>
 * <li>A known device of the account (it has logged in to it before) is refused only after its own
 * failures: nobody else's guessing locks the customer out.</li>
 * <li>Any other client is refused an account after the account's failures from such clients.</li>
 * <li>An address over its own limit is refused the accounts it failed against, and may still try
 * others, a few a minute: behind one proxy address, a store's customers keep logging in.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    private static final Duration OVER_LIMIT_WINDOW = Duration.ofMinutes(1);
    /** A pending check older than this was abandoned by a server that stopped: no check lasts so long. */
    private static final Duration PENDING_STALE = Duration.ofMinutes(1);
    /** Refused because other checks of the account filled the limit too long: they end within seconds. */
    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);
    /** About one failure in this many also deletes counts whose window has passed, so a spray leaves no lasting rows. */
    private static final int PRUNE_EVERY = 100;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperties
    LoginLimits limits;

    /** Whether an attempt may go on to its password check, decided before the check. */
    public record Check(Admission admission, Duration retryAfter) {

        /** The refusal of a blocked login: the client may try again once this much time has passed. */
        TooManyAttemptsException refusal() {
            return new TooManyAttemptsException(retryAfter);
        }
    }

    enum Admission {
        /** The attempt is counted as pending and its password may be checked. */
        ADMITTED,
        /** Refused: its failures are over the limit. */
        BLOCKED,
        /** Other attempts being checked right now fill the limit: try again in a moment, they may succeed. */
        BUSY
    }

    /**
     * Decides, before the password is checked, whether it may be. An attempt is admitted as
     * pending on its account (or its known device) only while failures and pending attempts
     * together are under the limit, in one statement: however many arrive at once, on however many
     * servers, no more than the limit are ever checked, and a failure is counted before it is
     * answered. A correct password takes its pending count back and clears the failures ({@link #succeeded}).
     */
    Check check(LoginAttempt attempt) {
        if (attempt.fromDevice().isEmpty()) {
            Map<String, Long> failures = counts(List.of(attempt.fromAddress(), attempt.pair()));
            if (failures.getOrDefault(attempt.fromAddress(), 0L) >= limits.maxFailuresPerAddress) {
                // the address is over its limit: refused the accounts it failed against, a few a minute for the others
                if (failures.getOrDefault(attempt.pair(), 0L) > 0) {
                    return new Check(Admission.BLOCKED, limits.window);
                }
                if (count(attempt.overLimit(), OVER_LIMIT_WINDOW) > limits.overLimitLoginsPerMinute) {
                    return new Check(Admission.BLOCKED, OVER_LIMIT_WINDOW);
                }
            }
        }
        return admit(attempt);
    }

    /**
     * The account's (or device's) part of {@link #check}, which a {@link Admission#BUSY} attempt
     * tries again. Pending attempts older than {@link #PENDING_STALE} are not counted: no check
     * takes that long, so they were left by a server that stopped mid-check.
     */
    Check admit(LoginAttempt attempt) {
        String subject = attempt.limited();
        boolean admitted = !em.createNativeQuery("""
                        INSERT INTO auth_cognito_login_failure AS f (subject, failures, pending, pending_at, window_start)
                        VALUES (?1, 0, 1, now(), now())
                        ON CONFLICT (subject) DO UPDATE SET
                          failures = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) THEN 0 ELSE f.failures END,
                          pending = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) OR f.pending_at <= now() - make_interval(secs => ?4)
                                      THEN 1 ELSE f.pending + 1 END,
                          pending_at = now(),
                          window_start = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) THEN now() ELSE f.window_start END
                        WHERE f.window_start <= now() - make_interval(secs => ?2)
                           OR f.failures + CASE WHEN f.pending_at > now() - make_interval(secs => ?4) THEN f.pending ELSE 0 END < ?3
                        RETURNING 1""")
                .setParameter(1, subject)
                .setParameter(2, limits.window.toSeconds())
                .setParameter(3, limits.maxFailuresPerAccount)
                .setParameter(4, PENDING_STALE.toSeconds())
                .getResultList().isEmpty();
        if (admitted) {
            return new Check(Admission.ADMITTED, limits.window);
        }
        long failures = counts(List.of(subject)).getOrDefault(subject, 0L);
        return failures >= limits.maxFailuresPerAccount
                ? new Check(Admission.BLOCKED, limits.window)
                : new Check(Admission.BUSY, BUSY_RETRY_AFTER);
    }

    /** The password was wrong: the pending attempt becomes a failure, and the address is counted too. */
    void failed(LoginAttempt attempt) {
        if (ThreadLocalRandom.current().nextInt(PRUNE_EVERY) == 0) {
            forgetOldFailures();
        }
        em.createNativeQuery("""
                        INSERT INTO auth_cognito_login_failure AS f (subject, failures, pending, window_start) VALUES (?1, 1, 0, now())
                        ON CONFLICT (subject) DO UPDATE SET failures = f.failures + 1, pending = GREATEST(f.pending - 1, 0)""")
                .setParameter(1, attempt.limited())
                .executeUpdate();
        if (attempt.fromDevice().isEmpty()) {
            count(attempt.fromAddress(), limits.window);
            count(attempt.pair(), limits.window);
        }
    }

    /**
     * A correct password clears the failures it answers for and its own pending count: a known
     * device's own, or else the account's (the customer, on a new client, has proved the password)
     * and this address's against it. A known device's login leaves the account locked against
     * everybody else. Other attempts still being checked stay pending.
     */
    void succeeded(LoginAttempt attempt) {
        // one statement, one round trip: the pair's row goes too (a known device has none: no subject is empty)
        em.createNativeQuery("""
                        WITH pair AS (DELETE FROM auth_cognito_login_failure WHERE subject = ?2)
                        UPDATE auth_cognito_login_failure SET failures = 0, pending = GREATEST(pending - 1, 0) WHERE subject = ?1""")
                .setParameter(1, attempt.limited())
                .setParameter(2, attempt.fromDevice().isEmpty() ? attempt.pair() : "")
                .executeUpdate();
    }

    /** The check could not be finished (an outage): the pending attempt is taken back, counted as nothing. */
    void abandoned(LoginAttempt attempt) {
        em.createNativeQuery("UPDATE auth_cognito_login_failure SET pending = GREATEST(pending - 1, 0) WHERE subject = ?1")
                .setParameter(1, attempt.limited())
                .executeUpdate();
    }

    private void forgetOldFailures() {
        em.createNativeQuery("DELETE FROM auth_cognito_login_failure WHERE window_start < now() - make_interval(secs => ?1)")
                .setParameter(1, limits.window.toSeconds())
                .executeUpdate();
    }

    /** The live counts of these subjects (one to four), in one query. */
    private Map<String, Long> counts(List<String> subjects) {
        Map<String, Long> counts = new HashMap<>();
        IntFunction<String> subject = i -> subjects.get(Math.min(i, subjects.size() - 1));
        for (Object row : em.createNativeQuery("""
                        SELECT subject, failures FROM auth_cognito_login_failure
                        WHERE subject IN (?3, ?4, ?5, ?6) AND window_start > now() - make_interval(secs =>
                          CASE WHEN subject LIKE 'over-limit:%' THEN ?1 ELSE ?2 END)""")
                .setParameter(1, OVER_LIMIT_WINDOW.toSeconds())
                .setParameter(2, limits.window.toSeconds())
                .setParameter(3, subject.apply(0))
                .setParameter(4, subject.apply(1))
                .setParameter(5, subject.apply(2))
                .setParameter(6, subject.apply(3))
                .getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /** Adds one failure to the subject's count, starting a new window if the last one has passed; returns the count. */
    private long count(String subject, Duration window) {
        return ((Number) em.createNativeQuery("""
                        INSERT INTO auth_cognito_login_failure AS f (subject, failures, window_start) VALUES (?1, 1, now())
                        ON CONFLICT (subject) DO UPDATE SET
                          failures = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) THEN 1 ELSE f.failures + 1 END,
                          window_start = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) THEN now() ELSE f.window_start END
                        RETURNING failures""")
                .setParameter(1, subject)
                .setParameter(2, window.toSeconds())
                .getSingleResult()).longValue();
    }
}
