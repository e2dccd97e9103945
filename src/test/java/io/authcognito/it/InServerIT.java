package io.authcognito.it;

import io.authcognito.legacy.LegacyVectors;
import io.authcognito.local.LocalCognito;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that run inside the server, next to the product's own beans, which they inject: the
 * runnable WAR, with the test classes and their fixtures added, deployed through Arquillian's
 * servlet protocol.
 */
@ExtendWith(ArquillianExtension.class)
abstract class InServerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(InServerIT.class, IdentityStoreIT.class, PasswordMigrationIT.class,
                        LegacyCustomer.class, TestDatabase.class, TestCognito.class, ApiClient.class,
                        ApiClient.Reply.class, LegacyVectors.class, LegacyVectors.Vector.class, LocalCognito.class)
                .addAsResource("legacy-vectors.json");
    }
}
