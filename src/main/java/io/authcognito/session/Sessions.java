package io.authcognito.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Ending sessions: this one, a customer's others, or all of a customer's. */
@ApplicationScoped
public class Sessions {

    @Inject
    SessionGenerations generations;

    /** Every session of the customer ends, on every server. */
    public void endAll(String customerId) {
        generations.revokeAll(customerId);
    }

    /** Every other session of the request's customer ends; the request's own session lives on. */
    public void endOthers(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SessionCaller caller = SessionCaller.of(session).orElseThrow();
        long generation = generations.revokeAll(caller.customerId());
        session.setAttribute(SessionCaller.ATTRIBUTE, caller.inGeneration(generation));
    }

    public void endThis(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
