package io.authcognito.session;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;

/**
 * Writes a session to the store the servers share at once, for every server to see: Liberty's
 * store writes nothing by itself (MANUAL_UPDATE), and its way to write now is {@code IBMSession.sync}.
 */
final class SharedSessionStore {

    private static final Method SYNC = ibmSessionSync();

    private SharedSessionStore() {
    }

    /** Whether this server can write sessions to a shared store at all (Liberty's API is visible to the application). */
    static boolean available() {
        return SYNC != null;
    }

    static void put(HttpSession session, String name, Object value) {
        session.setAttribute(name, value);
        sync(session);
    }

    static void remove(HttpSession session, String name) {
        session.removeAttribute(name);
        sync(session);
    }

    private static void sync(HttpSession session) {
        if (available() && SYNC.getDeclaringClass().isInstance(session)) {
            try {
                SYNC.invoke(session);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the session could not be written to the shared store", e);
            }
        }
    }

    private static Method ibmSessionSync() {
        try {
            return Class.forName("com.ibm.websphere.servlet.session.IBMSession").getMethod("sync");
        } catch (ReflectiveOperationException notLiberty) {
            return null;
        }
    }
}
