package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Cognito requests by operation, and the throttled ones, in MicroProfile Metrics
 * ({@code /metrics}: {@code cognito_requests_total}, {@code cognito_throttled_total}). Labels
 * hold operation names only, never a user.
 */
@ApplicationScoped
public class CognitoMetrics {

    @Inject
    MetricRegistry registry;

    void requested(String operation) {
        registry.counter("cognito.requests", new Tag("operation", operation)).inc();
    }

    void throttled(String operation) {
        registry.counter("cognito.throttled", new Tag("operation", operation)).inc();
    }
}
