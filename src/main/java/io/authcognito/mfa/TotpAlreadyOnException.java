package io.authcognito.mfa;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** Setting up an authenticator app for a customer who has one on: turning it off comes first, with a code from it. */
class TotpAlreadyOnException extends ContractException {

    TotpAlreadyOnException() {
        super(ErrorCode.INVALID_REQUEST, "Two-factor login is already on: turn it off first to set up another app.");
    }
}
