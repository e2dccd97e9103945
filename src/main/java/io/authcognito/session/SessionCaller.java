package io.authcognito.session;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who is logged in on an HTTP session, the only credential a customer holds, and the session
 * generation it was made in (see {@link SessionGenerations}). It carries what
 * {@code /api/auth/me} answers, so a request on a session needs no database read.
 */
public record SessionCaller(String customerId, String email, Set<String> groups, long generation) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();

    public SessionCaller {
        groups = Set.copyOf(groups);
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

    SessionCaller inGeneration(long newGeneration) {
        return new SessionCaller(customerId, email, groups, newGeneration);
    }

    SessionCaller withEmail(String newEmail) {
        return new SessionCaller(customerId, newEmail, groups, generation);
    }
}
