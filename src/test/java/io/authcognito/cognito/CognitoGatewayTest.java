package io.authcognito.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;

class CognitoGatewayTest {

    @Test
    void tokensAreASuccessfulCheck() {
        assertTrue(authenticating(request -> AdminInitiateAuthResponse.builder()
                .authenticationResult(AuthenticationResultType.builder().accessToken("t").build()).build()));
    }

    @Test
    void aChallengeIsNeverALogin() {
        for (ChallengeNameType challenge : new ChallengeNameType[] {
            ChallengeNameType.NEW_PASSWORD_REQUIRED, ChallengeNameType.SOFTWARE_TOKEN_MFA, ChallengeNameType.SMS_MFA}) {
            assertFalse(authenticating(request -> AdminInitiateAuthResponse.builder()
                    .challengeName(challenge).session("s").build()), challenge.toString());
        }
    }

    @Test
    void aWrongPasswordIsFalse() {
        assertFalse(authenticating(request -> {
            throw NotAuthorizedException.builder().message("Incorrect username or password.").build();
        }));
    }

    @Test
    void throttlingIsAnOutageNotAWrongPassword() {
        assertThrows(CognitoUnavailableException.class, () -> authenticating(request -> {
            throw TooManyRequestsException.builder().message("Rate exceeded").statusCode(429).build();
        }));
    }

    @Test
    void anUnreachableCognitoIsAnOutage() {
        assertThrows(CognitoUnavailableException.class, () -> authenticating(request -> {
            throw SdkClientException.create("Unable to execute HTTP request: connect timed out");
        }));
    }

    @Test
    void aRequiredResetIsReported() {
        assertThrows(MustResetPasswordException.class, () -> authenticating(request -> {
            throw PasswordResetRequiredException.builder().message("Password reset required").build();
        }));
    }

    @Test
    void thePolicyReasonReachesTheCaller() {
        var client = new StubCognito() {
            @Override
            public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request) {
                throw InvalidPasswordException.builder()
                        .awsErrorDetails(AwsErrorDetails.builder()
                                .errorMessage("Password did not conform with policy: Password must have uppercase characters")
                                .build())
                        .build();
            }
        };
        PasswordPolicyException rejected = assertThrows(PasswordPolicyException.class,
                () -> StubCognito.gateway(client, null).setPassword("cus_1", "lowercase-only"));
        assertTrue(rejected.getMessage().contains("uppercase"), rejected.getMessage());
    }

    @Test
    void aUserLeftByAnEarlierAttemptIsResumed() {
        var client = new StubCognito() {
            @Override
            public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
                throw UsernameExistsException.builder().message("User account already exists").build();
            }

            @Override
            public AdminGetUserResponse adminGetUser(AdminGetUserRequest request) {
                return AdminGetUserResponse.builder().username(request.username()).userStatus("FORCE_CHANGE_PASSWORD").build();
            }
        };
        assertEquals("cus_1", StubCognito.gateway(client, null).createUser("cus_1", "a@example.com"));
    }

    @Test
    void aNewUserHasAVerifiedEmailAndNoInvitation() {
        var client = new StubCognito() {
            @Override
            public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
                assertEquals("SUPPRESS", request.messageActionAsString());
                assertEquals(Map.of("email", "a@example.com", "email_verified", "true"), request.userAttributes().stream()
                        .collect(java.util.stream.Collectors.toMap(a -> a.name(), a -> a.value())));
                return AdminCreateUserResponse.builder().user(UserType.builder().username(request.username()).build()).build();
            }
        };
        assertEquals("cus_1", StubCognito.gateway(client, null).createUser("cus_1", "a@example.com"));
    }

    @Test
    void theSecretHashIsSentWhenTheClientHasASecret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal("cus_1unitclient".getBytes()));
        var client = new StubCognito() {
            @Override
            public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
                assertEquals(expected, request.authParameters().get("SECRET_HASH"));
                return AdminInitiateAuthResponse.builder()
                        .authenticationResult(AuthenticationResultType.builder().build()).build();
            }
        };
        assertTrue(StubCognito.gateway(client, "s3cret").passwordMatches("cus_1", "pw"));
    }

    private static boolean authenticating(java.util.function.Function<AdminInitiateAuthRequest, AdminInitiateAuthResponse> answer) {
        var client = new StubCognito() {
            @Override
            public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
                assertEquals("ADMIN_USER_PASSWORD_AUTH", request.authFlowAsString());
                return answer.apply(request);
            }
        };
        return StubCognito.gateway(client, null).passwordMatches("cus_1", "pw");
    }
}
