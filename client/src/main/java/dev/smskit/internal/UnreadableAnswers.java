package dev.smskit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.smskit.common.SmskitException;
import feign.FeignException;
import feign.InvocationContext;
import feign.Request;
import feign.ResponseInterceptor;
import feign.RetryableException;
import java.io.IOException;

/**
 * Keeps Feign's own exceptions out of the SDK: an answer whose body cannot be read or decoded
 * becomes a {@link dev.smskit.common.NetworkException} (the connection broke; an
 * {@link dev.smskit.common.OutcomeUnknownException} for a POST) or a {@link SmskitException} (the body
 * is not what the API documents).
 */
final class UnreadableAnswers implements ResponseInterceptor {

    @Override
    public Object intercept(InvocationContext context, Chain chain) throws Exception {
        try {
            return chain.next(context);
        } catch (RetryableException errorAnswer) {
            throw errorAnswer;
        } catch (FeignException unreadable) {
            Request request = context.response().request();
            String method = request.httpMethod().name();
            String url = Redaction.url(request.url());
            // Jackson's parse errors are IOExceptions too, but the connection was fine
            if (unreadable.getCause() instanceof IOException && !(unreadable.getCause() instanceof JsonProcessingException)) {
                throw Outcomes.noAnswer(method, url, unreadable.getCause());
            }
            Throwable cause = unreadable.getCause() != null ? unreadable.getCause() : unreadable;
            throw new SmskitException(method + " " + url + " answered HTTP " + context.response().status()
                    + " with a body that is not a " + context.returnType().getTypeName() + ": "
                    + cause.getMessage(), cause);
        }
    }
}
