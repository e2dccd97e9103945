package io.authcognito.cognito;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * A Cognito client for unit tests that raises what real Cognito raises, where the emulator
 * cannot (policy rejections, challenges, throttling). Each test overrides the calls it needs;
 * every other call fails, as the SDK interface's defaults do.
 */
abstract class StubCognito implements CognitoIdentityProviderClient {

    final List<String> calls = new ArrayList<>();

    @Override
    public String serviceName() {
        return "cognito-idp";
    }

    @Override
    public void close() {
    }

    static CognitoGateway gateway(CognitoIdentityProviderClient client, String clientSecret) {
        CognitoSettings settings = new CognitoSettings();
        settings.region = "us-east-1";
        settings.userPoolId = "us-east-1_unit";
        settings.clientId = "unitclient";
        settings.clientSecret = java.util.Optional.ofNullable(clientSecret);
        settings.usernameAttribute = CognitoSettings.UsernameAttribute.none;
        CognitoGateway gateway = new CognitoGateway();
        gateway.cognito = client;
        gateway.settings = settings;
        gateway.timings = new LoginTimings();
        gateway.budget = new QuotaBudget(null);
        gateway.metrics = new CognitoMetrics() {
            @Override
            void called(String operation, String outcome, java.time.Duration took) {
            }

            @Override
            void throttled(String operation) {
            }
        };
        return gateway;
    }
}
