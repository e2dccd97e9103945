package io.authcognito.health;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the user pool answers a login as it answers a stranger's: reachable, and
 * configured as Cognito expects (pool, app client, its admin flow and secret, credentials). A
 * misconfiguration is DOWN with a message naming the setting, not a server whose logins all fail.
 */
@Readiness
@ApplicationScoped
public class CognitoReadiness implements HealthCheck {

    @Inject
    CognitoGateway cognito;

    @Override
    public HealthCheckResponse call() {
        try {
            cognito.checkReady();
            return HealthCheckResponse.up("cognito");
        } catch (CognitoUnavailableException e) {
            return HealthCheckResponse.named("cognito").down().withData("error", e.reason()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("cognito").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
