package io.authcognito.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.*;

/**
 * The two-factor calls against every error AWS's API reference lists for each of them: each has
 * an answer of the contract, and none reaches a client as a 500 (an SDK exception) or lets a
 * password alone log in.
 */
class SecondFactorGatewayTest {

    private static final MfaChallenge ADMIN_CHALLENGE = new MfaChallenge(MfaChallenge.Flow.ADMIN, "cus_1", "cognito-session-1");
    private static final MfaChallenge CLIENT_CHALLENGE = new MfaChallenge(MfaChallenge.Flow.CLIENT, "cus_1", "cognito-session-2");
    private static final TotpSetup SETUP = new TotpSetup("SECRET", "access-token");

    /** A Cognito whose two-factor calls answer as each test sets. */
    private static final class TwoFactorCognito extends StubCognito {

        Supplier<AdminInitiateAuthResponse> adminLogin = () -> AdminInitiateAuthResponse.builder()
                .authenticationResult(AuthenticationResultType.builder().accessToken("access-token").build()).build();
        Supplier<InitiateAuthResponse> clientLogin = () -> InitiateAuthResponse.builder()
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session("cognito-session-2").build();
        Supplier<AuthenticationResultType> challengeAnswer = () -> AuthenticationResultType.builder().accessToken("access-token").build();
        Supplier<String> secret = () -> "SECRET";
        Supplier<VerifySoftwareTokenResponseType> verification = () -> VerifySoftwareTokenResponseType.SUCCESS;
        Runnable preference = () -> { };
        final List<Object> requests = new ArrayList<>();

        @Override
        public AdminInitiateAuthResponse adminInitiateAuth(AdminInitiateAuthRequest request) {
            requests.add(request);
            return adminLogin.get();
        }

        @Override
        public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
            requests.add(request);
            return clientLogin.get();
        }

        @Override
        public AdminRespondToAuthChallengeResponse adminRespondToAuthChallenge(AdminRespondToAuthChallengeRequest request) {
            requests.add(request);
            return AdminRespondToAuthChallengeResponse.builder().authenticationResult(challengeAnswer.get()).build();
        }

