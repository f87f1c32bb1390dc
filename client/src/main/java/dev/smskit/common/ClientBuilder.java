package dev.smskit.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.codec.Decoder;
import feign.jackson.JacksonEncoder;
import feign.okhttp.OkHttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import okhttp3.Protocol;

/**
 * The settings every smskit client shares: base URL, timeouts, retries and logging. Each API's
 * builder ({@code Ip1V1.builder()}, {@code Ip1V2.builder()}, {@code Smsend.builder()}) extends it
 * with that API's credentials.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

    private final Class<?> client;
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
     */
    protected ClientBuilder(Class<?> client, String defaultBaseUrl) {
        this.client = client;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Where the API is served; defaults to the production URL of the spec. Point it at the smskit
     * stub server for tests, e.g. {@code http://localhost:8080} (with {@code /API/v1.0/REST} for
     * smsend).
     *
     * @param baseUrl an absolute URL without trailing slash
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "");
        return self();
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
     * How long to wait for data once connected, and to send a request body (default 30 s).
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
     * The base URL set, or the production URL.
     *
     * @return the base URL calls go to
     */
    protected final String baseUrl() {
        return baseUrl != null ? baseUrl : defaultBaseUrl;
    }

    /**
     * The HTTP transport for one client instance: OkHttp with these timeouts and without OkHttp's
     * silent retries, which could send a POST twice; the {@link RetryPolicy} decides instead.
     *
     * @param protocols the HTTP versions to offer, or {@code null} for OkHttp's default
     * @return a transport to share between the API interfaces of one client
     */
    protected final Client http(List<Protocol> protocols) {
        okhttp3.OkHttpClient.Builder http = new okhttp3.OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .followRedirects(false)
                .retryOnConnectionFailure(false);
        if (protocols != null) {
            http.protocols(protocols);
        }
        return new OkHttpClient(http.build());
    }

    /**
     * Feign configured from these settings: Jackson on the API's mapper, typed exceptions, retries
     * and redacted logging.
     *
     * @param http the transport from {@link #http(List)}
     * @param mapper the generated client's mapper, configured by {@link Json#configure}
     * @param decoder the body decoder (the generated {@code ApiResponseDecoder} or one around it)
     * @param errorType the API's error body type ({@code String} for plain-text errors)
     * @param summary a one-line summary of a parsed error, for exception messages
     * @param renewCredentials for a call answered 401: renews the credentials and says whether to
     *     try once more; {@code null} if the API's credentials cannot be renewed
     * @param <E> the error body type
     * @return a Feign builder ready for {@code target(Api.class, baseUrl())}
     */
    protected final <E> Feign.Builder feign(Client http, ObjectMapper mapper, Decoder decoder, Class<E> errorType,
                                            Function<? super E, String> summary,
                                            Predicate<Request> renewCredentials) {
        return Feign.builder()
                .client(http)
                .options(new Request.Options(connectTimeout, readTimeout, false))
                .encoder(new JacksonEncoder(mapper))
                .decoder(decoder)
                .errorDecoder(new ErrorAnswers<>(mapper, errorType, summary, retryPolicy.clock()))
                .retryer(new Retries(retryPolicy, renewCredentials))
                .responseInterceptor(new UnreadableAnswers())
                .logger(new RedactingLogger(client))
                .logLevel(logLevel);
    }

    /**
     * A request interceptor that sets one header, replacing any value an earlier attempt of the
     * same call set. The name is sent exactly as given (underscores and case kept) and the value
     * is not read as a Feign template.
     *
     * @param name the header name
     * @param value supplies the value for each attempt
     * @return the interceptor
     */
    protected static RequestInterceptor header(String name, Supplier<String> value) {
        return template -> {
            template.removeHeader(name);
            template.headerLiteral(name, value.get());
        };
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
