package io.authcognito.api.request;

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
 * An email address: one {@code @} with text on both sides and no spaces. Deliberately loose, as
 * stores' existing rows are: whether mail arrives is Cognito's and the store's business.
 */
@Documented
@Text(max = 254)
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface EmailAddress {

    String message() default "is not an email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailAddress, String> {

        @Override
        public boolean isValid(String email, ConstraintValidatorContext context) {
            if (email == null || email.isEmpty()) {
                return true; // @Text says what is wrong
            }
            int at = email.indexOf('@');
            return at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1
                    && email.chars().noneMatch(Character::isWhitespace);
        }
    }
}
