package io.authcognito.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.PasswordPolicyException;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.customer.MigrationState;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order of a migration's steps, and what happens when Cognito refuses or is gone (which the emulator cannot show). */
class PasswordMigrationTest {

    private final List<String> steps = new ArrayList<>();

    @Test
    void theHashIsRemovedOnlyAfterCognitoAcceptedThePassword() {
        migration(cognito(null)).migrate(legacyCustomer(), "legacy-pw");

        assertEquals(List.of("createUser", "record USER_CREATED", "setPassword", "record PASSWORD_SET",
                "removeLegacyHashIfUnchanged", "record MIGRATED"), steps);
    }

    @Test
    void aPolicyRejectionKeepsTheHashAndMarksTheCustomer() {
        migration(cognito(new PasswordPolicyException("Password must have uppercase characters")))
                .migrate(legacyCustomer(), "weak");

        assertTrue(steps.contains("markPasswordRejectedByPolicy"));
        assertTrue(steps.stream().noneMatch(step -> step.startsWith("removeLegacyHashIfUnchanged")), steps.toString());
    }

    @Test
    void anOutageKeepsTheHashForTheNextLogin() {
        migration(cognito(new CognitoUnavailableException(new java.net.SocketTimeoutException("connect timed out")))).migrate(legacyCustomer(), "legacy-pw");

        assertTrue(steps.stream().noneMatch(step -> step.startsWith("removeLegacyHashIfUnchanged")), steps.toString());
        assertTrue(steps.stream().noneMatch(step -> step.equals("record MIGRATED")), steps.toString());
    }

    private PasswordMigration migration(CognitoGateway cognito) {
        CognitoAccounts accounts = new CognitoAccounts() {
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
        };
        Customers customers = new Customers() {
            @Override
            public boolean removeLegacyHashIfUnchanged(String customerId, String verifiedHash) {
                steps.add("removeLegacyHashIfUnchanged");
                return true;
            }
        };
        return new PasswordMigration(cognito, accounts, customers);
    }

    /** A gateway whose setPassword fails with {@code failure}, or succeeds when it is null. */
    private CognitoGateway cognito(RuntimeException failure) {
        return new CognitoGateway() {
            @Override
            public String createUser(String customerId, String email) {
                steps.add("createUser");
                return customerId;
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
        Customer customer = Customer.newAccount("cus_unit", "unit@example.com", null, null);
        try {
            Field hash = Customer.class.getDeclaredField("passwordHash");
            hash.setAccessible(true);
            hash.set(customer, "$2b$04$legacylegacylegacylegacyu");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return customer;
    }
}
