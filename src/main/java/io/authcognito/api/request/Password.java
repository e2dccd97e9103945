package io.authcognito.api.request;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A password exactly as typed (never trimmed or normalised, so it hashes as it did), at most Cognito's 256 characters. */
@Documented
@Text(max = 256)
@Constraint(validatedBy = {})
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Password {

    String message() default "is not an acceptable password";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
