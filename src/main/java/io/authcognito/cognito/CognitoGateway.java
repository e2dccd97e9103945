package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForbiddenException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidUserPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaSettingsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordHistoryPolicyViolationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The one class that talks to Cognito. It speaks in the product's terms (a password matches,
 * a user exists) and turns every answer Cognito's API reference lists into one of them: every way
 * Cognito can be out of reach into {@link CognitoUnavailableException}, so no caller mistakes an
 * outage for a wrong password; a refused password, code or email into the contract's refusal.
 * Values Cognito could never accept ({@link CognitoShapes}) are refused before any request.
 */
@ApplicationScoped
public class CognitoGateway {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SECOND_FACTOR_SETTING = "the pool's MFA (optional, with authenticator apps) and, for a Cognito"
            + " whose admin flow asks for no second factor, an app client that allows ALLOW_USER_PASSWORD_AUTH";
    private static final String SETUP_OVER = "The two-factor setup is over: start it again.";

    @Inject
    CognitoIdentityProviderClient cognito;

    @Inject
    @ConfigProperties
    CognitoSettings settings;

    @Inject
    LoginTimings timings;

    @Inject
    QuotaBudget budget;

    @Inject
    CognitoMetrics metrics;

    /**
     * Logs in with one {@code AdminInitiateAuth}. Only an {@code AuthenticationResult} is a login,
     * and its tokens are dropped; a {@code SOFTWARE_TOKEN_MFA} challenge is a login that waits for
     * the code; any other challenge (a new password) is no login at all.
     *
     * @param totpOn whether the product has turned two-factor login on for this user: then tokens
     *               without a challenge are never a login. A Cognito whose admin flow raises no
     *               challenge (cognito-local) is asked through the app client's flow instead, and
     *               one that challenges in neither is misconfigured.
     */
    public CognitoLogin logIn(String username, String password, boolean totpOn) {
        AdminInitiateAuthResponse answer = authenticate(username, password);
        if (answer == null) {
            return CognitoLogin.REFUSED;
        }
        if (answer.challengeName() == ChallengeNameType.SOFTWARE_TOKEN_MFA) {
            return CognitoLogin.secondFactorDue(new MfaChallenge(MfaChallenge.Flow.ADMIN, username, answer.session()));
        }
        if (answer.authenticationResult() == null) {
            return CognitoLogin.REFUSED;
        }
        return totpOn ? clientFlowChallenge(username, password) : CognitoLogin.LOGGED_IN;
    }

    /**
     * Costs what a wrong password's {@code AdminInitiateAuth} costs, without sending one: it takes
     * as long as one of the recent ones, and while Cognito is out of reach it fails as they do
     * (asking Cognito again now and then whether the outage is over). For a failure the product
     * decides alone, an unknown email or a wrong legacy password: it spends none of the pool's
     * quota and still looks like any other wrong password.
     */
    public void imitateFailedLogin() {
        if (timings.outageBelieved()) {
            if (!timings.claimRecheck()) {
                throw new CognitoUnavailableException(new IllegalStateException("Cognito was out of reach at the last login"));
            }
            authenticate("nobody-" + UUID.randomUUID(), unguessablePassword());
            return;
        }
        timings.waitLikeALogin();
    }

    /**
     * Whether Cognito accepts this password for the user at all, as a login or by challenging
     * it further (a new password, a second factor): proof that whoever gave it owns the user.
     */
    public boolean passwordAccepted(String username, String password) {
        try {
            AdminInitiateAuthResponse answer = authenticate(username, password);
            return answer != null && (answer.authenticationResult() != null || answer.challengeName() != null);
        } catch (MustResetPasswordException e) {
            return false;
        }
    }

