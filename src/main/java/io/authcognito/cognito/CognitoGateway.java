package io.authcognito.cognito;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * The one class that talks to Cognito. It speaks in the product's terms (a password matches,
 * a user exists) and turns every way Cognito can be out of reach into
 * {@link CognitoUnavailableException}, so no caller mistakes an outage for a wrong password.
 */
@ApplicationScoped
public class CognitoGateway {

    @Inject
    CognitoIdentityProviderClient cognito;

    @Inject
    @ConfigProperties
    CognitoSettings settings;

    /**
     * Checks a password with one {@code AdminInitiateAuth}. Only an {@code AuthenticationResult}
     * counts: a challenge (MFA, NEW_PASSWORD_REQUIRED) is not a login. The tokens are dropped.
     */
    public boolean passwordMatches(String username, String password) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("USERNAME", username);
        parameters.put("PASSWORD", password);
        secretHash(username).ifPresent(hash -> parameters.put("SECRET_HASH", hash));
        try {
            return call(() -> cognito.adminInitiateAuth(request -> request
                    .userPoolId(settings.userPoolId)
                    .clientId(settings.clientId)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(parameters)))
                    .authenticationResult() != null;
        } catch (PasswordResetRequiredException e) {
            throw new MustResetPasswordException();
        } catch (NotAuthorizedException | UserNotFoundException | UserNotConfirmedException
                 | InvalidPasswordException e) {
            // InvalidPasswordException: the emulator's answer to a wrong password
            return false;
        }
    }

    /**
     * Creates the user with a verified email and no invitation message, or finds the one an
     * earlier, interrupted attempt left behind.
     *
     * @param customerId the user name on a pool that signs in by user name
     * @return the user name Cognito knows the user by (on an email pool, its {@code sub})
     */
    public String createUser(String customerId, String email) {
        String username = settings.signsInByEmail() ? email : customerId;
        try {
            return call(() -> cognito.adminCreateUser(request -> request
                    .userPoolId(settings.userPoolId)
                    .username(username)
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(emailAttributes(email))))
                    .user().username();
        } catch (UsernameExistsException e) {
            return existingUsername(username);
        }
    }

    /** Sets a permanent password; Cognito's policy may refuse it. */
    public void setPassword(String username, String password) {
        try {
            call(() -> cognito.adminSetUserPassword(request -> request
                    .userPoolId(settings.userPoolId)
                    .username(username)
                    .password(password)
                    .permanent(true)));
        } catch (InvalidPasswordException e) {
            throw new PasswordPolicyException(e.awsErrorDetails().errorMessage());
        }
    }

    /** Changes the user's email; it stays verified, as the customer proved it by logging in with it. */
    public void changeEmail(String username, String email) {
        call(() -> cognito.adminUpdateUserAttributes(request -> request
                .userPoolId(settings.userPoolId)
                .username(username)
                .userAttributes(emailAttributes(email))));
    }

    /** Deletes the user; a user already gone is fine. */
    public void deleteUser(String username) {
        try {
            call(() -> cognito.adminDeleteUser(request -> request.userPoolId(settings.userPoolId).username(username)));
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
            call(() -> cognito.forgotPassword(request -> {
                request.clientId(settings.clientId).username(username);
                secretHash(username).ifPresent(request::secretHash);
            }));
            return true;
        } catch (CognitoIdentityProviderException declined) {
            return false;
        }
    }

    /** Sets a new password with a reset code; a wrong, used or expired code is {@link InvalidResetCodeException}. */
    public void confirmPasswordReset(String username, String code, String newPassword) {
        try {
            call(() -> cognito.confirmForgotPassword(request -> {
                request.clientId(settings.clientId).username(username).confirmationCode(code).password(newPassword);
                secretHash(username).ifPresent(request::secretHash);
            }));
        } catch (InvalidPasswordException e) {
            throw new PasswordPolicyException(e.awsErrorDetails().errorMessage());
        } catch (CodeMismatchException | ExpiredCodeException | UserNotFoundException | NotAuthorizedException e) {
            throw new InvalidResetCodeException();
        }
    }

    /** Succeeds when the pool answers at all; for readiness. */
    public void checkReachable() {
        try {
            call(() -> cognito.adminGetUser(request -> request
                    .userPoolId(settings.userPoolId)
                    .username("readiness-" + UUID.randomUUID())));
        } catch (UserNotFoundException expected) {
            // the pool answered
        }
    }

    private String existingUsername(String username) {
        return call(() -> cognito.adminGetUser(request -> request
                .userPoolId(settings.userPoolId)
                .username(username)))
                .username();
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

    /** Runs one Cognito request, turning every kind of outage into one exception. */
    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (TooManyRequestsException | LimitExceededException | InternalErrorException
                 | ResourceNotFoundException e) {
            throw new CognitoUnavailableException(e);
        } catch (CognitoIdentityProviderException e) {
            if (e.statusCode() >= 500 || isAccessDenied(e)) {
                throw new CognitoUnavailableException(e);
            }
            throw e;
        } catch (SdkClientException e) {
            throw new CognitoUnavailableException(e);
        }
    }

    private static boolean isAccessDenied(CognitoIdentityProviderException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        return "AccessDeniedException".equals(code) || "UnrecognizedClientException".equals(code);
    }
}
