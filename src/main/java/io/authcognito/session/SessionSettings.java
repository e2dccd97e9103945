package io.authcognito.session;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a session lives, {@code auth.session.*}. */
@Dependent
@ConfigProperties(prefix = "auth.session")
public class SessionSettings {

    /** A session unused this long ends. */
    @ConfigProperty(name = "idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    /** A session ends this long after its login, used or not. */
    @ConfigProperty(name = "max-lifetime", defaultValue = "PT12H")
    Duration maxLifetime;
}
