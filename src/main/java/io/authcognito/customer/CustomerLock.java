package io.authcognito.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One customer, one change at a time, on every server: migration, password change, reset,
 * email change and deletion of a customer each run holding a PostgreSQL advisory lock on the
 * customer until their transaction ends, and read what they decide on after taking it.
 */
@ApplicationScoped
public class CustomerLock {

    /** The first key of the two-key advisory locks: customers; the second is the id's hash. */
    private static final int CUSTOMERS = 0x41434300;
    /** Longer than any one change takes (its Cognito calls time out sooner); a waiter past it is a 503, not a queue. */
    private static final String LOCK_TIMEOUT = "10s";

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    /** Runs the change in a transaction (the caller's, if there is one) that holds the customer's lock. */
    @Transactional
    public <T> T during(String customerId, Supplier<T> change) {
        em.createNativeQuery("SELECT set_config('lock_timeout', ?1, true)")
                .setParameter(1, LOCK_TIMEOUT)
                .getSingleResult();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, CUSTOMERS)
                .setParameter(2, customerId)
                .getSingleResult();
        return change.get();
    }

    @Transactional
    public void during(String customerId, Runnable change) {
        during(customerId, () -> {
            change.run();
            return null;
        });
    }
}
