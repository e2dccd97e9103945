package io.authcognito.cognito;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's share of Cognito's request-rate quotas, {@code auth.cognito.quota.*}, in requests
 * a second. The quotas are per AWS account and Region, shared by every pool, application and
 * server of the business: give each server its share (README). The defaults are AWS's defaults.
 */
@Dependent
@ConfigProperties(prefix = "auth.cognito.quota")
public class CognitoQuotas {

    @ConfigProperty(name = "user-authentication", defaultValue = "120")
    double userAuthentication;

    @ConfigProperty(name = "user-creation", defaultValue = "50")
    double userCreation;

    @ConfigProperty(name = "user-account-update", defaultValue = "25")
    double userAccountUpdate;

    @ConfigProperty(name = "user-account-recovery", defaultValue = "30")
    double userAccountRecovery;

    @ConfigProperty(name = "user-read", defaultValue = "120")
    double userRead;

    /**
     * Migrations this server runs at once. Each holds a database connection and the customer's
     * lock while Cognito answers; a first login that finds them all busy goes on without migrating.
     */
    @ConfigProperty(name = "migrations-at-once", defaultValue = "4")
    int migrationsAtOnce;

    /**
     * How long a first login waits for its migration, which runs beside it: a Cognito that is
     * slow or throttling makes the migration finish later, never the login.
     */
    @ConfigProperty(name = "migration-wait", defaultValue = "PT0.2S")
    Duration migrationWait;

    double of(QuotaCategory category) {
        return switch (category) {
            case USER_AUTHENTICATION -> userAuthentication;
            case USER_CREATION -> userCreation;
            case USER_ACCOUNT_UPDATE -> userAccountUpdate;
            case USER_ACCOUNT_RECOVERY -> userAccountRecovery;
            case USER_READ -> userRead;
        };
    }
}
