package io.authcognito.it;

import io.authcognito.local.DocumentedCognito;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts {@link DocumentedCognito} before any integration test, and so before Arquillian starts
 * the server that reaches Cognito through it; stops it after the last. Unit test runs (no
 * {@code local.services.dir}) start nothing.
 */
public class DocumentedCognitoSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("local.services.dir") != null) {
            DocumentedCognito.start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        DocumentedCognito.stop();
    }
}
