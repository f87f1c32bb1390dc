package dev.smskit.internal;

import dev.smskit.common.NetworkException;
import dev.smskit.common.OutcomeUnknownException;
import dev.smskit.common.ServerException;
import dev.smskit.common.SmskitException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Set;

/**
 * Tells a failure after which nothing happened from one after which the server may have acted: a
 * call that changes something ({@code POST}, {@code PATCH}) whose request was sent and then got no
 * answer or a 5xx is an {@link OutcomeUnknownException}.
 */
final class Outcomes {

    private static final Set<String> CHANGING = Set.of("POST", "PATCH");
    /** 5xx that say the request was not handled (RFC 9110 15.6.2, 15.6.4, 15.6.6). */
    private static final Set<Integer> NOT_HANDLED = Set.of(501, 503, 505);

    private Outcomes() {
    }

    /** The exception for a call that got no answer. */
    static NetworkException noAnswer(String method, String url, Throwable cause) {
        return CHANGING.contains(method) && sent(cause) ? new OutcomeUnknownException(method, url, cause)
                : new NetworkException(method, url, cause);
    }

    /** {@code failure} as the caller sees it once it is final. */
    static SmskitException settled(String method, SmskitException failure) {
        if (failure instanceof ServerException answer && CHANGING.contains(method)
                && !NOT_HANDLED.contains(answer.getStatus())) {
            return new OutcomeUnknownException(answer);
        }
        if (failure instanceof NetworkException network && !(failure instanceof OutcomeUnknownException)) {
            return noAnswer(method, network.getUrl(), network.getCause());
        }
        return failure;
    }

    /** Whether the request may have left: not when the connection was never made. */
    private static boolean sent(Throwable cause) {
        for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
            if (failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException
                    || failure instanceof UnknownHostException) {
                return false;
            }
        }
        return true;
    }
}