    /** The answer to a login, or null for a wrong password or an unknown user. */
    private AdminInitiateAuthResponse authenticate(String username, String password) {
        Map<String, String> parameters = passwordParameters(username, password);
        long started = System.nanoTime();
        try {
            AdminInitiateAuthResponse answer = call("AdminInitiateAuth", () -> cognito.adminInitiateAuth(request -> request
                    .userPoolId(settings.userPoolId)
                    .clientId(settings.clientId)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(parameters)));
            timings.answered(started);
            return answer;
        } catch (CognitoUnavailableException e) {
            timings.unreachable();
            throw e;
        } catch (PoolRefusedException e) {
            // a pre-authentication trigger refused this login: a refusal like a wrong password
            timings.answered(started);
            return null;
        } catch (PasswordResetRequiredException e) {
            timings.answered(started);
            throw new MustResetPasswordException();
        } catch (NotAuthorizedException e) {
            if (mentions(e, "secret hash")) {
                timings.unreachable();
                throw new CognitoMisconfiguredException("cognito.client-secret: the app client's secret", e);
            }
            timings.answered(started);
            return null;
        } catch (InvalidParameterException | UnsupportedOperationException e) {
            // the only parameters Cognito checks here are the client's: the admin flow is not enabled for it
            timings.unreachable();
            throw new CognitoMisconfiguredException("cognito.client-id: an app client that allows ALLOW_ADMIN_USER_PASSWORD_AUTH", e);
        } catch (UserNotFoundException | UserNotConfirmedException | InvalidPasswordException e) {
            // InvalidPasswordException: the emulator's answer to a wrong password
            timings.answered(started);
            return null;
        }
    }

    /** The app client's own password flow, for a user whose second factor the admin flow did not ask for. */
    private CognitoLogin clientFlowChallenge(String username, String password) {
        try {
            InitiateAuthResponse answer = call("InitiateAuth", () -> cognito.initiateAuth(request -> request
                    .clientId(settings.clientId)
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(passwordParameters(username, password))));
            if (answer.challengeName() == ChallengeNameType.SOFTWARE_TOKEN_MFA) {
                return CognitoLogin.secondFactorDue(new MfaChallenge(MfaChallenge.Flow.CLIENT, username, answer.session()));
            }
            if (answer.challengeName() != null) {
                return CognitoLogin.REFUSED;
            }
            throw new CognitoMisconfiguredException(SECOND_FACTOR_SETTING, new IllegalStateException("no SOFTWARE_TOKEN_MFA challenge"));
        } catch (NotAuthorizedException e) {
            if (mentions(e, "secret hash")) {
                throw new CognitoMisconfiguredException("cognito.client-secret: the app client's secret", e);
            }
            return CognitoLogin.REFUSED;
        } catch (InvalidParameterException | UnsupportedOperationException e) {
            throw new CognitoMisconfiguredException(SECOND_FACTOR_SETTING, e);
        } catch (PasswordResetRequiredException e) {
            throw new MustResetPasswordException();
        } catch (PoolRefusedException | UserNotFoundException | UserNotConfirmedException | InvalidPasswordException e) {
            return CognitoLogin.REFUSED;
        } catch (CognitoIdentityProviderException e) {
            // the SMS or email roles of a pool that sends codes itself: nothing a customer can change
            throw new CognitoMisconfiguredException("the pool's sign-in configuration", e);
        }
    }

    /** Whether Cognito takes this code for the challenge: a wrong one may be tried again, an expired challenge may not. */
    public enum CodeAnswer { ACCEPTED, WRONG, EXPIRED }

    /** Answers the challenge with a code from the authenticator app; the tokens of a success are dropped. */
    public CodeAnswer answer(MfaChallenge challenge, String code) {
        try {
            return respond(challenge, code).isPresent() ? CodeAnswer.ACCEPTED : CodeAnswer.WRONG;
        } catch (ChallengeOverException e) {
            return CodeAnswer.EXPIRED;
        }
    }

    /**
     * Turns two-factor login off, proved by the challenge of the user's password and a code: the
     * access token of that login is used for {@code SetUserMFAPreference} and dropped.
     *
     * @throws MfaCodeRefusedException the code is wrong, or the challenge is over
     */
    public void turnOffTotp(MfaChallenge challenge, String code) {
        try {
            String accessToken = respond(challenge, code).orElseThrow(MfaCodeRefusedException::new).accessToken();
            setTotpPreference(accessToken, false);
        } catch (ChallengeOverException e) {
            throw new MfaCodeRefusedException("The code came too late: give the password and a new code again.");
        }
    }

