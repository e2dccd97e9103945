package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How Cognito's logins have been going lately: how long the recent {@code AdminInitiateAuth}
 * calls took, and whether the last one failed to reach Cognito. A failure the product decides
 * alone (an unknown email, a wrong legacy password) imitates that instead of sending a request,
 * so it spends none of the pool's quota and still looks like any other wrong password.
 */
@ApplicationScoped
public class LoginTimings {

    private static final int KEPT = 64;
    /** Before any call was timed: about what one takes in the same Region. */
    private static final long FIRST_GUESS_NANOS = TimeUnit.MILLISECONDS.toNanos(60);
    /** An outage is believed this long after the last call that met it, unless a call succeeds first. */
    private static final long OUTAGE_BELIEVED_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final AtomicLongArray durations = new AtomicLongArray(KEPT);
    private volatile int recorded;
    private volatile long lastOutage = Long.MIN_VALUE;
    private volatile long lastAnswer = Long.MIN_VALUE;

    void answered(long startedNanos) {
        long now = System.nanoTime();
        int slot = recorded++ % KEPT; // a lost update under a race only keeps an older sample
        durations.set(Math.floorMod(slot, KEPT), now - startedNanos);
        lastAnswer = now;
    }

    void unreachable() {
        lastOutage = System.nanoTime();
    }

    /**
     * Takes as long as a recent login's round trip, drawn from the recent ones.
     *
     * @throws CognitoUnavailableException while the latest call could not reach Cognito, as a real one would
     */
    public void imitateLogin() {
        long now = System.nanoTime();
        if (lastOutage - lastAnswer > 0 && now - lastOutage < OUTAGE_BELIEVED_NANOS) {
            throw new CognitoUnavailableException(new IllegalStateException("Cognito unreachable at the last login"));
        }
        int samples = Math.min(recorded, KEPT);
        long wait = samples == 0 ? FIRST_GUESS_NANOS : durations.get(ThreadLocalRandom.current().nextInt(samples));
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
