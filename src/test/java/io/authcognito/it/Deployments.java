package io.authcognito.it;

import io.authcognito.it.store.OrderResource;
import io.authcognito.it.store.StoreApplication;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the tests deploy: the archives `mvn package` built, exactly as a deployer gets them. */
final class Deployments {

    private Deployments() {
    }

    /** The runnable WAR. */
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("application.war")));
    }

    /**
     * A store's own application that adds the library as its one dependency: its own JAX-RS
     * application at {@code /shop}, its own resources and persistence unit, and in WEB-INF/lib the
     * library JAR with the libraries it depends on (the AWS SDK, BouncyCastle).
     */
    static WebArchive storeApplication() {
        WebArchive store = ShrinkWrap.create(WebArchive.class, "store.war")
                .addClasses(StoreApplication.class, OrderResource.class)
                .addAsResource("store/persistence.xml", "META-INF/persistence.xml")
                .addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, new File(System.getProperty("library.jar"))));
        application().getContent(path -> path.get().startsWith("/WEB-INF/lib/"))
                .forEach((path, node) -> store.add(node.getAsset(), path));
        return store;
    }
}
