package io.authcognito.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;

/** Ending sessions: this one, a customer's others, or all of a customer's. */
@ApplicationScoped
public class Sessions {

    private static final Duration ANNOUNCEMENT_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    SessionGenerations generations;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Every session of the customer ends, on every server. */
    public void endAll(String customerId) {
        awaitEverywhere(customerId, generations.revokeAll(customerId));
    }

    /** Every other session of the request's customer ends, on every server; the request's own session lives on. */
    public void endOthers(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SessionCaller caller = SessionCaller.of(session).orElseThrow();
        long generation = generations.revokeAll(caller.customerId());
        session.setAttribute(SessionCaller.ATTRIBUTE, caller.inGeneration(generation));
        awaitEverywhere(caller.customerId(), generation);
    }

    /**
     * Inside a larger transaction the announcement goes out when that commits; on its own, the
     * revocation is answered only once every server has been told.
     */
    private void awaitEverywhere(String customerId, long generation) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return;
        }
        try {
            generations.awaitAnnounced(customerId, generation, ANNOUNCEMENT_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The customer's email changed: this session shows the new one, and no other session shows the old. */
    public void emailChanged(HttpServletRequest request, String newEmail) {
        HttpSession session = request.getSession(false);
        session.setAttribute(SessionCaller.ATTRIBUTE, SessionCaller.of(session).orElseThrow().withEmail(newEmail));
        endOthers(request);
    }

    public void endThis(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
