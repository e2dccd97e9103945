package io.authcognito.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Revocations in MicroProfile Metrics: how many were made here, by kind
 * ({@code auth_cognito_session_revocations_total}: {@code customer} for all of a customer's
 * sessions, {@code login} for a logout), and whether this server's revocation listener is
 * connected ({@code auth_cognito_revocation_listener_up}, 1 or 0; at 0 every session check reads
 * the database).
 */
@ApplicationScoped
public class SessionMetrics {

    static final String CUSTOMER = "customer";
    static final String LOGIN = "login";

    @Inject
    MetricRegistry registry;

    void revoked(String kind) {
        registry.counter("auth_cognito_session_revocations", new Tag("kind", kind)).inc();
    }

    void watch(Revocations revocations) {
        registry.gauge("auth_cognito_revocation_listener_up", revocations, watched -> watched.isListening() ? 1 : 0);
    }
}
