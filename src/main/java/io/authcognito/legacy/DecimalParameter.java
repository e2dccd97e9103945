package io.authcognito.legacy;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads a cost parameter written in decimal inside a stored hash, within bounds.
 *
 * <p>Integer.parseInt alone would accept signs and overflow-sized numbers from a corrupt row; these
 * values must be plain digits and small enough that a poisoned row cannot make us compute for minutes.
 */
final class DecimalParameter {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private DecimalParameter() {
    }

    static OptionalInt parse(String text, int min, int max) {
        if (text == null || !DIGITS.matcher(text).matches()) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value < min || value > max ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
