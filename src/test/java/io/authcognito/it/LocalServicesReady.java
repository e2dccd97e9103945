package io.authcognito.it;

import io.authcognito.local.Marker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Holds the integration tests back until the local services that Maven started in the
 * background (the embedded database, the Cognito emulator) say they are ready.
 */
public class LocalServicesReady implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String directory = System.getProperty("local.services.dir");
        if (directory == null) {
            return; // unit tests: no local services
        }
        try {
            for (String service : new String[] {"database", "cognito"}) {
                new Marker(Path.of(directory), service).awaitIfStarting(Duration.ofMinutes(3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
