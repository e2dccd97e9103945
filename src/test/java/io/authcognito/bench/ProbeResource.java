package io.authcognito.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The yardstick for session requests: an unauthenticated JAX-RS GET on the same server that
 * answers the same shape as {@code GET /api/auth/me}, from memory. Deployed only by the benchmark.
 */
@Path("me")
public class ProbeResource {

    /** Same fields as the product's answer. */
    public record Caller(String id, String email, List<String> groups) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Caller me() {
        return new Caller("cus_probe", "probe@example.com", List.of("customer"));
    }

    /** The probe's JAX-RS application. */
    @ApplicationPath("/api")
    public static class ProbeApplication extends Application {
    }
}
