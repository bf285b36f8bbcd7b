package cn.renda.core.web;

import cn.renda.core.InvalidInputException;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies {@link SaneInput} to every request body of the API (400 problem+json naming the field, before
 * any service runs) and to every validated form of the pages (a field error on the form).
 */
@ControllerAdvice
class SaneInputAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter methodParameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        var problems = SaneInput.problems(body);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    @InitBinder
    void saneValues(WebDataBinder binder) {
        Object target = binder.getTarget();
        if (target == null || target.getClass().getName().startsWith("cn.renda.")) {
            binder.addValidators(new SaneValidator());
        }
    }

    /** The form-side check: each problem becomes a field error. */
    static final class SaneValidator implements Validator {
        @Override
        public boolean supports(Class<?> clazz) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            for (var p : SaneInput.problems(target)) {
                try {
                    errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
                } catch (RuntimeException notAProperty) {
                    errors.reject(p.messageKey(), p.arguments(), p.messageKey());
                }
            }
        }
    }
}
