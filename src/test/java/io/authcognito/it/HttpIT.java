package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.local.DocumentedCognito;
import java.net.URL;
import java.util.concurrent.TimeUnit;
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

    /**
     * Asks for a reset code and waits until it has gone out: the product answers 202 at once and
     * sends the code in the background, as the customer then reads it from an email.
     */
    static void requestResetCode(ApiClient browser, String email, String cognitoUsername) {
        long before = DocumentedCognito.sent("ForgotPassword", sent -> sent.about(cognitoUsername));
        assertEquals(202, browser.post("api/auth/password-reset", ApiClient.json("email", email)).status());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (DocumentedCognito.sent("ForgotPassword", sent -> sent.about(cognitoUsername)) == before) {
            assertTrue(System.nanoTime() < deadline, "no reset code was sent within 10 s");
            Thread.onSpinWait();
        }
    }
}
