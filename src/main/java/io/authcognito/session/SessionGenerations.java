package io.authcognito.session;

import io.authcognito.customer.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Where sessions are revoked. Each customer has a session generation in the database; a session
 * remembers the generation it was made in and is valid only while that is still the current one.
 * Revoking bumps the generation and announces it with PostgreSQL {@code NOTIFY}, which every
 * server's {@link RevocationListener} hears, so checking a session costs a map lookup, not a
 * query. While the listener is not connected nothing is cached and every check reads the database.
 */
@ApplicationScoped
public class SessionGenerations {

    static final String CHANNEL = "auth_cognito_sessions";

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    private final Map<String, Long> cache = new ConcurrentHashMap<>();
    /** The newest generation the listener has heard back from PostgreSQL, per customer. */
    private final Map<String, Long> heard = new ConcurrentHashMap<>();
    private volatile boolean listening;

    public long current(String customerId) {
        if (!listening) {
            return load(customerId);
        }
        Long known = cache.get(customerId);
        if (known != null) {
            return known;
        }
        long loaded = load(customerId);
        cache.merge(customerId, loaded, Math::max);
        return loaded;
    }

    /** Ends every session of the customer, on every server; returns the new generation. */
    @Transactional
    public long revokeAll(String customerId) {
        long generation = ((Number) em.createNativeQuery("""
                        INSERT INTO auth_cognito_session_generation AS g (customer_id, generation) VALUES (?1, 1)
                        ON CONFLICT (customer_id) DO UPDATE SET generation = g.generation + 1
                        RETURNING generation""")
                .setParameter(1, customerId)
                .getSingleResult()).longValue();
        em.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, generation + ":" + customerId)
                .getSingleResult();
        announced(customerId, generation);
        return generation;
    }

    /**
     * Waits until this server's listener has heard the announcement of {@code generation} back from
     * PostgreSQL, which by then has handed it to every listening server. Call it after the
     * revocation committed, so that a revocation is answered only once it holds everywhere.
     */
    public void awaitAnnounced(String customerId, long generation, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (heard) {
            while (listening && heard.getOrDefault(customerId, 0L) < generation) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                heard.wait(left);
            }
        }
    }

    void announced(String customerId, long generation) {
        cache.merge(customerId, generation, Math::max);
    }

    void heard(String customerId, long generation) {
        announced(customerId, generation);
        synchronized (heard) {
            heard.merge(customerId, generation, Math::max);
            heard.notifyAll();
        }
    }

    /** The listener hears every revocation from now on; what was cached before may have missed some. */
    void listening(boolean listening) {
        cache.clear();
        this.listening = listening;
        synchronized (heard) {
            heard.clear();
            heard.notifyAll();
        }
    }

    private long load(String customerId) {
        for (Object generation : em.createNativeQuery(
                        "SELECT generation FROM auth_cognito_session_generation WHERE customer_id = ?1")
                .setParameter(1, customerId)
                .getResultList()) {
            return ((Number) generation).longValue();
        }
        return 0;
    }

}
