package io.authcognito.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.CognitoUser;
import io.authcognito.cognito.CognitoUserMissingException;
import io.authcognito.cognito.EmailHeldInPoolException;
import io.authcognito.cognito.PasswordPolicyException;
import io.authcognito.cognito.QuotaBudget;
import io.authcognito.cognito.QuotaCategory;
import io.authcognito.cognito.Compensation;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.Customer;
import io.authcognito.customer.CustomerLock;
import io.authcognito.customer.Customers;
import io.authcognito.customer.MigrationState;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The order of a migration's steps, and what happens when Cognito refuses or is gone (which the emulator cannot show). */
class PasswordMigrationTest {

    private final List<String> steps = new ArrayList<>();
    private boolean hashUnchanged = true;
    private boolean quotaRoom = true;

    @Test
    void theHashIsRemovedOnlyAfterCognitoAcceptedThePassword() {
        assertEquals(MigrationResult.COMPLETED, migration(cognito(null)).migrateNow(legacyCustomer(), "legacy-pw"));

        assertEquals(List.of("lock", "createUser legacy-pw", "undo on rollback", "record USER_CREATED", "setPassword",
                "removeLegacyHash", "record MIGRATED"), steps);
    }

    @Test
    void aPolicyRejectionKeepsTheHashAndMarksTheCustomer() {
        assertEquals(MigrationResult.REFUSED_BY_POLICY,
                migration(cognito(new PasswordPolicyException("Password must have uppercase characters")))
                        .migrateNow(legacyCustomer(), "weak"));

        assertTrue(steps.contains("markPasswordRejectedByPolicy"));
        assertFalse(steps.contains("removeLegacyHash"), steps.toString());
    }

    @Test
    void aPasswordCognitoCanNeverHoldCostsNoRequestAndIsMarkedLikeAPolicyRejection() {
        assertEquals(MigrationResult.REFUSED_BY_POLICY, migration(cognito(null)).migrateNow(legacyCustomer(), " spaces at both ends "));

        assertEquals(List.of("lock", "markPasswordRejectedByPolicy"), steps);
    }

    @Test
    void anOutageKeepsTheHashForTheNextLogin() {
        assertEquals(MigrationResult.DEFERRED,
                migration(cognito(new CognitoUnavailableException(new java.net.SocketTimeoutException("connect timed out"))))
                        .migrateNow(legacyCustomer(), "legacy-pw"));

        assertFalse(steps.contains("removeLegacyHash"), steps.toString());
        assertFalse(steps.contains("record MIGRATED"), steps.toString());
    }

    @Test
    void aMigrationTheQuotaHasNoRoomForSendsNothingAndKeepsTheHash() {
        quotaRoom = false;

        assertEquals(MigrationResult.DEFERRED, migration(cognito(null)).migrateNow(legacyCustomer(), "legacy-pw"));
        assertEquals(List.of("lock"), steps);
    }

    @Test
    void aHashReplacedWhileThePasswordWasCheckedIsNotMigratedOver() {
        hashUnchanged = false;

        assertEquals(MigrationResult.HASH_REPLACED, migration(cognito(null)).migrateNow(legacyCustomer(), "legacy-pw"),
                "the caller must check again");
        assertEquals(List.of("lock"), steps);
    }

    @Test
    void aUserSomeoneElseHoldsTheEmailOfIsLeftAlone() {
        CognitoGateway foreign = new CognitoGateway() {
            @Override
            public CognitoUser createUser(String customerId, String email, Optional<String> password) {
                throw new EmailHeldInPoolException();
            }
        };
        assertEquals(MigrationResult.REFUSED_BY_POOL, migration(foreign).migrateNow(legacyCustomer(), "legacy-pw"));

        assertEquals(List.of("lock", "markEmailHeldElsewhere"), steps);
    }

    @Test
    void aUserDeletedBehindTheProductsBackIsMadeAgain() {
        CognitoGateway deletedOnce = new CognitoGateway() {
            private boolean gone = true;

            @Override
            public CognitoUser createUser(String customerId, String email, Optional<String> password) {
                steps.add("createUser");
                return new CognitoUser(customerId, true);
            }

            @Override
            public void setPassword(String username, String password) {
                steps.add("setPassword");
                if (gone) {
                    gone = false;
                    throw new CognitoUserMissingException(new IllegalStateException("UserNotFoundException"));
                }
            }
        };
        assertEquals(MigrationResult.COMPLETED, migration(deletedOnce).migrateNow(legacyCustomer(), "legacy-pw"));

        assertEquals(List.of("lock", "createUser", "undo on rollback", "record USER_CREATED", "setPassword", "forget",
                "createUser", "undo on rollback", "record USER_CREATED", "setPassword", "removeLegacyHash", "record MIGRATED"), steps);
    }

    private PasswordMigration migration(CognitoGateway cognito) {
        CognitoAccounts accounts = new CognitoAccounts() {
            @Override
            public boolean emailHeldElsewhere(String customerId) {
                return false;
            }

            @Override
            public Optional<String> cognitoUsername(String customerId) {
                return Optional.empty();
            }

            @Override
            public void record(String customerId, String cognitoUsername, MigrationState state) {
                steps.add("record " + state);
            }

            @Override
            public void markPasswordRejectedByPolicy(String customerId) {
                steps.add("markPasswordRejectedByPolicy");
            }

            @Override
            public boolean markEmailHeldElsewhere(String customerId) {
                steps.add("markEmailHeldElsewhere");
                return true;
            }

            @Override
            public void forget(String customerId) {
                steps.add("forget");
            }
        };
        Customers customers = new Customers() {
            @Override
            public Optional<Customer> findAccount(String id) {
                return Optional.of(hashUnchanged ? legacyCustomer() : legacyCustomer("$2b$04$changedchangedchangedchang"));
            }

            @Override
            public boolean removeLegacyHashIfUnchanged(String customerId, String verifiedHash) {
                steps.add("removeLegacyHash");
                return true;
            }
        };
        Compensation compensation = new Compensation() {
            @Override
            public void onRollback(String what, Runnable undo) {
                steps.add("undo on rollback");
            }
        };
        CustomerLock lock = new CustomerLock() {
            @Override
            public <T> T during(String customerId, Supplier<T> change) {
                steps.add("lock");
                return change.get();
            }
        };
        QuotaBudget roomy = new QuotaBudget(null) {
            @Override
            public boolean hasRoom(QuotaCategory category) {
                return quotaRoom;
            }

        };
        return new PasswordMigration(cognito, accounts, customers, lock, compensation, roomy, new MigrationMetrics());
    }

    /** A gateway whose setPassword fails with {@code failure}, or succeeds when it is null. */
    private CognitoGateway cognito(RuntimeException failure) {
        return new CognitoGateway() {
            @Override
            public CognitoUser createUser(String customerId, String email, Optional<String> password) {
                steps.add("createUser " + password.orElse(""));
                return new CognitoUser(customerId, true);
            }

            @Override
            public void setPassword(String username, String password) {
                steps.add("setPassword");
                if (failure != null) {
                    throw failure;
                }
            }
        };
    }

    private static Customer legacyCustomer() {
        return legacyCustomer("$2b$04$legacylegacylegacylegacyu");
    }

    private static Customer legacyCustomer(String legacyHash) {
        Customer customer = Customer.newAccount("cus_unit", "unit@example.com", null, null);
        try {
            Field hash = Customer.class.getDeclaredField("passwordHash");
            hash.setAccessible(true);
            hash.set(customer, legacyHash);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return customer;
    }
}
