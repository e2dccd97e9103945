package io.authcognito.legacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordBytesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "correct horse battery staple", "pässwörd-日本-🔑", "cafe\u0301", "\u007f\u0080\u07ff\u0800\uffff",
            "\ud800\udc00\udbff\udfff"})
    void wellFormedPasswordsAreUtf8WithoutNormalisation(String password) {
        byte[] expected = password.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, PasswordBytes.NODE_UTF8.encode(password.toCharArray()));
        assertArrayEquals(expected, PasswordBytes.BCRYPTJS_UTF8.encode(password.toCharArray()));
    }

    @ParameterizedTest
    @EnumSource(PasswordBytes.class)
    void unpairedSurrogates(PasswordBytes encoding) {
        char[] password = {'a', '\ud83d', 'b', '\udc00'};
        byte[] expected = encoding == PasswordBytes.NODE_UTF8
                ? new byte[] {'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, 'b', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD}
                : new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0xBD, 'b', (byte) 0xED, (byte) 0xB0, (byte) 0x80};
        assertArrayEquals(expected, encoding.encode(password));
    }

    @ParameterizedTest
    @EnumSource(PasswordBytes.class)
    void highSurrogateAtTheEnd(PasswordBytes encoding) {
        byte[] expected = encoding == PasswordBytes.NODE_UTF8
                ? new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}
                : new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD};
        assertArrayEquals(expected, encoding.encode(new char[] {'\ud83d'}));
    }
}
