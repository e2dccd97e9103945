package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Cognito requests in MicroProfile Metrics: each one timed by operation and outcome
 * ({@code auth_cognito_cognito_call_seconds}, a histogram), and the throttled ones counted apart
 * ({@code auth_cognito_cognito_throttled_total}) so an operator sees the quota coming. Labels hold
 * operation names and Cognito's error names only, never a user.
 */
@ApplicationScoped
public class CognitoMetrics {

    static final String OK = "ok";
    /** No answer came: a time-out, a refused connection. */
    static final String UNREACHABLE = "unreachable";

    @Inject
    MetricRegistry registry;

    void called(String operation, String outcome, Duration took) {
        registry.timer("auth_cognito_cognito_call", new Tag("operation", operation), new Tag("outcome", outcome))
                .update(took);
    }

    void throttled(String operation) {
        registry.counter("auth_cognito_cognito_throttled", new Tag("operation", operation)).inc();
    }
}
