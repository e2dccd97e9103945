package io.authcognito.api.request;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/** A request body that is not JSON, not the right shape, or has a field that breaks its constraints. */
public class InvalidRequestException extends ContractException {

    public InvalidRequestException(String message) {
        super(ErrorCode.INVALID_REQUEST, message);
    }

    /** Names one violated field (the first by name, so the answer is the same every time). */
    static InvalidRequestException of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .min(Comparator.comparing(violation -> field(violation)))
                .map(violation -> new InvalidRequestException(
                        String.format(Locale.ROOT, "The field \"%s\" %s.", field(violation), violation.getMessage())))
                .orElseThrow();
    }

    private static String field(ConstraintViolation<?> violation) {
        String name = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name;
    }
}
