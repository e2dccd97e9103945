package io.authcognito.api.request;

/** {@code PUT /customers/me/email}: the new email, and the password to prove it is the customer asking. */
public record EmailChangeRequest(@EmailAddress String email, @Password String password) implements RequestBody {

    public EmailChangeRequest {
        email = RequestBody.trimmed(email);
    }
}
