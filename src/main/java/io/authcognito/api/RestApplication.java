package io.authcognito.api;

import io.authcognito.identity.CustomerIdentityStore;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@DeclareRoles({CustomerIdentityStore.CUSTOMER_ROLE, RestApplication.ADMIN_ROLE})
public class RestApplication extends Application {

    public static final String ADMIN_ROLE = "admin";
}
