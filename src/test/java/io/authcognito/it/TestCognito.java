package io.authcognito.it;

import static io.authcognito.local.LocalCognito.CLIENT_ID;
import static io.authcognito.local.LocalCognito.EMAIL_CLIENT_ID;
import static io.authcognito.local.LocalCognito.EMAIL_USER_POOL_ID;
import static io.authcognito.local.LocalCognito.ENDPOINT;
import static io.authcognito.local.LocalCognito.USER_POOL_ID;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** The Cognito emulator, asked directly, to check what the product left in the pool. */
final class TestCognito {

    private static final CognitoIdentityProviderClient COGNITO = CognitoIdentityProviderClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(ENDPOINT))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();

    private TestCognito() {
    }

    static boolean userExists(String username) {
        try {
            COGNITO.adminGetUser(request -> request.userPoolId(USER_POOL_ID).username(username));
            return true;
        } catch (UserNotFoundException e) {
            return false;
        }
    }

    static UserType user(String username) {
        var user = COGNITO.adminGetUser(request -> request.userPoolId(USER_POOL_ID).username(username));
        return UserType.builder().username(user.username()).attributes(user.userAttributes())
                .userStatus(user.userStatus()).build();
    }

    static String email(String username) {
        return COGNITO.adminGetUser(request -> request.userPoolId(USER_POOL_ID).username(username))
                .userAttributes().stream()
                .filter(attribute -> attribute.name().equals("email"))
                .findFirst().orElseThrow().value();
    }

    /** How many users of the pool have this email. */
    static long usersWithEmail(String email) {
        return COGNITO.listUsers(request -> request.userPoolId(USER_POOL_ID)).users().stream()
                .filter(user -> user.attributes().stream()
                        .anyMatch(a -> a.name().equals("email") && a.value().equalsIgnoreCase(email)))
                .count();
    }

    /**
     * A user of the shared email pool that another application of the business made (a forum,
     * say), with this email and a permanent password: never the store's.
     */
    static void createForeignUser(String email, String password) {
        COGNITO.adminCreateUser(request -> request.userPoolId(EMAIL_USER_POOL_ID).username(email)
                .messageAction(MessageActionType.SUPPRESS)
                .userAttributes(AttributeType.builder().name("email").value(email).build(),
                        AttributeType.builder().name("email_verified").value("true").build()));
        COGNITO.adminSetUserPassword(request -> request.userPoolId(EMAIL_USER_POOL_ID).username(email)
                .password(password).permanent(true));
    }

    /** Whether the shared email pool has a user with this email (the user name there). */
    static boolean emailPoolUserExists(String email) {
        try {
            COGNITO.adminGetUser(request -> request.userPoolId(EMAIL_USER_POOL_ID).username(email));
            return true;
        } catch (UserNotFoundException e) {
            return false;
        }
    }

    /** Whether the shared email pool accepts this password for the user with this email. */
    static boolean emailPoolAcceptsPassword(String email, String password) {
        try {
            return COGNITO.adminInitiateAuth(request -> request
                    .userPoolId(EMAIL_USER_POOL_ID)
                    .clientId(EMAIL_CLIENT_ID)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", email, "PASSWORD", password)))
                    .authenticationResult() != null;
        } catch (CognitoIdentityProviderException e) {
            return false;
        }
    }

    /** Whether Cognito itself accepts this password for this user. */
    static boolean acceptsPassword(String username, String password) {
        try {
            return COGNITO.adminInitiateAuth(request -> request
                    .userPoolId(USER_POOL_ID)
                    .clientId(CLIENT_ID)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", password)))
                    .authenticationResult() != null;
        } catch (CognitoIdentityProviderException e) {
            return false;
        }
    }
}
