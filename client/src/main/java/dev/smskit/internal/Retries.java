package dev.smskit.internal;

import dev.smskit.common.ApiException;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.NetworkException;
import dev.smskit.common.RetryPolicy;
import dev.smskit.common.SmskitException;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Feign's retryer, one copy per call: applies the {@link RetryPolicy} and, where the API can renew
 * its credentials, tries a call answered 401 once more with fresh ones. Anything it does not retry
 * leaves as the typed exception: an {@link ApiException} or a {@link NetworkException}.
 */
final class Retries implements Retryer {

    private final RetryPolicy policy;
    private final Predicate<Request> renewCredentials;
    private int attempt = 1;
    private boolean renewed;

    Retries(RetryPolicy policy, Predicate<Request> renewCredentials) {
        this.policy = policy;
        this.renewCredentials = renewCredentials;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        String method = e.method() == null ? "?" : e.method().name();
        SmskitException failure = e.getCause() instanceof ApiException api
                ? api
                : new NetworkException(method, e.hasRequest() ? Redaction.url(e.request().url()) : "?", e.getCause());

        if (failure instanceof AuthenticationException && renewCredentials != null && !renewed) {
            renewed = true;
            if (renewCredentials.test(e.request())) {
                return;
            }
        }
        Optional<Duration> wait = policy.delayAfter(attempt, method, failure);
        if (wait.isEmpty()) {
            throw Outcomes.settled(method, failure);
        }
        try {
            policy.sleeper().sleep(wait.get());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw Outcomes.settled(method, failure);
        }
        attempt++;
    }

    @Override
    public Retryer clone() {
        return new Retries(policy, renewCredentials);
    }
}
