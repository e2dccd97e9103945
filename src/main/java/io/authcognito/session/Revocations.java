package io.authcognito.session;

import io.authcognito.customer.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Where sessions are revoked, on every server at once. Two kinds of revocation:
 * <ul>
 * <li>all sessions of a customer: each customer has a session generation in the database, a
 * session remembers the generation it was made in and is valid only while that is current;</li>
 * <li>one login, at logout: its id is recorded as ended until no session of it can be alive.</li>
 * </ul>
 * Both are announced with PostgreSQL {@code NOTIFY}, which every server's {@link RevocationListener}
 * hears, so checking a session costs two map lookups, not a query. This is what lets servers serve
 * a shared session from their own memory: a copy another server has revoked is refused anyway.
 * While the listener is not connected nothing is trusted from memory and every check reads the database.
 */
@ApplicationScoped
public class Revocations {

    static final String CHANNEL = "auth_cognito_sessions";
    private static final String ENDED = "ended:";

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperties
    SessionSettings settings;

    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    /** Ended logins as heard, with when they were heard. */
    private final Map<String, Long> endedLogins = new ConcurrentHashMap<>();
    /** The newest announcement this server's listener has heard back from PostgreSQL, per subject. */
    private final Map<String, Long> heard = new ConcurrentHashMap<>();
    private volatile boolean listening;

    /**
     * Whether a session has been revoked: its customer's sessions all, or its own login. A session
     * newer than what this server has heard (restamped on another server a moment ago) is not
     * revoked: it raises what this server knows instead.
     */
    public boolean revoked(SessionCaller caller) {
        long current = currentGeneration(caller.customerId());
        if (caller.generation() > current && listening) {
            generations.merge(caller.customerId(), caller.generation(), Math::max);
        }
        return caller.generation() < current || ended(caller.loginId());
    }

    /** The generation a new login is stamped with: the database's, not what this server may not have heard yet. */
    public long generationForLogin(String customerId) {
        return loadGeneration(customerId);
    }

    private long currentGeneration(String customerId) {
        if (!listening) {
            return loadGeneration(customerId);
        }
        Long known = generations.get(customerId);
        if (known != null) {
            return known;
        }
        long loaded = loadGeneration(customerId);
        generations.merge(customerId, loaded, Math::max);
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
        // this server's own memory learns it like every other server's, from the announcement,
        // which PostgreSQL delivers only if this transaction commits
        announce(generation + ":" + customerId);
        return generation;
    }

    /** Ends the sessions of one login, on every server. */
    @Transactional
    public void endLogin(String loginId) {
        em.createNativeQuery("INSERT INTO auth_cognito_ended_login (login_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, loginId)
                .executeUpdate();
        announce(ENDED + loginId);
    }

    /** The subject an announcement of a login's end is awaited under, see {@link #awaitAnnounced}. */
    static String endedSubject(String loginId) {
        return ENDED + loginId;
    }

    /**
     * Waits until this server's listener has heard an announcement (a customer's {@code generation},
     * or 1 for an ended login) back from PostgreSQL, which by then has handed it to every listening
     * server. Call it after the revocation committed, so that it is answered only once it holds everywhere.
     */
    public void awaitAnnounced(String subject, long value, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (heard) {
            try {
                while (listening && heard.getOrDefault(subject, 0L) < value) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        return;
                    }
                    heard.wait(left);
                }
            } finally {
                if (subject.startsWith(ENDED)) {
                    heard.remove(subject); // one logout, one waiter: nothing to keep
                }
            }
        }
    }

    /** An announcement the listener heard: {@code generation:customerId} or {@code ended:loginId}; anything else is ignored. */
    void heard(String payload) {
        String subject;
        long value;
        int colon = payload.indexOf(':');
        if (colon <= 0) {
            return;
        }
        if (payload.startsWith(ENDED)) {
            endedLogins.put(payload.substring(ENDED.length()), System.currentTimeMillis());
            subject = payload;
            value = 1;
        } else {
            subject = payload.substring(colon + 1);
            try {
                value = Long.parseLong(payload.substring(0, colon));
            } catch (NumberFormatException notOurs) {
                return;
            }
            generations.merge(subject, value, Math::max);
        }
        synchronized (heard) {
            heard.merge(subject, value, Math::max);
            heard.notifyAll();
        }
    }

    /**
     * The listener hears every revocation from now on (or has stopped hearing them): what was kept
     * before may have missed some, so the generations are read again as needed and the ended
     * logins all at once.
     */
    void listening(boolean listening) {
        if (!listening) {
            this.listening = false; // first: from now on every check reads the database
        }
        generations.clear();
        endedLogins.clear();
        if (listening) {
            for (Object loginId : em.createNativeQuery("SELECT login_id FROM auth_cognito_ended_login").getResultList()) {
                endedLogins.put((String) loginId, System.currentTimeMillis());
            }
        }
        this.listening = listening;
        synchronized (heard) {
            heard.clear();
            heard.notifyAll();
        }
    }

    /** An ended login outlives its sessions by at most their lifetime; after that it is forgotten. */
    @Transactional
    void forgetExpiredLogins() {
        long cutoff = System.currentTimeMillis() - settings.maxLifetime.toMillis();
        endedLogins.values().removeIf(endedAt -> endedAt < cutoff);
        em.createNativeQuery("DELETE FROM auth_cognito_ended_login WHERE ended_at < now() - make_interval(secs => ?1)")
                .setParameter(1, settings.maxLifetime.toSeconds())
                .executeUpdate();
    }

    private boolean ended(String loginId) {
        if (listening) {
            return endedLogins.containsKey(loginId);
        }
        return !em.createNativeQuery("SELECT 1 FROM auth_cognito_ended_login WHERE login_id = ?1")
                .setParameter(1, loginId)
                .getResultList().isEmpty();
    }

    private void announce(String payload) {
        em.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, payload)
                .getSingleResult();
    }

    private long loadGeneration(String customerId) {
        for (Object generation : em.createNativeQuery(
                        "SELECT generation FROM auth_cognito_session_generation WHERE customer_id = ?1")
                .setParameter(1, customerId)
                .getResultList()) {
            return ((Number) generation).longValue();
        }
        return 0;
    }
}
