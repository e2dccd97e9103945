package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * What this server has spent of its share of each quota in the last second, as token buckets
 * refilled at the quota's rate. Every request Cognito is sent is spent here; only work that can
 * wait (a migration, which the next login finishes; a reset code sent in the background) asks
 * first whether there is room, so the store's logins and the customers' own changes keep the quota.
 */
@ApplicationScoped
public class QuotaBudget {

    private final Map<QuotaCategory, Bucket> buckets = new EnumMap<>(QuotaCategory.class);
    private final Semaphore migrations;
    private final Duration migrationWait;

    @Inject
    public QuotaBudget(@ConfigProperties CognitoQuotas quotas) {
        for (QuotaCategory category : QuotaCategory.values()) {
            buckets.put(category, new Bucket(quotas == null ? 1 : quotas.of(category)));
        }
        migrations = new Semaphore(quotas == null ? 1 : quotas.migrationsAtOnce);
        migrationWait = quotas == null ? Duration.ZERO : quotas.migrationWait;
    }

    /** How long a login waits for the migration it started. */
    public Duration migrationWait() {
        return migrationWait;
    }

    /** A place for one more migration under way, if there is one; give it back with {@link #migrationDone}. */
    public boolean startMigration() {
        return migrations.tryAcquire();
    }

    public void migrationDone() {
        migrations.release();
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected QuotaBudget() {
        this(null);
    }

    /** A request was sent: it counts against the quota, whether or not its work could have waited. */
    void spent(QuotaCategory category) {
        buckets.get(category).take();
    }

    /** Whether work that can wait may send a request of this category now. */
    public boolean hasRoom(QuotaCategory category) {
        return buckets.get(category).available() >= 1;
    }

    /** Waits, at most {@code timeout}, until work that can wait may send a request of this category. */
    public boolean awaitRoom(QuotaCategory category, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!hasRoom(category)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** A bucket of at most one second's requests, refilled continuously. */
    private static final class Bucket {

        private final double perSecond;
        private double tokens;
        private long refilled = System.nanoTime();

        Bucket(double perSecond) {
            this.perSecond = perSecond;
            this.tokens = perSecond;
        }

        /** Takes one request, even into debt (at most a second's worth), which work that can wait then waits out. */
        synchronized void take() {
            tokens = Math.max(available() - 1, -perSecond);
        }

        synchronized double available() {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilled) / 1e9 * perSecond);
            refilled = now;
            return tokens;
        }
    }
}
