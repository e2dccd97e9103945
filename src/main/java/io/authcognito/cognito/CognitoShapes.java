package io.authcognito.cognito;

import java.util.regex.Pattern;

/**
 * The request shapes of Cognito's API reference, which real Cognito enforces (and emulators do
 * not): a value outside them is refused with {@code InvalidParameterException}. Checked here first,
 * so such a value costs no request and is answered as what it is.
 */
public final class CognitoShapes {

    /** {@code PasswordType}: no white space at either end, at most 256 characters. */
    private static final Pattern PASSWORD = Pattern.compile("^[\\S]+.*[\\S]+$");
    /** {@code UsernameType}: letters, marks, symbols, digits and punctuation only, at most 128. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    /** {@code ConfirmationCodeType}: no white space, at most 2048. */
    private static final Pattern CODE = Pattern.compile("[\\S]+");
    /** {@code SoftwareTokenMFAUserCodeType}: six digits. */
    private static final Pattern TOTP_CODE = Pattern.compile("[0-9]{6}");

    private CognitoShapes() {
    }

    /** Whether Cognito can hold this password at all, whatever the pool's policy. */
    public static boolean canBePassword(String password) {
        return password.length() <= 256 && PASSWORD.matcher(password).matches();
    }

    public static boolean canBeUsername(String username) {
        return username.codePointCount(0, username.length()) <= 128 && USERNAME.matcher(username).matches();
    }

    public static boolean canBeCode(String code) {
        return code.length() <= 2048 && CODE.matcher(code).matches();
    }

    public static boolean canBeTotpCode(String code) {
        return TOTP_CODE.matcher(code).matches();
    }
}
