package nl.stagemakelaar.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date of birth: in the past and after 1900-01-01, the same rule as the database's check. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BirthDate.Validator.class)
public @interface BirthDate {

    LocalDate EARLIEST_EXCLUSIVE = LocalDate.of(1900, 1, 1);

    String message() default "must be a date of birth after 1900-01-01 and in the past";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BirthDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || value.isAfter(EARLIEST_EXCLUSIVE) && value.isBefore(LocalDate.now());
        }
    }
}
