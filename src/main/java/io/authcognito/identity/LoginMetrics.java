package io.authcognito.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Password checks by outcome, in MicroProfile Metrics ({@code auth_cognito_logins_total}): logins,
 * and the password a customer gives again before a sensitive change. The only label is the outcome.
 */
@ApplicationScoped
public class LoginMetrics {

    @Inject
    MetricRegistry registry;

    void ended(LoginOutcome outcome) {
        registry.counter("auth_cognito_logins", new Tag("outcome", outcome.label())).inc();
    }
}
