package io.authcognito.account;

import io.authcognito.cognito.CognitoGateway;
import io.authcognito.cognito.InvalidResetCodeException;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.customer.CognitoAccounts;
import io.authcognito.logging.LogMessage;
import io.authcognito.migration.PasswordMigration;
import io.authcognito.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Password reset through Cognito's own ForgotPassword and ConfirmForgotPassword, so the code
 * reaches the customer through the pool's email. A customer still on a legacy hash is put in
 * Cognito first; the hash goes when the reset is confirmed.
 */
@ApplicationScoped
public class PasswordReset {

    private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Customers customers;
    private final CognitoAccounts accounts;
    private final PasswordMigration migration;
    private final CognitoGateway cognito;
    private final Sessions sessions;

    @Inject
    public PasswordReset(Customers customers, CognitoAccounts accounts, PasswordMigration migration,
                         CognitoGateway cognito, Sessions sessions) {
        this.customers = customers;
        this.accounts = accounts;
        this.migration = migration;
        this.cognito = cognito;
        this.sessions = sessions;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected PasswordReset() {
        this(null, null, null, null, null);
    }

    /** Sends a code if the email belongs to an account; says nothing either way. */
    public void request(String email) {
        Optional<Customer> account = customers.findAccountByEmail(email);
        if (account.isEmpty()) {
            return;
        }
        Customer customer = account.get();
        String username = migration.cognitoUser(customer);
        if (customer.hasLegacyPassword()) {
            // Cognito runs no reset for a user without a permanent password; the legacy password
            // still works until the reset is confirmed, and re-migrates over this one if used.
            cognito.setPassword(username, unguessablePassword());
        }
        if (!cognito.sendPasswordResetCode(username)) {
            LogMessage.RESET_CODE_NOT_SENT.log(LOG, customer.id());
        }
    }

    public void confirm(String email, String code, String newPassword) {
        Customer customer = customers.findAccountByEmail(email).orElseThrow(InvalidResetCodeException::new);
        String username = accounts.cognitoUsername(customer.id()).orElseThrow(InvalidResetCodeException::new);
        cognito.confirmPasswordReset(username, code, newPassword);
        migration.passwordReplaced(customer, username);
        sessions.endAll(customer.id());
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
