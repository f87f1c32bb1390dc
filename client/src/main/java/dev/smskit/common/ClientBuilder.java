package dev.smskit.common;

import feign.Logger;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings every smskit client shares: base URL, timeouts, retries and logging. Each API's
 * builder ({@code Ip1V1.builder()}, {@code Ip1V2.builder()}, {@code Smsend.builder()}) extends it
 * with that API's credentials.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

    private final Class<?> client;
    private final String apiPath;
    private final String defaultBaseUrl;
    private String baseUrl;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Logger.Level logLevel = Logger.Level.NONE;

    /**
     * Starts a builder.
     *
     * @param client the client class, which also names its SLF4J logger
     * @param defaultBaseUrl the production URL from the spec's {@code servers}
     * @param apiPath the path every operation of the API starts with, e.g. {@code /v2}; recognised
     *     at the end of a base URL and left out of {@link #baseUrl()}
     */
    protected ClientBuilder(Class<?> client, String defaultBaseUrl, String apiPath) {
        this.client = client;
        this.apiPath = apiPath;
        this.defaultBaseUrl = host(defaultBaseUrl);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Where the API is served: the scheme and host, such as {@code https://api.ip1sms.com} or
     * {@code https://app.gateway.smsend.it}, the same convention for every smskit client; defaults
     * to the production server of the spec. Point it at the smskit stub server for tests, e.g.
     * {@code http://localhost:8080}. The API's own base path ({@code /api} for IP1 V1, {@code /v2}
     * for IP1 V2, {@code /API/v1.0/REST} for smsend) may be given too: it is recognised at the end
     * of the URL and never doubled, so {@code http://localhost:8080/v2} and
     * {@code http://localhost:8080} reach the same {@code /v2/batches}. Any other path, such as a
     * proxy's prefix, is kept in front of the API's paths.
     *
     * @param baseUrl an absolute {@code http} or {@code https} URL; trailing slashes are ignored
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute http(s) URL
     */
    public B baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.matches("(?i)https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL without query, such as "
                    + defaultBaseUrl + ", not '" + baseUrl + "'");
        }
        this.baseUrl = host(baseUrl);
        return self();
    }

    /** The URL without trailing slashes and without the API's own base path. */
    private String host(String url) {
        String trimmed = url.replaceAll("/+$", "");
        return trimmed.endsWith(apiPath) ? trimmed.substring(0, trimmed.length() - apiPath.length()) : trimmed;
    }

    /**
     * How long to wait for a connection (default 10 s).
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        return self();
    }

    /**
     * How long to wait, once connected, for the answer to begin: sending the body and the status
     * line and headers of the answer (default 30 s). The JDK client does not time the reading of
     * the body itself; the APIs answer small bodies.
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public B readTimeout(Duration readTimeout) {
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        return self();
    }

    /**
     * When failed calls are tried again (default {@link RetryPolicy#defaults()}: GET, PUT and
     * DELETE up to 3 times, POST never).
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * How much of each call is logged at SLF4J level DEBUG under the client's class name (default
     * {@code NONE}). Credentials are never logged.
     *
     * @param logLevel {@code NONE}, {@code BASIC}, {@code HEADERS} or {@code FULL}
     * @return this builder
     */
    public B logLevel(Logger.Level logLevel) {
        this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
        return self();
    }

    /**
     * The base URL set, or the production server, in the convention of {@link #baseUrl(String)}:
     * without the API's base path.
     *
     * @return for example {@code https://api.ip1sms.com}
     */
    protected final String baseUrl() {
        return baseUrl != null ? baseUrl : defaultBaseUrl;
    }

    /**
     * Everything set on this builder, for the client it builds.
     *
     * @return the settings
     */
    protected final Settings settings() {
        return new Settings(client, baseUrl(), apiPath, connectTimeout, readTimeout, retryPolicy, logLevel);
    }

    /**
     * The settings of one client, as set on its builder.
     *
     * @param client the client class, which names its SLF4J logger
     * @param baseUrl scheme and host (and any proxy prefix), without the API's base path
     * @param apiPath the API's base path, e.g. {@code /API/v1.0/REST}
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for an answer once the request is sent
     * @param retryPolicy when failed calls are tried again
     * @param logLevel how much of each call is logged
     */
    public record Settings(Class<?> client, String baseUrl, String apiPath, Duration connectTimeout,
                           Duration readTimeout, RetryPolicy retryPolicy, Logger.Level logLevel) {
    }

    /**
     * Fails with a clear message when a required setting is missing.
     *
     * @param value the setting
     * @param what what the setting is, e.g. {@code "apiKey"}
     * @return the value
     * @throws IllegalStateException if it is {@code null} or blank
     */
    protected static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(what + " is required");
        }
        return value;
    }
}