    /**
     * The answer to a second-factor challenge: the tokens, or empty for a wrong code.
     *
     * @throws ChallengeOverException Cognito no longer takes codes for this challenge
     */
    private Optional<AuthenticationResultType> respond(MfaChallenge challenge, String code) {
        if (!CognitoShapes.canBeTotpCode(code)) {
            return Optional.empty();
        }
        Map<String, String> answers = new HashMap<>();
        answers.put("USERNAME", challenge.username());
        answers.put("SOFTWARE_TOKEN_MFA_CODE", code);
        secretHash(challenge.username()).ifPresent(hash -> answers.put("SECRET_HASH", hash));
        try {
            AuthenticationResultType tokens = challenge.flow() == MfaChallenge.Flow.ADMIN
                    ? call("AdminRespondToAuthChallenge", () -> cognito.adminRespondToAuthChallenge(request -> request
                            .userPoolId(settings.userPoolId)
                            .clientId(settings.clientId)
                            .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
                            .challengeResponses(answers)
                            .session(challenge.session()))).authenticationResult()
                    : call("RespondToAuthChallenge", () -> cognito.respondToAuthChallenge(request -> request
                            .clientId(settings.clientId)
                            .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
                            .challengeResponses(answers)
                            .session(challenge.session()))).authenticationResult();
            if (tokens == null) {
                // a further challenge: not a login, and nothing a code can answer
                throw new ChallengeOverException();
            }
            return Optional.of(tokens);
        } catch (CodeMismatchException | ExpiredCodeException e) {
            // ExpiredCodeException: a code already used once
            return Optional.empty();
        } catch (NotAuthorizedException e) {
            if (mentions(e, "secret hash")) {
                throw new CognitoMisconfiguredException("cognito.client-secret: the app client's secret", e);
            }
            // "Invalid session for the user": the challenge session expired
            throw new ChallengeOverException();
        } catch (PasswordResetRequiredException e) {
            throw new MustResetPasswordException();
        } catch (PoolRefusedException | CognitoIdentityProviderException e) {
            // the user, its second factor or its session is gone (turned off, deleted, expired): the customer starts again
            throw new ChallengeOverException();
        }
    }

    /** Cognito takes no more codes for a challenge. */
    private static final class ChallengeOverException extends RuntimeException {

        ChallengeOverException() {
            super(null, null, false, false);
        }
    }

