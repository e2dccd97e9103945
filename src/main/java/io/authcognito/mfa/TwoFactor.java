package io.authcognito.mfa;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.MfaChallenge;
import io.authcognito.cognito.MfaCodeRefusedException;
import io.authcognito.cognito.TotpSetup;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.Customer;
import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;
import io.authcognito.identity.InvalidCredentialsException;
import io.authcognito.identity.PasswordConfirmation;
import io.authcognito.logging.LogMessage;
import io.authcognito.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two-factor login with an authenticator app, which Cognito checks (TOTP): turning it on, off,
 * and off for a customer who lost the phone. The product's own record of who has it on
 * ({@code auth_cognito_account.totp_on}) is what makes sure a password alone never logs such a
 * customer in, whatever the Cognito implementation's admin flow does (see
 * {@link CognitoGateway#logIn}); it is set before Cognito is asked and cleared after, so the two
 * never disagree in the customer's favour.
 */
@ApplicationScoped
public class TwoFactor {

    private static final Logger LOG = Logger.getLogger(TwoFactor.class.getName());

    /** What an authenticator app needs: the secret, and the same as a URI for a QR code. */
    public record Enrolment(String secret, String otpauthUri) {

        @Override
        public String toString() {
            return "Enrolment";
        }
    }

    private final CognitoGateway cognito;
    private final CognitoAccounts accounts;
    private final PasswordConfirmation confirmation;
    private final TotpEnrolments enrolments;
    private final Sessions sessions;
    private final String issuer;

    @Inject
    public TwoFactor(CognitoGateway cognito, CognitoAccounts accounts, PasswordConfirmation confirmation,
                     TotpEnrolments enrolments, Sessions sessions,
                     @ConfigProperty(name = "auth.mfa.issuer", defaultValue = "auth-cognito") String issuer) {
        this.cognito = cognito;
        this.accounts = accounts;
        this.confirmation = confirmation;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.issuer = issuer;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected TwoFactor() {
        this(null, null, null, null, null, null);
    }

    /** {@code "totp"} or {@code "none"}, as {@code GET /customers/me} shows it. */
    public String mode(String customerId) {
        return accounts.totpOn(customerId) ? "totp" : "none";
    }

    /**
     * Begins setting up an authenticator app, proved by the password: a customer still on a
     * legacy hash moves to Cognito on the way. Nothing is on until {@link #confirm}.
     */
    public Enrolment begin(Customer customer, String password) {
        if (accounts.totpOn(customer.id()) || confirmation.confirm(customer, password).isPresent()) {
            throw new TotpAlreadyOnException();
        }
        String username = accounts.cognitoUsername(customer.id()).orElseThrow(() -> new ContractException(
                ErrorCode.INVALID_PASSWORD, "Cognito cannot hold your current password: set a new one first."));
        TotpSetup setup = cognito.associateTotp(username, password).orElseThrow(InvalidCredentialsException::new);
        enrolments.hold(customer.id(), setup);
        return new Enrolment(setup.secret(), OtpauthUri.of(issuer, customer.email(), setup.secret()));
    }

    /**
     * Turns two-factor login on with a first code from the app. A wrong code leaves the setup
     * waiting for another.
     */
    public void confirm(String customerId, String code) {
        TotpSetup setup = enrolments.waiting(customerId).orElseThrow(() ->
                new MfaCodeRefusedException("No two-factor setup is waiting for a code: start it again."));
        accounts.setTotpOn(customerId, true);
        try {
            cognito.verifyTotp(setup, code);
        } catch (RuntimeException refused) {
            accounts.setTotpOn(customerId, false);
            throw refused;
        }
        enrolments.drop(customerId);
        LogMessage.TOTP_TURNED_ON.log(LOG, customerId);
    }

    /** Turns two-factor login off, proved by the password and a code from the app. */
    public void turnOff(Customer customer, String password, String code) {
        Optional<MfaChallenge> challenge = confirmation.confirm(customer, password);
        if (challenge.isPresent()) {
            cognito.turnOffTotp(challenge.get(), code);
        }
        accounts.setTotpOn(customer.id(), false);
        LogMessage.TOTP_TURNED_OFF.log(LOG, customer.id());
    }

    /** An administrator turns a customer's two-factor login off (a lost phone), and ends the customer's sessions. */
    public void reset(String customerId, String administratorId) {
        accounts.cognitoUsername(customerId).ifPresent(cognito::resetTotp);
        accounts.setTotpOn(customerId, false);
        enrolments.drop(customerId);
        sessions.endAll(customerId);
        LogMessage.TOTP_RESET_BY_ADMIN.log(LOG, customerId, administratorId);
    }
}
