package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document Liberty generates from the resources' annotations describes the contract. */
class OpenApiIT extends HttpIT {

    /** CONTRACT.md's table: each endpoint and the error statuses it lists. */
    private static final Map<String, Set<String>> CONTRACT = Map.ofEntries(
            Map.entry("post /api/auth/login", Set.of("400", "401", "403", "429", "503")),
            Map.entry("post /api/auth/logout", Set.of()),
            Map.entry("get /api/auth/me", Set.of("401")),
            Map.entry("post /api/auth/sessions/revoke-others", Set.of("401")),
            Map.entry("post /api/customers", Set.of("400", "409", "503")),
            Map.entry("get /api/customers/me", Set.of("401")),
            Map.entry("post /api/customers/me/password", Set.of("400", "401")),
            Map.entry("put /api/customers/me/email", Set.of("401", "409")),
            Map.entry("delete /api/customers/me", Set.of("401")),
            Map.entry("post /api/auth/password-reset", Set.of("400")),
            Map.entry("post /api/auth/password-reset/confirm", Set.of("400")),
            Map.entry("post /api/admin/customers/{id}/sessions/revoke", Set.of("401", "403")),
            Map.entry("get /api/admin/migration", Set.of("401", "403")));

    @Test
    void everyEndpointOfTheContractIsDescribedWithItsErrors() {
        JsonObject paths = document().getJsonObject("paths");

        CONTRACT.forEach((endpoint, errors) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            assertTrue(paths.containsKey(path), path + " is not in the document");
            JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
            assertNotNull(operation, endpoint + " is not in the document");
            Set<String> documented = operation.getJsonObject("responses").keySet();
            assertTrue(documented.containsAll(errors), endpoint + " documents " + documented + ", the contract lists " + errors);
            assertTrue(documented.stream().anyMatch(status -> status.startsWith("2")), endpoint + " has no success answer");
        });
    }

    @Test
    void everyErrorAnswerHasTheContractsBodyWithItsCodes() {
        JsonObject document = document();
        JsonObject errorBody = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("ErrorBody");
        assertTrue(errorBody.getJsonObject("properties").getJsonObject("error").getJsonArray("enum").toString()
                .contains("\"invalid_credentials\""));
        JsonObject unauthorized = document.getJsonObject("paths").getJsonObject("/api/auth/login").getJsonObject("post")
                .getJsonObject("responses").getJsonObject("401");

        assertTrue(unauthorized.getString("description").startsWith("invalid_credentials"), unauthorized.toString());
        assertEquals("#/components/schemas/ErrorBody", unauthorized.getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref"));
    }

    @Test
    void requestBodiesAreDescribedFromTheRecords() {
        JsonObject login = document().getJsonObject("paths").getJsonObject("/api/auth/login").getJsonObject("post");

        String schema = login.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref");
        assertEquals("#/components/schemas/LoginRequest", schema);
    }

    /** Over HTTP/1.1: Liberty's UI does not answer a request that asks to upgrade to HTTP/2 (h2c), as the JDK's client does. */
    @Test
    void theUiIsServed() throws Exception {
        HttpResponse<String> ui = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(base.toURI().resolve("openapi/ui/")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<html"), ui.body());
    }

    private JsonObject document() {
        ApiClient.Reply reply = browser().get("openapi?format=JSON");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
