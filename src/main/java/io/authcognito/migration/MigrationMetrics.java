package io.authcognito.migration;

import io.authcognito.logging.LogMessage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The migration in MicroProfile Metrics: migrations by result ({@code auth_cognito_migrations_total})
 * and the customers still on a legacy hash and already migrated ({@code auth_cognito_customers}, by
 * {@code state}). Those two are counted in the database once a minute, whatever the scrapes, so a
 * Prometheus scraping every few seconds on every server costs the database nothing more.
 */
@ApplicationScoped
public class MigrationMetrics {

    private static final Logger LOG = Logger.getLogger(MigrationMetrics.class.getName());
    private static final long RECOUNT_MINUTES = 1;

    @Inject
    MetricRegistry registry;

    @Inject
    MigrationProgress progress;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile MigrationProgress.Counts counts;
    private ScheduledFuture<?> recount;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        registry.gauge("auth_cognito_customers", this, metrics -> metrics.count(false), new Tag("state", "legacy"));
        registry.gauge("auth_cognito_customers", this, metrics -> metrics.count(true), new Tag("state", "migrated"));
        recount = scheduler.scheduleAtFixedRate(this::recount, 0, RECOUNT_MINUTES, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (recount != null) {
            recount.cancel(false);
        }
    }

    void ended(MigrationResult result) {
        if (result != MigrationResult.HASH_REPLACED) {
            registry.counter("auth_cognito_migrations", new Tag("result", result.label())).inc();
        }
    }

    /** NaN until the first count, and while the database cannot be read the last count stands. */
    private double count(boolean migrated) {
        MigrationProgress.Counts last = counts;
        if (last == null) {
            return Double.NaN;
        }
        return migrated ? last.migrated() : last.legacy();
    }

    private void recount() {
        try {
            counts = progress.counts();
        } catch (RuntimeException e) {
            LogMessage.CUSTOMER_COUNT_FAILED.log(LOG, e.getClass().getSimpleName());
        }
    }
}
