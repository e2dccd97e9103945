package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HealthIT extends HttpIT {

    @Test
    void readyChecksTheDatabaseAndCognito() {
        ApiClient.Reply reply = browser().get("health/ready");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("UP", reply.json().getString("status"));
        Set<String> checks = reply.json().getJsonArray("checks").stream()
                .map(check -> ((JsonObject) check).getString("name"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("database", "cognito"), checks);
    }

    @Test
    void liveIsUp() {
        ApiClient.Reply reply = browser().get("health/live");

        assertEquals(200, reply.status());
        assertEquals("UP", reply.json().getString("status"));
    }
}
