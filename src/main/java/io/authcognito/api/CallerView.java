package io.authcognito.api;

import java.util.List;

/** The logged-in customer as login and {@code /api/auth/me} show them. */
public record CallerView(String id, String email, List<String> groups) {
}
