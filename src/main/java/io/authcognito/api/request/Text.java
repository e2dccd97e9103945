package io.authcognito.api.request;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A string field a person typed: present (unless optional), not empty, at most {@link #max()}
 * characters (code points, not UTF-16 units), and free of control characters and lone surrogates.
 */
@Documented
@Constraint(validatedBy = Text.Validator.class)
@Target({FIELD, RECORD_COMPONENT, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Text {

    int max();

    boolean optional() default false;

    String message() default "is not acceptable text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Says which rule the value breaks, so the answer names the problem as well as the field. */
    class Validator implements ConstraintValidator<Text, String> {

        private int max;
        private boolean optional;

        @Override
        public void initialize(Text text) {
            max = text.max();
            optional = text.optional();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        private String problem(String value) {
            if (value == null) {
                return optional ? null : "is required";
            }
            if (value.isEmpty()) {
                return "must not be empty";
            }
            if (value.codePointCount(0, value.length()) > max) {
                return "is longer than " + max + " characters";
            }
            return isWellFormed(value) ? null : "contains control characters or malformed Unicode";
        }

        private static boolean isWellFormed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c)) {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
