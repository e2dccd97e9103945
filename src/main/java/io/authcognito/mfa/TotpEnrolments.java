package io.authcognito.mfa;

import io.authcognito.cognito.TotpSetup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticator-app setups waiting for their first code, by customer. Cognito verifies that code
 * only with the access token of the setup's password check, so the token waits here: in this
 * server's memory and nowhere else (not in the session, which the shared store writes to the
 * database; not in a log), for {@link #WAIT} at most, and is dropped when the setup ends.
 */
@ApplicationScoped
class TotpEnrolments {

    /** Long enough to find the app and scan a QR code; far shorter than the token's own hour. */
    static final Duration WAIT = Duration.ofMinutes(10);

    private record Held(TotpSetup setup, long expiresAt) {
    }

    private final Map<String, Held> waiting = new ConcurrentHashMap<>();

    /** A new setup replaces the customer's previous one, as Cognito's new secret replaces the old. */
    void hold(String customerId, TotpSetup setup) {
        long now = System.currentTimeMillis();
        waiting.values().removeIf(held -> held.expiresAt() <= now);
        waiting.put(customerId, new Held(setup, now + WAIT.toMillis()));
    }

    Optional<TotpSetup> waiting(String customerId) {
        Held held = waiting.get(customerId);
        if (held == null || held.expiresAt() <= System.currentTimeMillis()) {
            waiting.remove(customerId);
            return Optional.empty();
        }
        return Optional.of(held.setup());
    }

    void drop(String customerId) {
        waiting.remove(customerId);
    }
}