    /**
     * Begins setting up an authenticator app: the password proves the user (one
     * {@code AdminInitiateAuth}) and Cognito makes a secret ({@code AssociateSoftwareToken}).
     *
     * @return empty when Cognito does not log the user in with this password alone (a wrong
     *         password, or a second factor already on)
     */
    public Optional<TotpSetup> associateTotp(String username, String password) {
        AdminInitiateAuthResponse answer = authenticate(username, password);
        if (answer == null || answer.authenticationResult() == null) {
            return Optional.empty();
        }
        String accessToken = answer.authenticationResult().accessToken();
        try {
            String secret = call("AssociateSoftwareToken", () -> cognito.associateSoftwareToken(request -> request
                    .accessToken(accessToken))).secretCode();
            return Optional.of(new TotpSetup(secret, accessToken));
        } catch (PoolRefusedException | CognitoIdentityProviderException e) {
            // NotAuthorized (the token was revoked at once), SoftwareTokenMFANotFound, ConcurrentModification,
            // InvalidParameter: Cognito made no secret, and the customer may simply try again
            throw new CognitoUnavailableException("AssociateSoftwareToken refused: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Finishes setting up the authenticator app with a first code from it, and makes it the
     * user's preferred second factor: from now on Cognito asks for a code at every login.
     *
     * @throws MfaCodeRefusedException the code is wrong, or the setup is over (the token expired or was revoked)
     */
    public void verifyTotp(TotpSetup setup, String code) {
        if (!CognitoShapes.canBeTotpCode(code)) {
            throw new MfaCodeRefusedException();
        }
        VerifySoftwareTokenResponse verified;
        try {
            verified = call("VerifySoftwareToken", () -> cognito.verifySoftwareToken(request -> request
                    .accessToken(setup.accessToken())
                    .userCode(code)));
        } catch (PasswordResetRequiredException e) {
            throw new MustResetPasswordException();
        } catch (CodeMismatchException | EnableSoftwareTokenMfaException e) {
            throw new MfaCodeRefusedException();
        } catch (PoolRefusedException | CognitoIdentityProviderException e) {
            // NotAuthorized (the token expired or was revoked), SoftwareTokenMFANotFound, UserNotFound, ...
            throw new MfaCodeRefusedException(SETUP_OVER);
        }
        if (verified.status() != VerifySoftwareTokenResponseType.SUCCESS) {
            throw new MfaCodeRefusedException();
        }
        setTotpPreference(setup.accessToken(), true);
    }

    private void setTotpPreference(String accessToken, boolean on) {
        try {
            call("SetUserMFAPreference", () -> cognito.setUserMFAPreference(request -> request
                    .accessToken(accessToken)
                    .softwareTokenMfaSettings(totp(on))));
        } catch (PasswordResetRequiredException e) {
            throw new MustResetPasswordException();
        } catch (PoolRefusedException | CognitoIdentityProviderException e) {
            // NotAuthorized (the token expired or was revoked), InvalidParameter (not verified), UserNotFound, ...
            throw new MfaCodeRefusedException(SETUP_OVER);
        }
    }

    /**
     * Turns the user's authenticator app off, for an administrator ({@code AdminSetUserMFAPreference}).
     * A user who is gone has none.
     */
    public void resetTotp(String username) {
        try {
            call("AdminSetUserMFAPreference", () -> cognito.adminSetUserMFAPreference(request -> request
                    .userPoolId(settings.userPoolId)
                    .username(username)
                    .softwareTokenMfaSettings(totp(false))));
        } catch (UserNotFoundException | UserNotConfirmedException noSecondFactor) {
            // nothing to turn off
        } catch (PoolRefusedException | CognitoIdentityProviderException e) {
            // InvalidParameter, NotAuthorized, PasswordResetRequired: Cognito kept the setting, so nothing changes here either
            throw new CognitoUnavailableException("AdminSetUserMFAPreference refused: " + e.getClass().getSimpleName(), e);
        }
    }

    private static SoftwareTokenMfaSettingsType totp(boolean on) {
        return SoftwareTokenMfaSettingsType.builder().enabled(on).preferredMfa(on).build();
    }

    /**
     * Creates the user with a verified email and no invitation message. A user already there
     * under that name is the customer's on a pool that names users by customer id; on an email
     * pool, only if it accepts the password given (an earlier, interrupted attempt made it with
     * that password, or, on a pool shared with other applications, it is the same person's): then
     * it is used as it is. Any other user belongs to someone else.
     *
     * @param customerId the user name on a pool that signs in by user name
     * @param password   the customer's password, the user's first (temporary) one; empty when
     *                   the customer's password is not at hand, and then a random one
     * @throws EmailHeldInPoolException a user the store did not make has this user name or email
     * @throws EmailRefusedException    Cognito cannot hold this email
     */
    public CognitoUser createUser(String customerId, String email, Optional<String> password) {
        String username = settings.signsInByEmail() ? email : customerId;
        if (!CognitoShapes.canBeUsername(username)) {
            throw new EmailRefusedException();
        }
        String temporary = password.filter(CognitoShapes::canBePassword).orElseGet(CognitoGateway::unguessablePassword);
        try {
            return new CognitoUser(call("AdminCreateUser", () -> cognito.adminCreateUser(request -> request
                    .userPoolId(settings.userPoolId)
                    .username(username)
                    .temporaryPassword(temporary)
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(emailAttributes(email))))
                    .user().username(), true);
        } catch (UsernameExistsException e) {
            // named by our own customer id, or accepting the customer's password: an earlier attempt's
            if (!settings.signsInByEmail() || password.isPresent() && passwordAccepted(username, password.get())) {
                return new CognitoUser(existingUsername(username), false);
            }
            throw new EmailHeldInPoolException();
        } catch (AliasExistsException e) {
            throw new EmailHeldInPoolException();
        } catch (InvalidPasswordException e) {
            throw new PasswordPolicyException(reasonOf(e));
        } catch (InvalidParameterException e) {
            throw new EmailRefusedException();
        }
    }

    /** Sets a permanent password; Cognito's policy (or its password history) may refuse it. */
    public void setPassword(String username, String password) {
        if (!CognitoShapes.canBePassword(password)) {
            throw new PasswordPolicyException(PasswordPolicyException.SHAPE);
        }
        try {
            call("AdminSetUserPassword", () -> cognito.adminSetUserPassword(request -> request
                    .userPoolId(settings.userPoolId)
                    .username(username)
                    .password(password)
                    .permanent(true)));
        } catch (InvalidPasswordException | PasswordHistoryPolicyViolationException e) {
            throw new PasswordPolicyException(reasonOf(e));
        } catch (InvalidParameterException e) {
            throw new PasswordPolicyException(PasswordPolicyException.SHAPE);
        } catch (UserNotFoundException e) {
            throw new CognitoUserMissingException(e);
        }
    }

    /** Gives the user a permanent password nobody knows: Cognito runs a reset only for a user with one. */
    public void setUnknownPassword(String username) {
        setPassword(username, unguessablePassword());
    }

    /**
     * Changes the user's email; it stays verified, as the customer proved it by logging in with it.
     *
     * @throws EmailHeldInPoolException another user of the pool has this email
     * @throws EmailRefusedException    Cognito cannot hold this email
     */
    public void changeEmail(String username, String email) {
        try {
            call("AdminUpdateUserAttributes", () -> cognito.adminUpdateUserAttributes(request -> request
                    .userPoolId(settings.userPoolId)
                    .username(username)
                    .userAttributes(emailAttributes(email))));
        } catch (AliasExistsException e) {
            throw new EmailHeldInPoolException();
        } catch (InvalidParameterException e) {
            throw new EmailRefusedException();
        } catch (UserNotFoundException e) {
            throw new CognitoUserMissingException(e);
        }
    }

    /** Deletes the user; a user already gone is fine. */
    public void deleteUser(String username) {
        try {
            call("AdminDeleteUser", () -> cognito.adminDeleteUser(request -> request.userPoolId(settings.userPoolId).username(username)));
        } catch (UserNotFoundException alreadyGone) {
            // nothing left to delete
        }
    }

    /**
     * Asks Cognito to send the user a reset code through the pool's own email.
     *
     * @return false when Cognito declined to send one (unknown user, no verified email, too many codes)
     */
    public boolean sendPasswordResetCode(String username) {
        try {
            call("ForgotPassword", () -> cognito.forgotPassword(request -> {
                request.clientId(settings.clientId).username(username);
                secretHash(username).ifPresent(request::secretHash);
            }));
            return true;
        } catch (CognitoMisconfiguredException e) {
            throw e;
        } catch (CognitoIdentityProviderException declined) {
            return false;
        }
    }

    /** Sets a new password with a reset code; a wrong, used or expired code is {@link InvalidResetCodeException}. */
    public void confirmPasswordReset(String username, String code, String newPassword) {
        if (!CognitoShapes.canBeCode(code)) {
            throw new InvalidResetCodeException();
        }
        if (!CognitoShapes.canBePassword(newPassword)) {
            throw new PasswordPolicyException(PasswordPolicyException.SHAPE);
        }
        try {
            call("ConfirmForgotPassword", () -> cognito.confirmForgotPassword(request -> {
                request.clientId(settings.clientId).username(username).confirmationCode(code).password(newPassword);
                secretHash(username).ifPresent(request::secretHash);
            }));
        } catch (InvalidPasswordException | PasswordHistoryPolicyViolationException e) {
            throw new PasswordPolicyException(reasonOf(e));
        } catch (CodeMismatchException | ExpiredCodeException | UserNotFoundException | NotAuthorizedException
                 | InvalidParameterException | TooManyFailedAttemptsException e) {
            // InvalidParameterException: the user has no verified email left to have had a code sent to
            throw new InvalidResetCodeException();
        }
    }

    /**
     * Succeeds when the pool answers a login as it answers a stranger's: the pool, the app client,
     * its admin flow, its secret and the credentials are all as Cognito expects. Costs one
     * {@code AdminInitiateAuth} for a user nobody has.
     *
     * @throws CognitoMisconfiguredException naming the setting Cognito refuses
     */
    public void checkReady() {
        authenticate("readiness-" + UUID.randomUUID(), unguessablePassword());
    }

    private String existingUsername(String username) {
        try {
            return call("AdminGetUser", () -> cognito.adminGetUser(request -> request
                    .userPoolId(settings.userPoolId)
                    .username(username)))
                    .username();
        } catch (UserNotFoundException deletedMeanwhile) {
            throw new CognitoUserMissingException(deletedMeanwhile);
        }
    }

    private Map<String, String> passwordParameters(String username, String password) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("USERNAME", username);
        parameters.put("PASSWORD", password);
        secretHash(username).ifPresent(hash -> parameters.put("SECRET_HASH", hash));
        return parameters;
    }

    private static AttributeType[] emailAttributes(String email) {
        return new AttributeType[] {
            AttributeType.builder().name("email").value(email).build(),
            AttributeType.builder().name("email_verified").value("true").build()
        };
    }

    private Optional<String> secretHash(String username) {
        return settings.clientSecret().map(secret -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                byte[] digest = mac.doFinal((username + settings.clientId).getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    /**
     * Runs one Cognito request, turning every kind of outage into one exception. It is spent from
     * this server's quota budget, timed and counted by outcome ({@link CognitoMetrics}).
     */
    private <T> T call(String operation, Supplier<T> request) {
        budget.spent(QuotaCategory.of(operation));
        long started = System.nanoTime();
        String outcome = CognitoMetrics.OK;
        try {
            return request.get();
        } catch (CognitoIdentityProviderException e) {
            outcome = e.getClass().getSimpleName(); // the SDK's own classes: a label with few values
            throw translated(operation, e);
        } catch (SdkClientException e) {
            outcome = CognitoMetrics.UNREACHABLE;
            throw new CognitoUnavailableException(e);
        } finally {
            metrics.called(operation, outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** What an error answer of Cognito means to the product. */
    private RuntimeException translated(String operation, CognitoIdentityProviderException e) {
        if (e instanceof TooManyRequestsException) {
            metrics.throttled(operation);
            return new CognitoUnavailableException(e);
        }
        if (e instanceof ResourceNotFoundException) {
            return new CognitoMisconfiguredException("cognito.user-pool-id and cognito.client-id: an existing pool and app client", e);
        }
        if (e instanceof LimitExceededException || e instanceof InternalErrorException) {
            return new CognitoUnavailableException(e);
        }
        if (e instanceof ForbiddenException) {
            return new CognitoMisconfiguredException("the pool's AWS WAF web ACL, which blocks the product's requests", e);
        }
        if (e instanceof InvalidUserPoolConfigurationException) {
            return new CognitoMisconfiguredException(SECOND_FACTOR_SETTING, e);
        }
        if (isAccessDenied(e)) {
            return new CognitoMisconfiguredException("the IAM credentials: the actions README lists for the pool", e);
        }
        if (e instanceof UserLambdaValidationException) {
            return new PoolRefusedException();
        }
        if (e.statusCode() >= 500 || e instanceof UnexpectedLambdaException || e instanceof InvalidLambdaResponseException) {
            return new CognitoUnavailableException(e);
        }
        return e;
    }

    private static boolean isAccessDenied(CognitoIdentityProviderException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        return "AccessDeniedException".equals(code) || "UnrecognizedClientException".equals(code)
                || "InvalidSignatureException".equals(code) || "ExpiredTokenException".equals(code);
    }

    private static boolean mentions(CognitoIdentityProviderException e, String words) {
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(words);
    }

    /** Cognito's reason a password was refused: its policy, in words fit for the customer (never the password). */
    private static String reasonOf(CognitoIdentityProviderException e) {
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return message == null || message.isBlank() ? PasswordPolicyException.POLICY : message;
    }

    /** Meets any Cognito password policy: every character class, 40 characters. */
    private static String unguessablePassword() {
        String[] classes = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!#%+-=?@^_"};
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String characters = classes[i % classes.length];
            password.append(characters.charAt(RANDOM.nextInt(characters.length())));
        }
        return password.toString();
    }
}
