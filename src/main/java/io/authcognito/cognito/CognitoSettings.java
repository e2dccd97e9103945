package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pool this product talks to. Required keys are plain injection points, so MicroProfile
 * Config refuses to start the application with a message naming any key that is missing.
 */
@ApplicationScoped
public class CognitoSettings {

    @Inject
    @ConfigProperty(name = "cognito.region")
    String region;

    @Inject
    @ConfigProperty(name = "cognito.user-pool-id")
    String userPoolId;

    @Inject
    @ConfigProperty(name = "cognito.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "cognito.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "cognito.username-attribute", defaultValue = "none")
    UsernameAttribute usernameAttribute;

    @Inject
    @ConfigProperty(name = "cognito.endpoint")
    Optional<URI> endpoint;

    @Inject
    @ConfigProperty(name = "cognito.access-key-id")
    Optional<String> accessKeyId;

    @Inject
    @ConfigProperty(name = "cognito.secret-access-key")
    Optional<String> secretAccessKey;

    /** How long one attempt of a Cognito call may take before the SDK retries it. */
    @Inject
    @ConfigProperty(name = "cognito.attempt-timeout", defaultValue = "PT3S")
    Duration attemptTimeout;

    /** How long a Cognito call may take, retries included: a login never waits longer on Cognito. */
    @Inject
    @ConfigProperty(name = "cognito.call-timeout", defaultValue = "PT6S")
    Duration callTimeout;

    /** How the pool names its users: by a user name of our choosing, or by email. */
    public enum UsernameAttribute {
        none, email
    }

    public String region() {
        return region;
    }

    public String userPoolId() {
        return userPoolId;
    }

    public String clientId() {
        return clientId;
    }

    public Optional<String> clientSecret() {
        return clientSecret.filter(secret -> !secret.isBlank());
    }

    public boolean signsInByEmail() {
        return usernameAttribute == UsernameAttribute.email;
    }

    public Optional<URI> endpoint() {
        return endpoint;
    }

    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    public Optional<String> accessKeyId() {
        return accessKeyId;
    }

    public Optional<String> secretAccessKey() {
        return secretAccessKey;
    }
}
