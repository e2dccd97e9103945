package io.authcognito.migration;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoShapes;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.CognitoUser;
import io.authcognito.cognito.CognitoUserMissingException;
import io.authcognito.cognito.Compensation;
import io.authcognito.cognito.EmailHeldInPoolException;
import io.authcognito.cognito.EmailRefusedException;
import io.authcognito.cognito.PasswordPolicyException;
import io.authcognito.cognito.PoolRefusedException;
import io.authcognito.cognito.QuotaBudget;
import io.authcognito.cognito.QuotaCategory;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.Customer;
import io.authcognito.customer.CustomerLock;
import io.authcognito.customer.Customers;
import io.authcognito.customer.MigrationState;
import io.authcognito.logging.LogMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Moves a password that was just verified against its legacy hash into Cognito. It runs holding
 * the customer's lock and first checks that the hash it verified is still the customer's: a reset,
 * a password change or a deletion that got there first is never undone. The hash is removed only
 * once Cognito holds the same password; anything that fails leaves it, for the next login.
 */
@ApplicationScoped
public class PasswordMigration {

    private static final Logger LOG = Logger.getLogger(PasswordMigration.class.getName());

    @Resource
    ManagedExecutorService background;

    private final CognitoGateway cognito;
    private final CognitoAccounts accounts;
    private final Customers customers;
    private final CustomerLock lock;
    private final Compensation compensation;
    private final QuotaBudget budget;
    private final MigrationMetrics metrics;

