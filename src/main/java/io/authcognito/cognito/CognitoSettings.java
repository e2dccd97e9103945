package io.authcognito.cognito;

import jakarta.enterprise.context.Dependent;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pool this product talks to, {@code cognito.*}. Required keys have no default, so MicroProfile
 * Config refuses to start the application with a message naming any key that is missing.
 */
@Dependent
@ConfigProperties(prefix = "cognito")
public class CognitoSettings {

    String region;

    @ConfigProperty(name = "user-pool-id")
    String userPoolId;

    @ConfigProperty(name = "client-id")
    String clientId;

    @ConfigProperty(name = "client-secret")
    Optional<String> clientSecret;

    @ConfigProperty(name = "username-attribute", defaultValue = "none")
    UsernameAttribute usernameAttribute;

    Optional<URI> endpoint;

    @ConfigProperty(name = "access-key-id")
    Optional<String> accessKeyId;

    @ConfigProperty(name = "secret-access-key")
    Optional<String> secretAccessKey;

    /** How long one attempt of a Cognito call may take before the SDK retries it. */
    @ConfigProperty(name = "attempt-timeout", defaultValue = "PT3S")
    Duration attemptTimeout;

    /** How long a Cognito call may take, retries included: a login never waits longer on Cognito. */
    @ConfigProperty(name = "call-timeout", defaultValue = "PT6S")
    Duration callTimeout;

    /** How the pool names its users: by a user name of our choosing, or by email. */
    public enum UsernameAttribute {
        none, email
    }

    /** The app client's secret; an empty value (a blank environment variable) means none. */
    Optional<String> clientSecret() {
        return clientSecret.filter(secret -> !secret.isBlank());
    }

    boolean signsInByEmail() {
        return usernameAttribute == UsernameAttribute.email;
    }
}
