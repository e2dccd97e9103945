package io.authcognito.api.request;

/** {@code POST /customers/me/password}. */
public record PasswordChangeRequest(@Password String currentPassword, @Password String newPassword) implements RequestBody {
}