    @Inject
    public PasswordMigration(CognitoGateway cognito, CognitoAccounts accounts, Customers customers, CustomerLock lock,
                             Compensation compensation, QuotaBudget budget, MigrationMetrics metrics) {
        this.cognito = cognito;
        this.accounts = accounts;
        this.customers = customers;
        this.lock = lock;
        this.compensation = compensation;
        this.budget = budget;
        this.metrics = metrics;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected PasswordMigration() {
        this(null, null, null, null, null, null, null);
    }

    /**
     * The migration of a login: it runs beside the login, which waits for it at most
     * {@code auth.cognito.quota.migration-wait}; a migration still running then finishes on its
     * own, and until it has the hash stays. Never fails the login: what cannot be done now is
     * done at a later login.
     *
     * @return what became of it, or nothing while it is still running; {@link MigrationResult#HASH_REPLACED}:
     *         the password must be checked again where it lives now
     */
    public Optional<MigrationResult> migrate(Customer customer, String verifiedPassword) {
        if (!budget.startMigration()) {
            LogMessage.MIGRATION_LEFT_FOR_LATER.log(LOG, customer.id(), "as many migrations as allowed are under way");
            return Optional.of(counted(MigrationResult.DEFERRED));
        }
        Future<MigrationResult> migration;
        try {
            migration = background.submit(() -> {
                try {
                    return counted(migrateNow(customer, verifiedPassword));
                } finally {
                    budget.migrationDone();
                }
            });
        } catch (RejectedExecutionException e) {
            budget.migrationDone();
            return Optional.of(counted(MigrationResult.DEFERRED));
        }
        try {
            return Optional.of(migration.get(budget.migrationWait().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException stillRunning) {
            return Optional.empty();
        } catch (ExecutionException e) {
            LogMessage.MIGRATION_DEFERRED.log(LOG, customer.id(), e.getCause().getClass().getSimpleName());
            return Optional.of(counted(MigrationResult.DEFERRED));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The migration itself, holding the customer's lock. */
    MigrationResult migrateNow(Customer customer, String verifiedPassword) {
        try {
            return lock.during(customer.id(), () -> migrateHoldingLock(customer, verifiedPassword));
        } catch (CognitoUnavailableException | PersistenceException | TransactionalException e) {
            LogMessage.MIGRATION_DEFERRED.log(LOG, customer.id(), e.getClass().getSimpleName());
            return MigrationResult.DEFERRED;
        }
    }

    private MigrationResult migrateHoldingLock(Customer verified, String password) {
        // what the login read before the lock may be out of date: its email above all
        Optional<Customer> now = customers.findAccount(verified.id())
                .filter(customer -> verified.legacyPasswordHash().equals(customer.legacyPasswordHash()));
        if (now.isEmpty()) {
            return MigrationResult.HASH_REPLACED;
        }
        Customer customer = now.get();
        if (!CognitoShapes.canBePassword(password)) {
            return passwordRefused(customer);
        }
        if (accounts.emailHeldElsewhere(customer.id())) {
            return MigrationResult.REFUSED_BY_POOL; // asked already; an email change asks again
        }
        Optional<QuotaCategory> spent = quotaSpent(customer);
        if (spent.isPresent()) {
            LogMessage.MIGRATION_LEFT_FOR_LATER.log(LOG, customer.id(), "this server's share of the " + spent.get() + " quota is spent");
            return MigrationResult.DEFERRED;
        }
        try {
            String username = passwordSet(customer, password);
            // the store itself may have changed the hash meanwhile (it takes no lock of ours)
            if (!customers.removeLegacyHashIfUnchanged(customer.id(), customer.legacyPasswordHash())) {
                return MigrationResult.HASH_REPLACED;
            }
            accounts.record(customer.id(), username, MigrationState.MIGRATED);
            LogMessage.MIGRATED.log(LOG, customer.id());
            return MigrationResult.COMPLETED;
        } catch (PasswordPolicyException e) {
            return passwordRefused(customer);
        } catch (EmailHeldInPoolException e) {
            if (accounts.markEmailHeldElsewhere(customer.id())) {
                LogMessage.EMAIL_HELD_IN_POOL.log(LOG, customer.id());
            }
            return MigrationResult.REFUSED_BY_POOL;
        } catch (EmailRefusedException | PoolRefusedException e) {
            LogMessage.EMAIL_REFUSED_BY_COGNITO.log(LOG, customer.id());
            return MigrationResult.REFUSED_BY_POOL;
        }
    }

    private MigrationResult counted(MigrationResult result) {
        metrics.ended(result);
        return result;
    }

    /** The quota this migration would need and this server has spent for the moment, if any. */
    private Optional<QuotaCategory> quotaSpent(Customer customer) {
        if (!budget.hasRoom(QuotaCategory.USER_ACCOUNT_UPDATE)) {
            return Optional.of(QuotaCategory.USER_ACCOUNT_UPDATE);
        }
        if (accounts.cognitoUsername(customer.id()).isEmpty() && !budget.hasRoom(QuotaCategory.USER_CREATION)) {
            return Optional.of(QuotaCategory.USER_CREATION);
        }
        return Optional.empty();
    }

    /** Sets the password on the customer's user, making the user again if it was deleted behind the product's back. */
    private String passwordSet(Customer customer, String password) {
        String username = cognitoUser(customer, Optional.of(password)).username();
        try {
            cognito.setPassword(username, password);
        } catch (CognitoUserMissingException gone) {
            accounts.forget(customer.id());
            username = cognitoUser(customer, Optional.of(password)).username();
            cognito.setPassword(username, password);
        }
        return username;
    }

    private MigrationResult passwordRefused(Customer customer) {
        accounts.markPasswordRejectedByPolicy(customer.id());
        LogMessage.LEGACY_PASSWORD_REFUSED_BY_POLICY.log(LOG, customer.id());
        return MigrationResult.REFUSED_BY_POLICY;
    }

    /**
     * The customer's Cognito user, made first if there is none yet (call it holding the customer's
     * lock). Made with the customer's password when it is at hand, which is what proves the user
     * the customer's if this is interrupted and tried again; a user made here is deleted again if
     * the transaction does not commit.
     */
    public CognitoUser cognitoUser(Customer customer, Optional<String> password) {
        return accounts.cognitoUsername(customer.id())
                .map(username -> new CognitoUser(username, false))
                .orElseGet(() -> {
                    CognitoUser user = cognito.createUser(customer.id(), customer.email(), password);
                    if (user.createdNow()) {
                        compensation.onRollback("the new user of customer " + customer.id(), () -> cognito.deleteUser(user.username()));
                    }
                    accounts.record(customer.id(), user.username(), MigrationState.USER_CREATED);
                    return user;
                });
    }

    /** Cognito now holds a new password the customer chose: the legacy one must stop working. */
    public void passwordReplaced(Customer customer, String username) {
        customers.removeLegacyHash(customer.id());
        accounts.record(customer.id(), username, MigrationState.MIGRATED);
    }
}
