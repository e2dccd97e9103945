package io.authcognito.account;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;

/** The account was deleted while this change waited for it: there is nothing left to change. */
public class AccountGoneException extends ContractException {

    public AccountGoneException() {
        super(ErrorCode.NOT_AUTHENTICATED, "The account no longer exists.");
    }
}
