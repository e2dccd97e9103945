package io.authcognito.session;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is logged in on an HTTP session, the only credential a customer holds: what
 * {@code /api/auth/me} answers, so a request on a session needs no database read, and what
 * {@link Revocations} checks it against (the session generation it was made in, the login it
 * belongs to). It ends at {@code expiresAt} whatever its use, on every server, because the
 * server that made it fixed the deadline. Small and immutable: the session store writes it once
 * per login, not once per request.
 */
public record SessionCaller(String customerId, String email, Set<String> groups, long generation,
                            String loginId, long expiresAt) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();

    public SessionCaller {
        groups = Set.copyOf(groups);
    }

    static SessionCaller loggedIn(String customerId, String email, Set<String> groups, long generation, Duration lifetime) {
        return new SessionCaller(customerId, email, groups, generation, UUID.randomUUID().toString(),
                System.currentTimeMillis() + lifetime.toMillis());
    }

    public static Optional<SessionCaller> of(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((SessionCaller) session.getAttribute(ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    boolean expired() {
        return System.currentTimeMillis() >= expiresAt;
    }

    /** Puts this caller in the session and writes the session to the shared store at once, for every server to see. */
    void storeIn(HttpSession session) {
        SharedSessionStore.put(session, ATTRIBUTE, this);
    }

    SessionCaller inGeneration(long newGeneration) {
        return new SessionCaller(customerId, email, groups, newGeneration, loginId, expiresAt);
    }

    SessionCaller withEmail(String newEmail) {
        return new SessionCaller(customerId, newEmail, groups, generation, loginId, expiresAt);
    }
}
