package io.authcognito.identity;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The failed-login limits, {@code auth.login.*}. */
@Dependent
@ConfigProperties(prefix = "auth.login")
public class LoginLimits {

    @ConfigProperty(name = "max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @ConfigProperty(name = "max-failures-per-address", defaultValue = "100")
    int maxFailuresPerAddress;

    /** Failures older than this are forgotten; a blocked client waits this long. */
    @ConfigProperty(name = "failure-window", defaultValue = "PT15M")
    Duration window;
}
