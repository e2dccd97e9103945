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
@Transactional
public class DeviceKey {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager em;

    @Inject
    @ConfigProperties
    LoginLimits limits;

    private volatile byte[] key;

    byte[] bytes() {
        byte[] known = key;
        if (known == null) {
            known = Base64.getDecoder().decode(limits.deviceKey.orElseGet(this::shared));
            key = known;
        }
        return known;
    }

    private String shared() {
        byte[] made = new byte[32];
        new SecureRandom().nextBytes(made);
        em.createNativeQuery("INSERT INTO auth_cognito_setting (name, value) VALUES ('device-key', ?1) ON CONFLICT DO NOTHING")
                .setParameter(1, Base64.getEncoder().encodeToString(made))
                .executeUpdate();
        return (String) em.createNativeQuery("SELECT value FROM auth_cognito_setting WHERE name = 'device-key'")
                .getSingleResult();
    }
}
