package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoShapes;
import io.authcognito.cognito.InvalidResetCodeException;
import io.authcognito.cognito.PasswordPolicyException;
import io.authcognito.cognito.QuotaBudget;
import io.authcognito.cognito.QuotaCategory;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.Customer;
import io.authcognito.customer.CustomerLock;
import io.authcognito.customer.Customers;
import io.authcognito.error.ContractException;
import io.authcognito.logging.LogMessage;
import io.authcognito.migration.PasswordMigration;
import io.authcognito.session.Sessions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Password reset through Cognito's own ForgotPassword and ConfirmForgotPassword, so the code
 * reaches the customer through the pool's email. The code is sent in the background: a request
 * is answered alike, at once, whether or not the email is known and whether or not Cognito can be
 * reached, so the answer tells nobody which emails have accounts. A customer still on a legacy
 * hash is put in Cognito first; the hash goes when the reset is confirmed.
 */
@ApplicationScoped
public class PasswordReset {

    private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());
    private static final Duration QUOTA_WAIT = Duration.ofSeconds(30);

    @Resource
    ManagedExecutorService background;

    private final Customers customers;
    private final CognitoAccounts accounts;
    private final PasswordMigration migration;
    private final CognitoGateway cognito;
    private final CustomerLock lock;
    private final Sessions sessions;
    private final QuotaBudget budget;
    /** Customers whose code is being sent: a flood of requests for one email is one send. */
    private final Set<String> sending = ConcurrentHashMap.newKeySet();

    @Inject
    public PasswordReset(Customers customers, CognitoAccounts accounts, PasswordMigration migration, CognitoGateway cognito,
                         CustomerLock lock, Sessions sessions, QuotaBudget budget) {
        this.customers = customers;
        this.accounts = accounts;
        this.migration = migration;
        this.cognito = cognito;
        this.lock = lock;
        this.sessions = sessions;
        this.budget = budget;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected PasswordReset() {
        this(null, null, null, null, null, null, null);
    }

    /** Sends a code if the email belongs to an account; says nothing either way. One send per customer at a time. */
    public void request(String email) {
        customers.findAccountByEmail(email).map(Customer::id)
                .filter(sending::add)
                .ifPresent(customerId -> background.execute(() -> sendCode(customerId)));
    }

    private void sendCode(String customerId) {
        try {
            // background work waits for room in the quota, which the customers' own requests keep
            for (QuotaCategory category : List.of(QuotaCategory.USER_CREATION, QuotaCategory.USER_ACCOUNT_UPDATE,
                    QuotaCategory.USER_ACCOUNT_RECOVERY)) {
                if (!budget.awaitRoom(category, QUOTA_WAIT)) {
                    LogMessage.RESET_CODE_NOT_SENT.log(LOG, customerId, "no room in the " + category + " quota");
                    return;
                }
            }
            Optional<String> username = lock.during(customerId, () -> customers.findAccount(customerId).map(customer -> {
                String name = migration.cognitoUser(customer, Optional.empty()).username();
                if (customer.hasLegacyPassword()) {
                    // Cognito runs no reset for a user without a permanent password; the legacy password
                    // still works until the reset is confirmed, and re-migrates over this one if used.
                    cognito.setUnknownPassword(name);
                }
                return name;
            }));
            if (username.isPresent() && !cognito.sendPasswordResetCode(username.get())) {
                LogMessage.RESET_CODE_NOT_SENT.log(LOG, customerId, "Cognito declined");
            }
        } catch (ContractException | PersistenceException | TransactionalException e) {
            LogMessage.RESET_CODE_NOT_SENT.log(LOG, customerId, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sending.remove(customerId);
        }
    }

    /** Sets the new password, holding the customer's lock; every session of the customer ends once it is set. */
    public void confirm(String email, String code, String newPassword) {
        if (!CognitoShapes.canBeCode(code)) {
            throw new InvalidResetCodeException();
        }
        if (!CognitoShapes.canBePassword(newPassword)) {
            throw new PasswordPolicyException(PasswordPolicyException.SHAPE);
        }
        Optional<Customer> customer = customers.findAccountByEmail(email);
        if (customer.isEmpty()) {
            cognito.imitateFailedLogin(); // as long as Cognito takes to refuse a code
            throw new InvalidResetCodeException();
        }
        String customerId = customer.get().id();
        lock.during(customerId, () -> {
            String username = accounts.cognitoUsername(customerId).orElseGet(() -> {
                cognito.imitateFailedLogin(); // no user, so no code was ever sent: as long as Cognito takes to say so
                throw new InvalidResetCodeException();
            });
            cognito.confirmPasswordReset(username, code, newPassword);
            migration.passwordReplaced(customer.get(), username);
        });
        sessions.endAll(customerId);
    }
}
