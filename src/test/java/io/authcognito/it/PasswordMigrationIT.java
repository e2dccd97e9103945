package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.customer.MigrationState;
import io.authcognito.legacy.LegacyVectors;
import io.authcognito.migration.MigrationResult;
import io.authcognito.migration.PasswordMigration;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The migration, called inside the server against the real database and emulator. */
class PasswordMigrationIT extends InServerIT {

    @Inject
    PasswordMigration migration;

    @Inject
    Customers customers;

    @Inject
    CognitoAccounts accounts;

    @Test
    void aMigrationRepeatedOnTheSameCustomerEndsMigratedOnce() {
        LegacyCustomer legacy = LegacyCustomer.create();
        Customer customer = customers.findAccount(legacy.id()).orElseThrow();

        migration.migrate(customer, legacy.password());
        migration.migrate(customer, legacy.password());

        assertEquals(MigrationState.MIGRATED, accounts.find(legacy.id()).orElseThrow().migrationState());
        assertTrue(TestDatabase.passwordHash(legacy.id()).isEmpty());
        assertTrue(TestCognito.acceptsPassword(legacy.id(), legacy.password()));
    }

    @Test
    void aHashChangedSinceItWasVerifiedIsNotRemoved() {
        LegacyCustomer legacy = LegacyCustomer.create();
        Customer verified = customers.findAccount(legacy.id()).orElseThrow();
        String newerHash = LegacyVectors.find("bcrypt", "$2b$ cost 10").hash();
        TestDatabase.update("UPDATE customer SET password_hash = ? WHERE id = ?", newerHash, legacy.id());

        assertEquals(Optional.of(MigrationResult.HASH_REPLACED), migration.migrate(verified, legacy.password()));

        assertEquals(newerHash, TestDatabase.passwordHash(legacy.id()).orElseThrow(), "a newer hash is never overwritten");
    }
}
