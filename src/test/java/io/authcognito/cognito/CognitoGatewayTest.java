package io.authcognito.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordHistoryPolicyViolationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminUpdateUserAttributesRequest;
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
    void aUserLeftByAnEarlierAttemptIsResumedWhenItAcceptsTheCustomersPassword() {
        var client = new StubCognito() {
            @Override
            public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
                throw UsernameExistsException.builder().message("User account already exists").build();
            }

            @Override
            public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
                assertEquals("the-customers-pw", request.authParameters().get("PASSWORD"));
                return AdminInitiateAuthResponse.builder().challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session("s").build();
            }

            @Override
            public AdminGetUserResponse adminGetUser(AdminGetUserRequest request) {
                return AdminGetUserResponse.builder().username(request.username()).userStatus("FORCE_CHANGE_PASSWORD").build();
            }
        };
        assertEquals(new CognitoUser("cus_1", false),
                StubCognito.gateway(client, null).createUser("cus_1", "a@example.com", Optional.of("the-customers-pw")));
    }

    @Test
    void onAnEmailPoolAUserThatRefusesTheCustomersPasswordIsSomeoneElses() {
        var client = new StubCognito() {
            @Override
            public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
                throw UsernameExistsException.builder().message("An account with the given email already exists.").build();
            }

            @Override
            public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
                throw NotAuthorizedException.builder().message("Incorrect username or password.").build();
            }
        };
        CognitoGateway gateway = StubCognito.gateway(client, null);
        gateway.settings.usernameAttribute = CognitoSettings.UsernameAttribute.email;
        assertThrows(EmailHeldInPoolException.class, () -> gateway.createUser("cus_1", "a@example.com", Optional.of("pw-1234")));
        assertThrows(EmailHeldInPoolException.class, () -> gateway.createUser("cus_1", "a@example.com", Optional.empty()));
    }

    @Test
    void onAPoolNamedByCustomerIdAUserOfThatNameIsTheCustomers() {
        var client = new StubCognito() {
            @Override
            public AdminCreateUserResponse adminCreateUser(AdminCreateUserRequest request) {
                throw UsernameExistsException.builder().message("User account already exists").build();
            }

            @Override
            public AdminGetUserResponse adminGetUser(AdminGetUserRequest request) {
                return AdminGetUserResponse.builder().username(request.username()).build();
            }
        };
        assertEquals(new CognitoUser("cus_1", false),
                StubCognito.gateway(client, null).createUser("cus_1", "a@example.com", Optional.empty()));
    }

    @Test
    void valuesCognitoCouldNeverAcceptAreRefusedWithoutARequest() {
        CognitoGateway gateway = StubCognito.gateway(new StubCognito() { }, null);
        assertThrows(PasswordPolicyException.class, () -> gateway.setPassword("cus_1", " leading-space"));
        assertThrows(PasswordPolicyException.class, () -> gateway.setPassword("cus_1", "trailing-space "));
        assertThrows(PasswordPolicyException.class, () -> gateway.setPassword("cus_1", "x".repeat(257)));
        assertThrows(InvalidResetCodeException.class, () -> gateway.confirmPasswordReset("cus_1", "123 456", "Good-pass-1"));
        assertThrows(PasswordPolicyException.class, () -> gateway.confirmPasswordReset("cus_1", "123456", "Good-pass-1 "));
        CognitoGateway emailPool = StubCognito.gateway(new StubCognito() { }, null);
        emailPool.settings.usernameAttribute = CognitoSettings.UsernameAttribute.email;
        assertThrows(EmailRefusedException.class,
                () -> emailPool.createUser("cus_1", "zero\u200bwidth@example.com", Optional.of("Good-pass-1")));
    }

    @Test
    void everyRefusalCognitoListsForAPasswordIsAnInvalidPassword() {
        for (RuntimeException refusal : new RuntimeException[] {
            PasswordHistoryPolicyViolationException.builder().message("Password was used recently").build(),
            InvalidParameterException.builder().message("1 validation error detected").build()}) {
            var client = new StubCognito() {
                @Override
                public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request) {
                    throw refusal;
                }
            };
            assertThrows(PasswordPolicyException.class, () -> StubCognito.gateway(client, null).setPassword("cus_1", "Good-pass-1"));
        }
    }

    @Test
    void aRecordedUserThatIsGoneIsNotAnOrdinaryFailure() {
        var client = new StubCognito() {
            @Override
            public AdminSetUserPasswordResponse adminSetUserPassword(AdminSetUserPasswordRequest request) {
                throw UserNotFoundException.builder().message("User does not exist.").build();
            }
        };
        assertThrows(CognitoUserMissingException.class, () -> StubCognito.gateway(client, null).setPassword("cus_1", "Good-pass-1"));
    }

    @Test
    void anEmailAnotherUserHoldsIsTaken() {
        var client = new StubCognito() {
            @Override
            public AdminUpdateUserAttributesResponse adminUpdateUserAttributes(AdminUpdateUserAttributesRequest request) {
                throw AliasExistsException.builder().message("An account with the given email already exists.").build();
            }
        };
        assertThrows(EmailHeldInPoolException.class, () -> StubCognito.gateway(client, null).changeEmail("cus_1", "b@example.com"));
    }

    @Test
    void aClientWithoutTheAdminFlowOrWithTheWrongSecretIsAMisconfiguration() {
        CognitoMisconfiguredException noFlow = assertThrows(CognitoMisconfiguredException.class, () -> authenticating(request -> {
            throw InvalidParameterException.builder().message("Auth flow not enabled for this client").build();
        }));
        assertTrue(noFlow.reason().contains("cognito.client-id"), noFlow.reason());
        CognitoMisconfiguredException wrongSecret = assertThrows(CognitoMisconfiguredException.class, () -> authenticating(request -> {
            throw NotAuthorizedException.builder().awsErrorDetails(AwsErrorDetails.builder()
                    .errorMessage("Unable to verify secret hash for client unitclient").build()).build();
        }));
        assertTrue(wrongSecret.reason().contains("cognito.client-secret"), wrongSecret.reason());
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
        assertEquals(new CognitoUser("cus_1", true),
                StubCognito.gateway(client, null).createUser("cus_1", "a@example.com", Optional.empty()));
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
        assertEquals(CognitoLogin.LOGGED_IN, StubCognito.gateway(client, "s3cret").logIn("cus_1", "pw", false));
    }

    private static boolean authenticating(java.util.function.Function<AdminInitiateAuthRequest, AdminInitiateAuthResponse> answer) {
        var client = new StubCognito() {
            @Override
            public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
                assertEquals("ADMIN_USER_PASSWORD_AUTH", request.authFlowAsString());
                return answer.apply(request);
            }
        };
        return StubCognito.gateway(client, null).logIn("cus_1", "pw", false).result() == CognitoLogin.Result.LOGGED_IN;
    }
}
