package dev.smskit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.common.ClientBuilder;
import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RequestInterceptor;
import feign.codec.Decoder;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Feign wiring of one client, from its builder's settings: the JDK's {@code HttpClient} as the
 * transport, Jackson, typed exceptions, the retry policy and redacted logging.
 *
 * <p>The JDK client never re-sends a {@code POST}, {@code PUT} or {@code DELETE} that may have
 * reached the server (unless the JVM runs with {@code -Djdk.httpclient.enableAllMethodRetry}): the
 * {@link dev.smskit.common.RetryPolicy} decides, so an SMS is not sent twice behind the caller's
 * back. On its own it only retries a refused connection (nothing was sent) and sends a
 * {@code GET} once more when the connection closes before any answer.
 * Redirects are not followed. Header names are sent as given ({@code user_key}, {@code Session_key}).
 */
public final class Connection {

    private final ClientBuilder.Settings settings;
    private final Client http;

    private Connection(ClientBuilder.Settings settings, Client http) {
        this.settings = settings;
        this.http = http;
    }

    /**
     * One transport for the API interfaces of one client.
     *
     * @param settings the builder's settings
     * @param http11Only {@code true} to speak HTTP/1.1 only: HTTP/2 sends header names in lower
     *     case, and smsend documents {@code Session_key} and {@code Access_token}
     * @return the connection
     */
    public static Connection of(ClientBuilder.Settings settings, boolean http11Only) {
        // HTTP/2 only where TLS negotiates it; toward http:// the JDK would try an h2c upgrade
        boolean tls = settings.baseUrl().toLowerCase(Locale.ROOT).startsWith("https:");
        HttpClient jdk = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(http11Only || !tls ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .build();
        return new Connection(settings, new Http2Client(jdk));
    }

    /**
     * The URL the API's generated interfaces are targeted at: the base URL, plus the API's base
     * path where the spec's operation paths do not start with it.
     *
     * @param withApiPath whether to append {@link ClientBuilder.Settings#apiPath()}
     * @return the target URL
     */
    public String target(boolean withApiPath) {
        return withApiPath ? settings.baseUrl() + settings.apiPath() : settings.baseUrl();
    }

    /**
     * Feign configured from the settings.
     *
     * @param mapper the API's mapper, configured by {@link Json#configure}
     * @param decoder the body decoder (the generated {@code ApiResponseDecoder} or one around it)
     * @param errorType the API's error body type ({@code String} for plain-text errors)
     * @param summary a one-line summary of a parsed error, for exception messages
     * @param renewCredentials for a call answered 401: renews the credentials and says whether to
     *     try once more; {@code null} if the API's credentials cannot be renewed
     * @param <E> the error body type
     * @return a Feign builder ready for {@code target(Api.class, target(..))}
     */
    public <E> Feign.Builder feign(ObjectMapper mapper, Decoder decoder, Class<E> errorType,
                                   Function<? super E, String> summary, Predicate<Request> renewCredentials) {
        return Feign.builder()
                .client(http)
                .options(new Request.Options(settings.connectTimeout(), settings.readTimeout(), false))
                .encoder(new JacksonEncoder(mapper))
                .decoder(decoder)
                .errorDecoder(new ErrorAnswers<>(mapper, errorType, summary, settings.retryPolicy().clock()))
                .retryer(new Retries(settings.retryPolicy(), renewCredentials))
                .responseInterceptor(new UnreadableAnswers())
                .logger(new RedactingLogger(settings.client()))
                .logLevel(settings.logLevel());
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
    public static RequestInterceptor header(String name, Supplier<String> value) {
        return template -> {
            template.removeHeader(name);
            template.headerLiteral(name, value.get());
        };
    }
}
