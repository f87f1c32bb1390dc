package dev.smskit.stub.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Integer path and query parameters take decimal digits only, as the specs' int32/int64 say. Spring
 * would also read {@code 0x10} and {@code #10} as hexadecimal 16 (its number editor is the fallback
 * when a converter refuses a value, so only an editor of our own can refuse them).
 */
@ControllerAdvice
public class DecimalNumbers {

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf));
        binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf));
    }

    private static final class Decimal extends PropertyEditorSupport {

        private final Function<String, Number> parse;

        Decimal(Function<String, Number> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            // an empty value stays "no value", as Spring has it; a NumberFormatException is a 400
            setValue(text == null || text.isEmpty() ? null : parse.apply(text));
        }
    }
}
