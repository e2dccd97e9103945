package io.authcognito.session;

import io.authcognito.customer.AfterTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;

/** Ending sessions: this one, a customer's others, or all of a customer's, on every server. */
@ApplicationScoped
public class Sessions {

    private static final Duration ANNOUNCEMENT_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    Revocations revocations;

    @Inject
    AfterTransaction afterTransaction;

    /** Every session of the customer ends, on every server. */
    public void endAll(String customerId) {
        awaitEverywhere(Revocations.generationAnnouncement(customerId, revocations.revokeAll(customerId)));
    }

    /** Every other session of the request's customer ends, on every server; the request's own session lives on. */
    public void endOthers(HttpServletRequest request) {
        endOthersKeeping(request, SessionCaller.of(request.getSession(false)).orElseThrow());
    }

    /** The customer's email changed: this session shows the new one, and no other session shows the old. */
    public void emailChanged(HttpServletRequest request, String newEmail) {
        endOthersKeeping(request, SessionCaller.of(request.getSession(false)).orElseThrow().withEmail(newEmail));
    }

    private void endOthersKeeping(HttpServletRequest request, SessionCaller caller) {
        long generation = revocations.revokeAll(caller.customerId());
        restamp(request, caller.inGeneration(generation));
        awaitEverywhere(Revocations.generationAnnouncement(caller.customerId(), generation));
    }

    /** This session ends, on every server that holds a copy of it. */
    public void endThis(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Optional<SessionCaller> caller = SessionCaller.of(session);
        if (caller.isPresent()) {
            revocations.endLogin(caller.get().loginId());
            awaitEverywhere(Revocations.endedAnnouncement(caller.get().loginId()));
        }
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * The session carries a changed caller under a new id: a server still holding the old copy is
     * never asked for it again, and refuses it if it is (its generation is out of date).
     */
    private static void restamp(HttpServletRequest request, SessionCaller caller) {
        try {
            request.changeSessionId();
            caller.storeIn(request.getSession(false));
        } catch (IllegalStateException | NullPointerException endedMeanwhile) {
            // a parallel request of this session saw the revocation first and ended the session
            throw new NotAuthenticatedException();
        }
    }

    /**
     * The revocation is answered only once every server has applied it; inside a larger
     * transaction, whose commit is what announces it, once that has committed.
     */
    private void awaitEverywhere(String announcement) {
        long servers = revocations.listeningServers();
        if (afterTransaction.active()) {
            afterTransaction.onCommit(() -> awaitApplied(announcement, servers));
        } else {
            awaitApplied(announcement, servers);
        }
    }

    private void awaitApplied(String announcement, long servers) {
        try {
            revocations.awaitApplied(announcement, servers, ANNOUNCEMENT_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
