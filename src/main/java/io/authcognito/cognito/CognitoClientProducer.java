package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * One SDK client for the application. Time-outs are explicit so a login never hangs on an
 * unreachable Cognito; the SDK's standard retry mode backs off on throttling and 5xx answers.
 */
@ApplicationScoped
public class CognitoClientProducer {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    @ConfigProperties
    CognitoSettings settings;

    @Produces
    @ApplicationScoped
    CognitoIdentityProviderClient cognitoClient() {
        var builder = CognitoIdentityProviderClient.builder()
                .region(Region.of(settings.region))
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(settings.attemptTimeout))
                .overrideConfiguration(config -> config
                        .retryStrategy(RetryMode.STANDARD)
                        .apiCallAttemptTimeout(settings.attemptTimeout)
                        .apiCallTimeout(settings.callTimeout));
        settings.endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    void close(@Disposes CognitoIdentityProviderClient client) {
        client.close();
    }

    private AwsCredentialsProvider credentials() {
        if (settings.accessKeyId.isPresent() && settings.secretAccessKey.isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKeyId.get(), settings.secretAccessKey.get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
