package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How Cognito's logins have been going lately: how long the recent {@code AdminInitiateAuth}
 * calls took, and whether the latest one could not reach Cognito. {@link CognitoGateway#imitateFailedLogin}
 * reads it to answer as a real wrong password would without asking Cognito.
 */
@ApplicationScoped
class LoginTimings {

    private static final int KEPT = 64;
    /** Before any call was timed: about what one takes in the same Region. */
    private static final long FIRST_GUESS_NANOS = TimeUnit.MILLISECONDS.toNanos(60);
    /** While an outage is believed, Cognito is asked again at most this often. */
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final AtomicLongArray durations = new AtomicLongArray(KEPT);
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong lastRecheck = new AtomicLong(System.nanoTime() - RECHECK_NANOS);
    /** Whether the latest call met an outage: set by it, cleared by the next one answered. */
    private volatile boolean outage;

    void answered(long startedNanos) {
        long now = System.nanoTime();
        durations.set((int) (recorded.getAndIncrement() % KEPT), now - startedNanos);
        outage = false;
    }

    void unreachable() {
        outage = true;
    }

    /** The latest call met an outage and none has been answered since. */
    boolean outageBelieved() {
        return outage;
    }

    /** Whether this caller is the one to ask Cognito again whether the outage is over. */
    boolean claimRecheck() {
        long last = lastRecheck.get();
        long now = System.nanoTime();
        return now - last > RECHECK_NANOS && lastRecheck.compareAndSet(last, now);
    }

    /** Waits as long as one of the recent logins took. */
    void waitLikeALogin() {
        int samples = (int) Math.min(recorded.get(), KEPT);
        long wait = samples == 0 ? FIRST_GUESS_NANOS : durations.get(ThreadLocalRandom.current().nextInt(samples));
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
