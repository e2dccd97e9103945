package io.authcognito.api;

import io.authcognito.session.SessionCaller;
import java.util.List;

/** The logged-in customer as login and {@code /api/auth/me} show them. */
public record CallerView(String id, String email, List<String> groups) {

    static CallerView of(SessionCaller caller) {
        return new CallerView(caller.customerId(), caller.email(), caller.groups().stream().sorted().toList());
    }
}
