package io.authcognito.identity;

import io.authcognito.cognito.MfaChallenge;
import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * A login whose password was right and whose second factor is due: kept in the browser's HTTP
 * session (on the server, never in an answer), it gives no role. It ends when its code is given,
 * when it expires, or after {@link #MAX_WRONG_CODES} wrong codes.
 *
 * @param generation the customer's session generation when the password was checked, so that a
 *                   revocation meanwhile ends the session the code makes
 * @param expiresAt  when it expires, in epoch milliseconds
 */
public record PendingLogin(String customerId, String email, Set<String> roles, long generation,
                           MfaChallenge challenge, long expiresAt, int wrongCodes) implements Serializable {

    public static final String ATTRIBUTE = PendingLogin.class.getName();
    public static final int MAX_WRONG_CODES = 5;

    public PendingLogin {
        roles = Set.copyOf(roles);
    }

    PendingLogin(LoginSubjects.LoginSubject subject, MfaChallenge challenge) {
        this(subject.customer().id(), subject.customer().email(), subject.roles(), subject.generation(), challenge, 0, 0);
    }

    /** The same login, waiting from now for at most {@code timeout}. */
    public PendingLogin waitingFor(Duration timeout) {
        return new PendingLogin(customerId, email, roles, generation, challenge, System.currentTimeMillis() + timeout.toMillis(), 0);
    }

    public boolean expired() {
        return System.currentTimeMillis() >= expiresAt;
    }

    /** The same login after one more wrong code. */
    public PendingLogin afterWrongCode() {
        return new PendingLogin(customerId, email, roles, generation, challenge, expiresAt, wrongCodes + 1);
    }

    public boolean triesLeft() {
        return wrongCodes < MAX_WRONG_CODES;
    }

    CustomerPrincipal principal() {
        return new CustomerPrincipal(customerId, email, generation);
    }
}
