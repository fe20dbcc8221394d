package org.alliancegraph.graphql;

import java.util.Comparator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.alliancegraph.common.BadUserInputException;

/**
 * Checks a mutation's input against its Bean Validation constraints before anything is written: the first violation (by
 * field path) becomes a BAD_USER_INPUT error naming the field, e.g. {@code input.name}.
 */
@ApplicationScoped
public class InputValidation {

    private final Validator validator;

    InputValidation(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param argument
     *            the name of the mutation's argument that holds the input
     */
    public void check(String argument, Object input) {
        validator.validate(input).stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new BadUserInputException(field(argument, violation) + ": " + violation.getMessage(),
                            field(argument, violation));
                });
    }

    private static String field(String argument, ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? argument : argument + "." + path;
    }
}
