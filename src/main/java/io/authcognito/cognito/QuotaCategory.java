package io.authcognito.cognito;

/** Cognito's request-rate quota categories, and the operations of each that the product calls. */
public enum QuotaCategory {
    USER_AUTHENTICATION,
    USER_CREATION,
    USER_ACCOUNT_UPDATE,
    USER_ACCOUNT_RECOVERY,
    USER_READ;

    static QuotaCategory of(String operation) {
        return switch (operation) {
            case "AdminInitiateAuth", "InitiateAuth", "AdminRespondToAuthChallenge", "RespondToAuthChallenge",
                 "AssociateSoftwareToken", "VerifySoftwareToken" -> USER_AUTHENTICATION;
            case "AdminCreateUser" -> USER_CREATION;
            case "ForgotPassword", "ConfirmForgotPassword" -> USER_ACCOUNT_RECOVERY;
            case "AdminGetUser" -> USER_READ;
            default -> USER_ACCOUNT_UPDATE; // AdminSetUserPassword, AdminUpdateUserAttributes, AdminDeleteUser, (Admin)SetUserMFAPreference
        };
    }
}
