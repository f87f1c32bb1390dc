package dev.smskit.stub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * For an API that takes {@code pageSize=} as a bad number rather than as no number: Spring would
 * read the empty value as absent and use the parameter's default. Refused as any other value that is
 * no number, so each API words it as it words {@code pageSize=abc}. Registered by the APIs that want it,
 * after their authentication.
 */
public class EmptyNumbers implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
            if (query == null || !isNumber(parameter.nestedIfOptional().getNestedParameterType())) {
                continue;
            }
            String name = query.name().isEmpty() ? parameter.getParameterName() : query.name();
            String[] values = name == null ? null : request.getParameterValues(name);
            if (values != null && values.length > 0 && values[0].isEmpty()) {
                throw new MethodArgumentTypeMismatchException("", parameter.getParameterType(), name, parameter,
                        new NumberFormatException("An empty value is no number."));
            }
        }
        return true;
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class && type != char.class;
    }
}
