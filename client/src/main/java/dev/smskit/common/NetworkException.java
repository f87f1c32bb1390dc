package dev.smskit.common;

import java.io.IOException;

/**
 * No HTTP answer arrived: the connection was refused or reset, the host is unknown, or a timeout
 * expired. Whether the server acted on the request is unknown, which is why a {@code POST} is never
 * retried after one unless the {@link RetryPolicy} allows it.
 */
public class NetworkException extends SmskitException {

    private static final long serialVersionUID = 1L;

    /** The HTTP method of the failed request. */
    private final String method;
    /** The request URL, password masked. */
    private final String url;

    /**
     * A request that got no answer; public so that tests of code using the client can throw one.
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param url the request URL, credentials already masked
     * @param cause the I/O failure
     */
    public NetworkException(String method, String url, Throwable cause) {
        super(method + " " + url + " failed: no answer (" + describe(cause) + ")", cause);
        this.method = method;
        this.url = url;
    }

    /**
     * A request whose outcome is uncertain for another reason, with its own message; for subclasses.
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param url the request URL, credentials already masked
     * @param message what failed and why
     * @param cause the failure
     */
    protected NetworkException(String method, String url, String message, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.url = url;
    }

    static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown I/O failure";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * The HTTP method of the failed request.
     *
     * @return for example {@code GET}
     */
    public String getMethod() {
        return method;
    }

    /**
     * The URL of the failed request, with any password in its query replaced by {@code ***}.
     *
     * @return the request URL
     */
    public String getUrl() {
        return url;
    }

    /**
     * The I/O failure, if the transport reported one.
     *
     * @return the cause as an {@link IOException}, or {@code null} if it is of another type
     */
    public IOException getIOException() {
        return getCause() instanceof IOException io ? io : null;
    }
}
