package io.authcognito.identity;

import io.authcognito.customer.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Limits failed logins per account and per client address, counted in the database so that
 * every server sharing it enforces the same limit. Cognito locks out its own users, but a
 * legacy hash is checked here, so this is what stops guessing against it.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperties
    LoginLimits limits;

    /** What the counters say about one login attempt, read in one query before the password is checked. */
    public record Check(boolean blocked, boolean accountHasFailures, Duration window) {

        /** The refusal of a blocked login: the client may try again once the window has passed. */
        TooManyAttemptsException refusal() {
            return new TooManyAttemptsException(window);
        }
    }

    public Check check(String email, String address) {
        long accountFailures = 0;
        long addressFailures = 0;
        for (Object row : em.createNativeQuery("""
                        SELECT subject, failures FROM auth_cognito_login_failure
                        WHERE subject IN (?1, ?2) AND window_start > now() - make_interval(secs => ?3)""")
                .setParameter(1, account(email))
                .setParameter(2, address(address))
                .setParameter(3, limits.window.toSeconds())
                .getResultList()) {
            Object[] columns = (Object[]) row;
            long failures = ((Number) columns[1]).longValue();
            if (account(email).equals(columns[0])) {
                accountFailures = failures;
            } else {
                addressFailures = failures;
            }
        }
        return new Check(accountFailures >= limits.maxFailuresPerAccount || addressFailures >= limits.maxFailuresPerAddress,
                accountFailures > 0, limits.window);
    }

    public void failed(String email, String address) {
        count(account(email));
        count(address(address));
    }

    /** A successful login clears the account's count; callers skip this when there was none. */
    public void succeeded(String email) {
        em.createNativeQuery("DELETE FROM auth_cognito_login_failure WHERE subject = ?1")
                .setParameter(1, account(email))
                .executeUpdate();
    }

    private void count(String subject) {
        em.createNativeQuery("""
                        INSERT INTO auth_cognito_login_failure AS f (subject, failures, window_start) VALUES (?1, 1, now())
                        ON CONFLICT (subject) DO UPDATE SET
                          failures = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) THEN 1 ELSE f.failures + 1 END,
                          window_start = CASE WHEN f.window_start <= now() - make_interval(secs => ?2) THEN now() ELSE f.window_start END""")
                .setParameter(1, subject)
                .setParameter(2, limits.window.toSeconds())
                .executeUpdate();
    }

    private static String account(String email) {
        return "account:" + email.toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
