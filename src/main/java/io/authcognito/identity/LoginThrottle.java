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
    /** About one failure in this many also deletes counts whose window has passed, so a spray leaves no lasting rows. */
    private static final int PRUNE_EVERY = 100;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperties
    LoginLimits limits;

    /** What the counters say about one attempt, read before the password is checked. */
    public record Check(boolean blocked, boolean hadFailures, Duration retryAfter) {

        /** The refusal of a blocked login: the client may try again once this much time has passed. */
        TooManyAttemptsException refusal() {
            return new TooManyAttemptsException(retryAfter);
        }
    }

    Check check(LoginAttempt attempt) {
        Map<String, Long> failures = counts(attempt.subjects());
        if (attempt.fromDevice().isPresent()) {
            long device = failures.getOrDefault(attempt.fromDevice().get(), 0L);
            return new Check(device >= limits.maxFailuresPerAccount, device > 0, limits.window);
        }
        long account = failures.getOrDefault(attempt.account(), 0L);
        long pair = failures.getOrDefault(attempt.pair(), 0L);
        boolean hadFailures = account + pair > 0;
        if (account >= limits.maxFailuresPerAccount) {
            return new Check(true, hadFailures, limits.window);
        }
        if (failures.getOrDefault(attempt.fromAddress(), 0L) < limits.maxFailuresPerAddress) {
            return new Check(false, hadFailures, limits.window);
        }
        // the address is over its limit: refused the accounts it failed against, a few a minute for the others
        if (pair > 0) {
            return new Check(true, hadFailures, limits.window);
        }
        if (failures.getOrDefault(attempt.overLimit(), 0L) >= limits.overLimitLoginsPerMinute) {
            return new Check(true, hadFailures, OVER_LIMIT_WINDOW);
        }
        count(attempt.overLimit(), OVER_LIMIT_WINDOW);
        return new Check(false, hadFailures, limits.window);
    }

    void failed(LoginAttempt attempt) {
        if (ThreadLocalRandom.current().nextInt(PRUNE_EVERY) == 0) {
            forgetOldFailures();
        }
        if (attempt.fromDevice().isPresent()) {
            count(attempt.fromDevice().get(), limits.window);
            return;
        }
        count(attempt.account(), limits.window);
        count(attempt.fromAddress(), limits.window);
        count(attempt.pair(), limits.window);
    }

    /**
     * A correct password clears the failures it answers for: a known device's own, or else the
     * account's (the customer, on a new client, has proved the password) and this address's
     * against it. A known device's login leaves the account locked against everybody else.
     * Callers skip this when there was nothing to clear.
     */
    void succeeded(LoginAttempt attempt) {
        List<String> cleared = attempt.fromDevice().map(List::of).orElseGet(() -> List.of(attempt.account(), attempt.pair()));
        em.createNativeQuery("DELETE FROM auth_cognito_login_failure WHERE subject IN (?1, ?2)")
                .setParameter(1, cleared.get(0))
                .setParameter(2, cleared.get(cleared.size() - 1))
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

    private void count(String subject, Duration window) {
        em.createNativeQuery("""
                        INSERT INTO auth_cognito_login_failure AS f (subject, failures, window_start) VALUES (?1, 1, now())
                        ON CONFLICT (subject) DO UPDATE SET
                          failures = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) THEN 1 ELSE f.failures + 1 END,
                          window_start = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) THEN now() ELSE f.window_start END""")
                .setParameter(1, subject)
                .setParameter(2, window.toSeconds())
                .executeUpdate();
    }
}
