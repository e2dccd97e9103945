package io.authcognito.identity;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The failed-login limits, {@code auth.login.*}. */
@Dependent
@ConfigProperties(prefix = "auth.login")
public class LoginLimits {

    /** Failures from clients the account has never logged in from, before such clients are refused. */
    @ConfigProperty(name = "max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    /** Failures from one client address, before it is refused the accounts it failed against. */
    @ConfigProperty(name = "max-failures-per-address", defaultValue = "100")
    int maxFailuresPerAddress;

    /** Logins a minute an address over its limit may still try, for accounts it has not failed against. */
    @ConfigProperty(name = "over-limit-logins-per-minute", defaultValue = "10")
    int overLimitLoginsPerMinute;

    /** Failures older than this are forgotten; a blocked client waits this long. */
    @ConfigProperty(name = "failure-window", defaultValue = "PT15M")
    Duration window;

    /**
     * Legacy hash checks run at once; 0 means one per processor. Each scrypt check at Medusa v2's
     * parameters holds 32 MiB, so this also bounds their memory.
     */
    @ConfigProperty(name = "max-concurrent-hash-checks", defaultValue = "0")
    int maxConcurrentHashChecks;

    int concurrentHashChecks() {
        return maxConcurrentHashChecks > 0 ? maxConcurrentHashChecks : Runtime.getRuntime().availableProcessors();
    }

    /** The key that signs device cookies (base64, 32 bytes); generated and kept in the database when absent. */
    @ConfigProperty(name = "device-key")
    Optional<String> deviceKey;
}
