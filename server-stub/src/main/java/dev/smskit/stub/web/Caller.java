package dev.smskit.stub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is calling: the IP1 account or smsend user the current request was authenticated as. Each
 * API's authentication names the caller once per request ({@link #authenticated}); controllers ask
 * this one component instead of reading the request themselves.
 */
@Component
public class Caller {

    private static final String ATTRIBUTE = Caller.class.getName();

    /** Names the caller of {@code request}, once its credentials have been checked. */
    public static void authenticated(HttpServletRequest request, String name) {
        request.setAttribute(ATTRIBUTE, name);
    }

    /** The IP1 account or smsend user of the request being handled. */
    public String name() {
        Object name = RequestContextHolder.currentRequestAttributes().getAttribute(ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        if (name == null) {
            // a controller reached without its API's authentication: a stub bug, not a client error
            throw new IllegalStateException("no authenticated caller in this request");
        }
        return (String) name;
    }
}
