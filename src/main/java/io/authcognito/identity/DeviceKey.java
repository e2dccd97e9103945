package io.authcognito.identity;

import io.authcognito.customer.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The key that signs device cookies: {@code auth.login.device-key} when given, else one made by the
 * first server that needs it and kept in the database, so that every server checks every server's
 * cookies and a restart invalidates none.
 */
@ApplicationScoped
public class DeviceKey {

    private static final int KEY_BYTES = 32;

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperties
    LoginLimits limits;

    /** The key; the caller keeps it, so this runs (and opens a transaction) once per server. */
    @Transactional
    byte[] load() {
        byte[] key = Base64.getDecoder().decode(limits.deviceKey.orElseGet(this::shared));
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("auth.login.device-key must be the base64 of " + KEY_BYTES + " bytes");
        }
        return key;
    }

    private String shared() {
        byte[] made = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(made);
        em.createNativeQuery("INSERT INTO auth_cognito_setting (name, value) VALUES ('device-key', ?1) ON CONFLICT DO NOTHING")
                .setParameter(1, Base64.getEncoder().encodeToString(made))
                .executeUpdate();
        return (String) em.createNativeQuery("SELECT value FROM auth_cognito_setting WHERE name = 'device-key'")
                .getSingleResult();
    }
}
