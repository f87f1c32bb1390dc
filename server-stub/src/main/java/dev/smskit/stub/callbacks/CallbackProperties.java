package dev.smskit.stub.callbacks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smskit.stub.callbacks.*}: how the stub posts callbacks to applications.
 *
 * @param retryInterval     wait after a failed try (not 200, timeout, refused connection) before the
 *                          next one, on the stub's clock; IP1 documents 10 minutes
 * @param backoffMultiplier each further wait is the previous one times this; IP1 waits alike (1)
 * @param maxAttempts       tries per callback before it is discarded; IP1 documents 10
 * @param connectTimeout    how long to wait for the receiver's connection (not documented by IP1)
 * @param readTimeout       how long to wait for the receiver's answer (not documented by IP1)
 * @param maxInFlight       callbacks waiting for an answer at once; more wait for their turn, so a
 *                          slow receiver cannot pile up connections
 * @param threads           threads that send callbacks and read answers; API requests never use them
 * @param poll              how often the stub looks for reports that became due (steps move on by the clock)
 * @param allowedHosts      hosts the stub may call (exact names, case-insensitive); empty: any host,
 *                          fine for local use, to restrict on a shared stub
 * @param keptAttempts      attempts the control API lists, the latest; older ones are forgotten so that
 *                          a stub running for days does not grow without bound
 */
@ConfigurationProperties("smskit.stub.callbacks")
public record CallbackProperties(
        @DefaultValue("10m") Duration retryInterval,
        @DefaultValue("1") double backoffMultiplier,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("16") int maxInFlight,
        @DefaultValue("2") int threads,
        @DefaultValue("100ms") Duration poll,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("10000") int keptAttempts) {

    /** The wait before try number {@code next} (2 for the first retry). */
    Duration waitBefore(int next) {
        return Duration.ofMillis(Math.round(retryInterval.toMillis() * Math.pow(backoffMultiplier, next - 2)));
    }

    boolean allows(String host) {
        return allowedHosts.isEmpty() || allowedHosts.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(host));
    }
}
