package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readyChecksTheDatabaseAndCognito() {
        ApiClient.Reply reply = new ApiClient(base).get("health/ready");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("UP", reply.json().getString("status"));
        Set<String> checks = reply.json().getJsonArray("checks").stream()
                .map(check -> ((JsonObject) check).getString("name"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("database", "cognito"), checks);
    }

    @Test
    void liveIsUp() {
        ApiClient.Reply reply = new ApiClient(base).get("health/live");

        assertEquals(200, reply.status());
        assertEquals("UP", reply.json().getString("status"));
    }
}
