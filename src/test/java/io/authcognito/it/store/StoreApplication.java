package io.authcognito.it.store;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * A store's own JAX-RS application, as one that adds the library already has: its own path, and
 * no list of classes, so the library's resources are served under it too.
 */
@ApplicationPath("/shop")
public class StoreApplication extends Application {
}