        @Override
        public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request) {
            requests.add(request);
            return RespondToAuthChallengeResponse.builder().authenticationResult(challengeAnswer.get()).build();
        }

        @Override
        public AssociateSoftwareTokenResponse associateSoftwareToken(AssociateSoftwareTokenRequest request) {
            requests.add(request);
            return AssociateSoftwareTokenResponse.builder().secretCode(secret.get()).build();
        }

        @Override
        public VerifySoftwareTokenResponse verifySoftwareToken(VerifySoftwareTokenRequest request) {
            requests.add(request);
            return VerifySoftwareTokenResponse.builder().status(verification.get()).build();
        }

        @Override
        public SetUserMfaPreferenceResponse setUserMFAPreference(SetUserMfaPreferenceRequest request) {
            requests.add(request);
            preference.run();
            return SetUserMfaPreferenceResponse.builder().build();
        }

        @Override
        public AdminSetUserMfaPreferenceResponse adminSetUserMFAPreference(AdminSetUserMfaPreferenceRequest request) {
            requests.add(request);
            preference.run();
            return AdminSetUserMfaPreferenceResponse.builder().build();
        }

        CognitoGateway gateway() {
            return StubCognito.gateway(this, null);
        }
    }

    @Test
    void theAdminFlowsChallengeIsASecondFactorDue() {
        var cognito = new TwoFactorCognito();
        cognito.adminLogin = () -> AdminInitiateAuthResponse.builder()
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session("cognito-session-1").build();

        CognitoLogin login = cognito.gateway().logIn("cus_1", "pw", false);

        assertEquals(CognitoLogin.Result.SECOND_FACTOR_DUE, login.result(), "also when the product thought it off");
        assertEquals(ADMIN_CHALLENGE, login.challenge().orElseThrow());
        assertEquals(CognitoGateway.CodeAnswer.ACCEPTED, cognito.gateway().answer(ADMIN_CHALLENGE, "123456"));
        AdminRespondToAuthChallengeRequest answer = (AdminRespondToAuthChallengeRequest) cognito.requests.get(1);
        assertEquals(Map.of("USERNAME", "cus_1", "SOFTWARE_TOKEN_MFA_CODE", "123456"), answer.challengeResponses());
        assertEquals("cognito-session-1", answer.session());
    }

    @Test
    void tokensWithoutAChallengeForACustomerWithTotpOnAskTheClientFlow() {
        var cognito = new TwoFactorCognito();

        CognitoLogin login = cognito.gateway().logIn("cus_1", "pw", true);

        assertEquals(CLIENT_CHALLENGE, login.challenge().orElseThrow());
        assertEquals(AuthFlowType.USER_PASSWORD_AUTH, ((InitiateAuthRequest) cognito.requests.get(1)).authFlow());
        assertEquals(CognitoGateway.CodeAnswer.ACCEPTED, cognito.gateway().answer(CLIENT_CHALLENGE, "123456"));
        assertInstanceOf(RespondToAuthChallengeRequest.class, cognito.requests.get(2));
    }

    @Test
    void aCognitoThatChallengesInNeitherFlowNeverLetsAPasswordAloneIn() {
        var cognito = new TwoFactorCognito();
        cognito.clientLogin = () -> InitiateAuthResponse.builder()
                .authenticationResult(AuthenticationResultType.builder().accessToken("t").build()).build();

        assertThrows(CognitoMisconfiguredException.class, () -> cognito.gateway().logIn("cus_1", "pw", true));
    }

    @Test
    void aCodeThatCannotBeOneCostsNoRequest() {
        var cognito = new TwoFactorCognito();
        for (String notACode : List.of("12345", "1234567", "12345a", "")) {
            assertEquals(CognitoGateway.CodeAnswer.WRONG, cognito.gateway().answer(ADMIN_CHALLENGE, notACode));
            assertThrows(MfaCodeRefusedException.class, () -> cognito.gateway().verifyTotp(SETUP, notACode));
        }
        assertTrue(cognito.requests.isEmpty());
    }

    static Stream<Arguments> initiateAuthErrors() {
        return Stream.of(
                Arguments.of(NotAuthorizedException.builder().message("Incorrect username or password.").build(), "REFUSED"),
                Arguments.of(UserNotFoundException.builder().build(), "REFUSED"),
                Arguments.of(UserNotConfirmedException.builder().build(), "REFUSED"),
                Arguments.of(UserLambdaValidationException.builder().build(), "REFUSED"),
                Arguments.of(PasswordResetRequiredException.builder().build(), MustResetPasswordException.class),
                Arguments.of(InvalidParameterException.builder().message("USER_PASSWORD_AUTH flow not enabled for this client").build(),
                        CognitoMisconfiguredException.class),
                Arguments.of(software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(ForbiddenException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(InvalidUserPoolConfigurationException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(ResourceNotFoundException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(InvalidSmsRoleAccessPolicyException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(InvalidSmsRoleTrustRelationshipException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(InvalidEmailRoleAccessPolicyException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(TooManyRequestsException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(InternalErrorException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(UnexpectedLambdaException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(InvalidLambdaResponseException.builder().build(), CognitoUnavailableException.class));
    }

    @ParameterizedTest
    @MethodSource("initiateAuthErrors")
    void everyInitiateAuthErrorHasAnAnswer(CognitoIdentityProviderException error, Object expected) {
        var cognito = new TwoFactorCognito();
        cognito.clientLogin = () -> {
            throw error;
        };
        expect(expected, () -> cognito.gateway().logIn("cus_1", "pw", true).result().name());
    }

    static Stream<Arguments> respondToAuthChallengeErrors() {
        return Stream.of(
                Arguments.of(CodeMismatchException.builder().build(), "WRONG"),
                Arguments.of(ExpiredCodeException.builder().build(), "WRONG"),
                Arguments.of(NotAuthorizedException.builder().message("Invalid session for the user, session is expired.").build(), "EXPIRED"),
                Arguments.of(UserLambdaValidationException.builder().build(), "EXPIRED"),
                Arguments.of(AliasExistsException.builder().build(), "EXPIRED"),
                Arguments.of(InvalidParameterException.builder().build(), "EXPIRED"),
                Arguments.of(InvalidPasswordException.builder().build(), "EXPIRED"),
                Arguments.of(PasswordHistoryPolicyViolationException.builder().build(), "EXPIRED"),
                Arguments.of(MfaMethodNotFoundException.builder().build(), "EXPIRED"),
                Arguments.of(SoftwareTokenMfaNotFoundException.builder().build(), "EXPIRED"),
                Arguments.of(UserNotConfirmedException.builder().build(), "EXPIRED"),
                Arguments.of(UserNotFoundException.builder().build(), "EXPIRED"),
                Arguments.of(InvalidSmsRoleAccessPolicyException.builder().build(), "EXPIRED"),
                Arguments.of(InvalidSmsRoleTrustRelationshipException.builder().build(), "EXPIRED"),
                Arguments.of(InvalidEmailRoleAccessPolicyException.builder().build(), "EXPIRED"),
                Arguments.of(PasswordResetRequiredException.builder().build(), MustResetPasswordException.class),
                Arguments.of(ForbiddenException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(InvalidUserPoolConfigurationException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(ResourceNotFoundException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(TooManyRequestsException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(InternalErrorException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(UnexpectedLambdaException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(InvalidLambdaResponseException.builder().build(), CognitoUnavailableException.class));
    }

    /** The admin and the app client's answer to a challenge list the same errors (the client's adds Forbidden). */
    @ParameterizedTest
    @MethodSource("respondToAuthChallengeErrors")
    void everyRespondToAuthChallengeErrorHasAnAnswer(CognitoIdentityProviderException error, Object expected) {
        for (MfaChallenge challenge : List.of(ADMIN_CHALLENGE, CLIENT_CHALLENGE)) {
            var cognito = new TwoFactorCognito();
            cognito.challengeAnswer = () -> {
                throw error;
            };
            expect(expected, () -> cognito.gateway().answer(challenge, "123456").name());
            if (expected instanceof String answer) {
                // turning it off with such a code is refused as a code, with nothing changed
                assertThrows(MfaCodeRefusedException.class, () -> cognito.gateway().turnOffTotp(challenge, "123456"), answer);
                assertTrue(cognito.requests.stream().noneMatch(SetUserMfaPreferenceRequest.class::isInstance));
            }
        }
    }

    static Stream<Arguments> associateSoftwareTokenErrors() {
        return Stream.of(
                Arguments.of(ConcurrentModificationException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(InvalidParameterException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(NotAuthorizedException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(SoftwareTokenMfaNotFoundException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(InternalErrorException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(ForbiddenException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(ResourceNotFoundException.builder().build(), CognitoMisconfiguredException.class));
    }

    @ParameterizedTest
    @MethodSource("associateSoftwareTokenErrors")
    void everyAssociateSoftwareTokenErrorHasAnAnswer(CognitoIdentityProviderException error, Class<?> expected) {
        var cognito = new TwoFactorCognito();
        cognito.secret = () -> {
            throw error;
        };
        expect(expected, () -> cognito.gateway().associateTotp("cus_1", "pw").toString());
    }

    @Test
    void associatingWithAPasswordThatIsNotALoginGivesNothing() {
        var cognito = new TwoFactorCognito();
        cognito.adminLogin = () -> AdminInitiateAuthResponse.builder()
                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA).session("s").build();
        assertTrue(cognito.gateway().associateTotp("cus_1", "pw").isEmpty(), "a second factor already on");
        cognito.adminLogin = () -> {
            throw NotAuthorizedException.builder().message("Incorrect username or password.").build();
        };
        assertTrue(cognito.gateway().associateTotp("cus_1", "pw").isEmpty(), "a wrong password");
    }

    static Stream<Arguments> verifySoftwareTokenErrors() {
        return Stream.of(
                Arguments.of(CodeMismatchException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(EnableSoftwareTokenMfaException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(InvalidParameterException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(NotAuthorizedException.builder().message("Access Token has expired").build(), MfaCodeRefusedException.class),
                Arguments.of(SoftwareTokenMfaNotFoundException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(UserNotConfirmedException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(UserNotFoundException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(PasswordResetRequiredException.builder().build(), MustResetPasswordException.class),
                Arguments.of(ForbiddenException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(InvalidUserPoolConfigurationException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(ResourceNotFoundException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(TooManyRequestsException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(InternalErrorException.builder().build(), CognitoUnavailableException.class));
    }

    @ParameterizedTest
    @MethodSource("verifySoftwareTokenErrors")
    void everyVerifySoftwareTokenErrorHasAnAnswer(CognitoIdentityProviderException error, Class<?> expected) {
        var cognito = new TwoFactorCognito();
        cognito.verification = () -> {
            throw error;
        };
        expect(expected, () -> {
            cognito.gateway().verifyTotp(SETUP, "123456");
            return "verified";
        });
        assertTrue(cognito.requests.stream().noneMatch(SetUserMfaPreferenceRequest.class::isInstance), "nothing was turned on");
    }

    @Test
    void aVerificationCognitoCallsAnErrorIsAWrongCode() {
        var cognito = new TwoFactorCognito();
        cognito.verification = () -> VerifySoftwareTokenResponseType.ERROR;
        assertThrows(MfaCodeRefusedException.class, () -> cognito.gateway().verifyTotp(SETUP, "123456"));
    }

    @Test
    void aVerifiedAppBecomesThePreferredFactor() {
        var cognito = new TwoFactorCognito();
        cognito.gateway().verifyTotp(SETUP, "123456");
        SetUserMfaPreferenceRequest preference = (SetUserMfaPreferenceRequest) cognito.requests.get(1);
        assertEquals("access-token", preference.accessToken());
        assertEquals(SoftwareTokenMfaSettingsType.builder().enabled(true).preferredMfa(true).build(), preference.softwareTokenMfaSettings());
    }

    static Stream<Arguments> setUserMfaPreferenceErrors() {
        return Stream.of(
                Arguments.of(InvalidParameterException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(NotAuthorizedException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(UserNotConfirmedException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(UserNotFoundException.builder().build(), MfaCodeRefusedException.class),
                Arguments.of(PasswordResetRequiredException.builder().build(), MustResetPasswordException.class),
                Arguments.of(ForbiddenException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(ResourceNotFoundException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(InternalErrorException.builder().build(), CognitoUnavailableException.class));
    }

    @ParameterizedTest
    @MethodSource("setUserMfaPreferenceErrors")
    void everySetUserMfaPreferenceErrorHasAnAnswer(CognitoIdentityProviderException error, Class<?> expected) {
        var cognito = new TwoFactorCognito();
        cognito.preference = () -> {
            throw error;
        };
        expect(expected, () -> {
            cognito.gateway().verifyTotp(SETUP, "123456");
            return "on";
        });
        expect(expected, () -> {
            cognito.gateway().turnOffTotp(ADMIN_CHALLENGE, "123456");
            return "off";
        });
    }

    static Stream<Arguments> adminSetUserMfaPreferenceErrors() {
        return Stream.of(
                Arguments.of(UserNotFoundException.builder().build(), "done"),
                Arguments.of(UserNotConfirmedException.builder().build(), "done"),
                Arguments.of(InvalidParameterException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(NotAuthorizedException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(PasswordResetRequiredException.builder().build(), CognitoUnavailableException.class),
                Arguments.of(ResourceNotFoundException.builder().build(), CognitoMisconfiguredException.class),
                Arguments.of(InternalErrorException.builder().build(), CognitoUnavailableException.class));
    }

    @ParameterizedTest
    @MethodSource("adminSetUserMfaPreferenceErrors")
    void everyAdminSetUserMfaPreferenceErrorHasAnAnswer(CognitoIdentityProviderException error, Object expected) {
        var cognito = new TwoFactorCognito();
        cognito.preference = () -> {
            throw error;
        };
        expect(expected, () -> {
            cognito.gateway().resetTotp("cus_1");
            return "done";
        });
    }

    /** {@code expected} is either what the call returns or the class of what it throws. */
    private static void expect(Object expected, Supplier<String> call) {
        if (expected instanceof Class<?> thrown) {
            RuntimeException refusal = assertThrows(RuntimeException.class, call::get);
            assertInstanceOf(thrown, refusal, refusal.toString());
            assertTrue(refusal.getClass().getPackageName().startsWith("io.authcognito"), "not an SDK exception: " + refusal);
        } else {
            assertEquals(expected, call.get());
        }
    }
}
