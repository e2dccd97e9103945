package io.authcognito.session;

import io.authcognito.customer.Database;
import io.authcognito.identity.SessionGenerations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
 * Each server acknowledges, on the same channel, every revocation it has applied, and the revoking
 * request answers once every listening server has: from then on no server serves a revoked copy.
 * While the listener is not connected nothing is trusted from memory and every check reads the database.
 */
@ApplicationScoped
public class Revocations implements SessionGenerations {

    static final String CHANNEL = "auth_cognito_sessions";
    /** The listener's connection names itself so, which lets a revoker count the servers that must acknowledge. */
    static final String LISTENER_NAME = "auth-cognito-revocations";
    private static final String ENDED = "ended:";
    private static final String APPLIED = "applied:";
    private static final long ACKNOWLEDGEMENTS_KEPT_MILLIS = 60_000;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperties
    SessionSettings settings;

    @Inject
    SessionMetrics metrics;

    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    /** Ended logins as heard, with when they were heard. */
    private final Map<String, Long> endedLogins = new ConcurrentHashMap<>();
    /** Which servers have applied an announcement, by announcement; guarded by itself. */
    private final Map<String, Acknowledgements> acknowledgements = new HashMap<>();
    private final String serverId = UUID.randomUUID().toString();
    private volatile boolean listening;

    private record Acknowledgements(long firstHeard, Set<String> servers) {
    }

    @PostConstruct
    void watched() {
        metrics.watch(this);
    }

    boolean isListening() {
        return listening;
    }

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
    @Override
    public long current(String customerId) {
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
        announce(generationAnnouncement(customerId, generation));
        metrics.revoked(SessionMetrics.CUSTOMER);
        return generation;
    }

    /** Ends the sessions of one login, on every server. */
    @Transactional
    public void endLogin(String loginId) {
        em.createNativeQuery("INSERT INTO auth_cognito_ended_login (login_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, loginId)
                .executeUpdate();
        announce(endedAnnouncement(loginId));
        metrics.revoked(SessionMetrics.LOGIN);
    }

    static String generationAnnouncement(String customerId, long generation) {
        return generation + ":" + customerId;
    }

    static String endedAnnouncement(String loginId) {
        return ENDED + loginId;
    }

    /**
     * Waits until as many servers as were listening (see {@link #listeningServers}) have applied an
     * announcement. Call it after the revocation committed, so that it is answered only once it
     * holds everywhere; a server that does not acknowledge in time (its link to the database
     * broken) is not waited for longer.
     */
    void awaitApplied(String announcement, long servers, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (acknowledgements) {
            try {
                while (listening && acknowledgedBy(announcement) < servers) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        return;
                    }
                    acknowledgements.wait(left);
                }
            } finally {
                acknowledgements.remove(announcement);
            }
        }
    }

    private int acknowledgedBy(String announcement) {
        Acknowledgements heard = acknowledgements.get(announcement);
        return heard == null ? 0 : heard.servers().size();
    }

    /** The servers listening now, each of which is to acknowledge a revocation announced from now on. */
    long listeningServers() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?1 AND datname = current_database()")
                .setParameter(1, LISTENER_NAME)
                .getSingleResult()).longValue();
    }

    /**
     * An announcement the listener heard: {@code generation:customerId}, {@code ended:loginId}, or a
     * server's {@code applied:serverId:announcement}; anything else is ignored.
     *
     * @return what this server says on the channel once it has applied a revocation, if it was one
     */
    Optional<String> heard(String payload) {
        if (payload.startsWith(APPLIED)) {
            acknowledged(payload.substring(APPLIED.length()));
            return Optional.empty();
        }
        int colon = payload.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        if (payload.startsWith(ENDED)) {
            endedLogins.put(payload.substring(ENDED.length()), System.currentTimeMillis());
        } else {
            try {
                generations.merge(payload.substring(colon + 1), Long.parseLong(payload.substring(0, colon)), Math::max);
            } catch (NumberFormatException notOurs) {
                return Optional.empty();
            }
        }
        return Optional.of(APPLIED + serverId + ":" + payload);
    }

    private void acknowledged(String serverAndAnnouncement) {
        int colon = serverAndAnnouncement.indexOf(':');
        if (colon <= 0) {
            return;
        }
        synchronized (acknowledgements) {
            acknowledgements.computeIfAbsent(serverAndAnnouncement.substring(colon + 1),
                            announcement -> new Acknowledgements(System.currentTimeMillis(), new HashSet<>()))
                    .servers().add(serverAndAnnouncement.substring(0, colon));
            acknowledgements.notifyAll();
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
        synchronized (acknowledgements) {
            acknowledgements.clear();
            acknowledgements.notifyAll();
        }
    }

    /**
     * An ended login outlives its sessions by at most their lifetime; after that it is forgotten.
     * So are acknowledgements nobody waited for (revocations made on other servers).
     */
    @Transactional
    void forgetExpiredLogins() {
        long cutoff = System.currentTimeMillis() - settings.maxLifetime.toMillis();
        endedLogins.values().removeIf(endedAt -> endedAt < cutoff);
        long acknowledgementCutoff = System.currentTimeMillis() - ACKNOWLEDGEMENTS_KEPT_MILLIS;
        synchronized (acknowledgements) {
            acknowledgements.values().removeIf(heard -> heard.firstHeard() < acknowledgementCutoff);
        }
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
