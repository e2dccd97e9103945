package io.authcognito.demo;

import io.authcognito.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application of the runnable WAR: the library's resources under {@code /api}, as the
 * contract has them. This package is left out of the library JAR, so an application that adds
 * the library keeps its own {@code Application} and path.
 */
@ApplicationPath("/api")
@DeclareRoles({Roles.CUSTOMER, Roles.ADMIN})
public class DemoApplication extends Application {
}
