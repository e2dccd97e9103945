package io.authcognito.identity;

import io.authcognito.customer.Customers;
import io.authcognito.legacy.LegacyPasswordHashes;
import io.authcognito.legacy.Verdict;
import io.authcognito.logging.LogMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Legacy hash checks, as many at once as the server can afford. A scrypt check at Medusa v2's
 * parameters holds 32 MiB and a core for its duration: unbounded, a burst of wrong passwords would
 * take the heap. A check that cannot start within a moment is a 503, not a queue.
 */
@ApplicationScoped
public class LegacyPasswordCheck {

    private static final Logger LOG = Logger.getLogger(LegacyPasswordCheck.class.getName());

    private static final long WAIT_MILLIS = 2_000;
    /** The decoy follows the store's hashes as customers migrate away from them. */
    private static final long DECOY_REFRESH_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final LegacyPasswordHashes hashes;
    private final Customers customers;
    private final int checksAtOnce;
    private final Semaphore permits;
    private volatile Optional<String> decoy;
    private volatile long decoyRead;

    @Inject
    public LegacyPasswordCheck(LegacyPasswordHashes hashes, Customers customers, @ConfigProperties LoginLimits limits) {
        this.hashes = hashes;
        this.customers = customers;
        this.checksAtOnce = limits == null ? 1 : limits.concurrentHashChecks();
        this.permits = new Semaphore(checksAtOnce, true);
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected LegacyPasswordCheck() {
        this(null, null, null);
    }

    Verdict verify(String password, String stored) {
        if (!permits.tryAcquire()) {
            awaitPermit();
        }
        try {
            return hashes.verify(password.toCharArray(), stored);
        } finally {
            permits.release();
        }
    }

    /**
     * Costs what checking one of the store's own legacy hashes costs, and matches nothing: for an
     * unknown email, so that its answer takes as long as a customer's wrong password.
     */
    void decoy(String password) {
        long now = System.nanoTime();
        if (decoy == null || now - decoyRead > DECOY_REFRESH_NANOS) {
            decoy = customers.sampleLegacyHash();
            decoyRead = now;
        }
        decoy.ifPresent(hash -> verify(password, hash));
    }

    private void awaitPermit() {
        try {
            if (!permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LogMessage.HASH_CHECKS_BUSY.log(LOG, checksAtOnce, WAIT_MILLIS);
                throw new HashChecksBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashChecksBusyException();
        }
    }
}
