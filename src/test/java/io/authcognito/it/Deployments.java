package io.authcognito.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, exactly as a deployer gets it. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("application.war", "target/auth-cognito.war")));
    }
}
