package io.authcognito.demo;

import io.authcognito.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JAX-RS application of the runnable WAR: the library's resources under {@code /api}, as the
 * contract has them. This package is left out of the library JAR, so an application that adds
 * the library keeps its own {@code Application} and path.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "auth-cognito", version = "1.0",
        description = "Customer login on Open Liberty with passwords in AWS Cognito, moved there one login at a time."
                + " JSON in and out: a request with a body must say Content-Type: application/json (else 415)."))
@DeclareRoles({Roles.CUSTOMER, Roles.ADMIN})
public class DemoApplication extends Application {
}
