package io.authcognito.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that talk to the product over HTTP, as its clients do. Arquillian deploys the WAR that
 * `mvn package` built into the one Liberty server of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class HttpIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    ApiClient browser() {
        return new ApiClient(base);
    }
}
