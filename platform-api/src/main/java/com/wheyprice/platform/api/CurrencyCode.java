package com.wheyprice.platform.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Currency;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO-4217 currency code the platform can price in ({@code INR}, {@code EUR}): three capital
 * letters is not enough, since a code no currency has cannot be priced in. Null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface CurrencyCode {

    String message() default "must be an ISO-4217 currency code, such as INR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Known to the JDK's currency table, and written as its code is. */
    class Validator implements ConstraintValidator<CurrencyCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isCode(value);
        }

        static boolean isCode(String value) {
            try {
                return Currency.getInstance(value).getCurrencyCode().equals(value);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
