package dev.smskit.common;

import java.util.Optional;

/**
 * A call that may have changed something (a {@code POST} or {@code PATCH}: an SMS sent, a contact
 * created) failed after the request reached the server: the connection dropped or timed out before
 * the answer, or the server answered 5xx (other than 503 or 501, which say the request was not
 * handled). The server may have acted on it: <b>the SMS may have gone out</b>. Sending it again
 * blindly may send it twice; look it up first and send again only what is missing:
 *
 * <ul>
 *   <li>IP1 V2: list the batches and look for the {@code reference} you gave the batch;</li>
 *   <li>IP1 V1: look through the sent SMS list ({@code GET /api/sms/sent}) for the recipient and text;</li>
 *   <li>smsend: read the order by the {@code order_id} you gave it ({@code GET /sms/{order_id}}),
 *       404 if it was never placed.</li>
 * </ul>
 *
 * <p>A {@link NetworkException} for code that treats every missing answer alike; distinct from a
 * clean failure (an {@link ApiException} with a 4xx, a refused connection), after which nothing happened.
 */
public class OutcomeUnknownException extends NetworkException {

    private static final long serialVersionUID = 1L;

    private static final String ADVICE = " The server may have acted on it (an SMS may have gone out):"
            + " look it up before sending again (IP1 V2: the batch by its reference; IP1 V1: the sent SMS list;"
            + " smsend: the order by its order_id).";

    /**
     * No answer arrived after the request was sent; public so that tests of code using the client can throw one.
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param url the request URL, credentials already masked
     * @param cause the I/O failure (a dropped connection, a read timeout)
     */
    public OutcomeUnknownException(String method, String url, Throwable cause) {
        super(method, url, method + " " + url + " failed after the request was sent: outcome unknown, no answer ("
                + describe(cause) + ")." + ADVICE, cause);
    }

    /**
     * The server answered 5xx after the request reached it; public so that tests of code using the client can throw one.
     *
     * @param answer the server error as the client read it
     */
    public OutcomeUnknownException(ServerException answer) {
        super(answer.getMethod(), answer.getUrl(), answer.getMethod() + " " + answer.getUrl()
                + " failed after the request was sent: outcome unknown, the server answered HTTP " + answer.getStatus()
                + " (" + answer.getMessage() + ")." + ADVICE, answer);
    }

    /**
     * The server's 5xx answer, when there was one.
     *
     * @return the answer as a {@link ServerException}, or empty when no answer arrived
     */
    public Optional<ServerException> getServerAnswer() {
        return getCause() instanceof ServerException answer ? Optional.of(answer) : Optional.empty();
    }
}
