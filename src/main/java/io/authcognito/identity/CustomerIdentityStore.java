package io.authcognito.identity;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.MustResetPasswordException;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.legacy.LegacyPasswordHashes;
import io.authcognito.logging.LogMessage;
import io.authcognito.migration.PasswordMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Where a login is decided. The product's own database says whether the customer still has a
 * legacy hash: if so the hash checks the password and the password moves to Cognito; if not,
 * Cognito checks it. The caller is the customer's id; the groups are {@code customer} plus the
 * customer's groups. Every failure costs one Cognito round trip, real or not, so the time an
 * answer takes does not tell which emails have accounts.
 */
@ApplicationScoped
public class CustomerIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(CustomerIdentityStore.class.getName());

    private final Customers customers;
    private final CognitoAccounts accounts;
    private final LegacyPasswordHashes legacyHashes;
    private final PasswordMigration migration;
    private final CognitoGateway cognito;
    private final LoginThrottle throttle;
    private final DeviceCookies deviceCookies;
    private final LoginRefusal refusal;
    private final HttpServletRequest request;
    private final Set<String> reportedUnknownFormats = ConcurrentHashMap.newKeySet();

    @Inject
    public CustomerIdentityStore(Customers customers, CognitoAccounts accounts, LegacyPasswordHashes legacyHashes,
                                 PasswordMigration migration, CognitoGateway cognito, LoginThrottle throttle,
                                 DeviceCookies deviceCookies, LoginRefusal refusal, HttpServletRequest request) {
        this.customers = customers;
        this.accounts = accounts;
        this.legacyHashes = legacyHashes;
        this.migration = migration;
        this.cognito = cognito;
        this.throttle = throttle;
        this.deviceCookies = deviceCookies;
        this.refusal = refusal;
        this.request = request;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected CustomerIdentityStore() {
        this(null, null, null, null, null, null, null, null, null);
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        String password = credential.getPasswordAsString();
        try {
            LoginAttempt attempt = new LoginAttempt(email, request.getRemoteAddr(), deviceCookies.deviceOf(request, email));
            LoginThrottle.Check throttled = throttle.check(attempt);
            if (throttled.blocked()) {
                refusal.record(throttled.refusal());
                return INVALID_RESULT;
            }
            Optional<Customer> customer = customers.findAccountByEmail(email);
            if (customer.isEmpty()) {
                legacyHashes.dummyVerify(password.toCharArray());
                costOfAFailure();
            } else if (passwordMatches(customer.get(), password)) {
                if (throttled.hadFailures()) {
                    throttle.succeeded(attempt);
                }
                return new CredentialValidationResult(
                        new CustomerPrincipal(customer.get().id(), customer.get().email()), groupsOf(customer.get()));
            }
            throttle.failed(attempt);
            return INVALID_RESULT;
        } catch (CognitoUnavailableException | PersistenceException e) {
            refusal.record(new LoginUnavailableException(e));
            return NOT_VALIDATED_RESULT;
        } catch (MustResetPasswordException e) {
            refusal.record(e);
            return INVALID_RESULT;
        } catch (RuntimeException e) {
            // a bug must surface as one, never as a wrong password
            refusal.record(e);
            return NOT_VALIDATED_RESULT;
        }
    }

    private boolean passwordMatches(Customer customer, String password) {
        if (customer.hasLegacyPassword()) {
            return legacyPasswordMatches(customer, password);
        }
        Optional<String> username = accounts.cognitoUsername(customer.id());
        if (username.isEmpty()) {
            costOfAFailure();
            return false;
        }
        return cognito.passwordMatches(username.get(), password);
    }

    private boolean legacyPasswordMatches(Customer customer, String password) {
        switch (legacyHashes.verify(password.toCharArray(), customer.legacyPasswordHash())) {
            case MATCH:
                migration.migrate(customer, password);
                return true;
            case UNKNOWN_FORMAT:
                if (reportedUnknownFormats.add(customer.id())) {
                    LogMessage.UNKNOWN_LEGACY_FORMAT.log(LOG, customer.id());
                }
                costOfAFailure();
                return false;
            default:
                costOfAFailure();
                return false;
        }
    }

    /**
     * What an unknown email or a wrong legacy password costs besides its own check: the Cognito
     * round trip that a wrong password of a migrated customer costs, with a user and a password
     * nobody has, so nothing real is sent.
     */
    private void costOfAFailure() {
        try {
            cognito.passwordMatches("nobody-" + UUID.randomUUID(), UUID.randomUUID().toString());
        } catch (RuntimeException ignored) {
            // only its cost matters
        }
    }

    private Set<String> groupsOf(Customer customer) {
        Set<String> groups = new HashSet<>(customers.groupNames(customer.id()));
        groups.add(Roles.CUSTOMER);
        return groups;
    }
}
