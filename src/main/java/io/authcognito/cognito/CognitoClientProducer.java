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
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * One SDK client for the application. Time-outs are explicit so a login never hangs on an
 * unreachable Cognito; the SDK's standard retry mode retries 5xx answers and, briefly, throttling.
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
                        .retryStrategy(retries())
                        .apiCallAttemptTimeout(settings.attemptTimeout)
                        .apiCallTimeout(settings.callTimeout));
        settings.endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * The SDK's standard retries, except that a throttled request is retried after a short
     * jittered wait (at most a few hundred milliseconds in all), not the SDK's long backoff: a
     * login waits little, and a migration that stays throttled is left to the next login.
     */
    static RetryStrategy retries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(50), Duration.ofMillis(200)))
                .build();
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
