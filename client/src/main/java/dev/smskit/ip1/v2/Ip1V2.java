package dev.smskit.ip1.v2;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.common.ClientBuilder;
import dev.smskit.common.Json;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.Pages;
import dev.smskit.common.Pages.Page;
import dev.smskit.common.SmskitException;
import dev.smskit.ip1.v2.api.ConversationsApi;
import dev.smskit.ip1.v2.invoker.ApiClient;
import dev.smskit.ip1.v2.invoker.ApiResponseDecoder;
import dev.smskit.ip1.v2.model.ApiResponse;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.ip1.v2.model.ProblemDetails;
import feign.Feign;
import feign.Headers;
import feign.RequestLine;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Client of the IP1 SMS API V2 ({@code /v2}): conversations.
 *
 * <pre>{@code
 * Ip1V2 ip1 = Ip1V2.builder().bearerToken("your-api-token").build();
 * ip1.conversationMessages("46701234567").forEach(m -> System.out.println(m.getBody()));
 * }</pre>
 *
 * <p>Thread-safe: build one instance per application and share it. Failed calls throw a
 * {@link dev.smskit.common.SmskitException}; errors answered by the API are
 * {@link dev.smskit.common.ApiException}s whose {@code getError(ProblemDetails.class)} gives the
 * RFC 7807 problem details.
 */
public final class Ip1V2 {

    private final ConversationsApi conversations;
    private final ConversationPage pages;
    private final URI baseUrl;

    /** Fetches a page named by a {@code Link} header, with the same auth, retries and errors. */
    interface ConversationPage {
        @RequestLine("GET")
        @Headers("Accept: application/json,application/problem+json")
        ApiResponse<List<Message>> get(URI page);
    }

    private Ip1V2(Feign.Builder feign, String baseUrl) {
        this.conversations = feign.target(ConversationsApi.class, baseUrl);
        this.pages = feign.target(ConversationPage.class, baseUrl);
        this.baseUrl = URI.create(baseUrl);
    }

    /**
     * Starts configuring a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The conversation operations, as generated from the spec ({@code /v2/conversations}); one
     * page per call.
     *
     * @return the generated interface, authenticated and with retries
     */
    public ConversationsApi conversations() {
        return conversations;
    }

    /**
     * All messages exchanged with a participant, oldest first, 50 per page.
     *
     * @param participant a participant name or phone number, e.g. {@code 46701234567}
     * @return a lazy stream; see {@link #conversationMessages(String, Integer, String)}
     */
    public Stream<Message> conversationMessages(String participant) {
        return conversationMessages(participant, null, null);
    }

    /**
     * All messages exchanged with a participant, page by page
     * ({@code GET /v2/conversations/{participant}}). A page is fetched when the stream reaches it;
     * the next one is the {@code rel="next"} link of the page's {@code Link} header. An empty
     * conversation (answered 404 "No messages to list") is an empty stream.
     *
     * @param participant a participant name or phone number, e.g. {@code 46701234567}
     * @param limit the page size (1 to 1000), or {@code null} for the API's default of 50
     * @param order {@code ASC} (oldest first) or {@code DESC}, or {@code null} for {@code ASC}
     * @return a lazy, ordered stream over the messages of every page
     * @throws dev.smskit.common.ValidationException while streaming, if the participant is invalid
     * @throws SmskitException while streaming, if a {@code next} link points to another host than
     *     the base URL (the bearer token is only sent to the base URL)
     */
    public Stream<Message> conversationMessages(String participant, Integer limit, String order) {
        Objects.requireNonNull(participant, "participant");
        URI first = baseUrl.resolve(baseUrl.getRawPath() + "/v2/conversations/"
                + URLEncoder.encode(participant, StandardCharsets.UTF_8).replace("+", "%20"));
        return Pages.stream(() -> page(first,
                () -> conversations.getConversationMessagesWithHttpInfo(participant, null, limit, order)));
    }

    private Page<Message> page(URI requested, Supplier<ApiResponse<List<Message>>> fetch) {
        ApiResponse<List<Message>> answer;
        try {
            answer = fetch.get();
        } catch (NotFoundException noMessagesToList) {
            return Page.last(List.of());
        }
        List<Message> messages = answer.getData() == null ? List.of() : answer.getData();
        return LinkHeader.target(answer.getHeaders().get("Link"), "next")
                .map(requested::resolve)
                .map(next -> new Page<>(messages, () -> page(next, () -> pages.get(sameOrigin(next)))))
                .orElseGet(() -> Page.last(messages));
    }

    private URI sameOrigin(URI next) {
        if (!Objects.equals(lower(next.getScheme()), lower(baseUrl.getScheme()))
                || !Objects.equals(lower(next.getHost()), lower(baseUrl.getHost()))
                || port(next) != port(baseUrl)) {
            throw new SmskitException("refusing to follow the Link rel=\"next\" " + next
                    + ": it leaves the base URL " + baseUrl + ", and the bearer token must not go elsewhere");
        }
        return next;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    /** The V2 error summary: the problem's title and detail. */
    static String summary(ProblemDetails problem) {
        if (problem.getTitle() == null) {
            return problem.getDetail();
        }
        return problem.getDetail() == null ? problem.getTitle() : problem.getTitle() + ": " + problem.getDetail();
    }

    /** Configures an {@link Ip1V2}; {@link #bearerToken(String)} is required. */
    public static final class Builder extends ClientBuilder<Builder> {

        private String bearerToken;

        private Builder() {
            super(Ip1V2.class, new ApiClient().getBasePath());
        }

        /**
         * The API token, sent as {@code Authorization: Bearer}.
         *
         * @param bearerToken the token from the IP1 portal
         * @return this builder
         */
        public Builder bearerToken(String bearerToken) {
            this.bearerToken = bearerToken;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return a thread-safe client
         * @throws IllegalStateException if the bearer token is missing
         */
        public Ip1V2 build() {
            String authorization = "Bearer " + required(bearerToken, "bearerToken");
            ObjectMapper mapper = Json.configure(new ApiClient().getObjectMapper());
            Feign.Builder feign = feign(http(null), mapper, new ApiResponseDecoder(mapper), ProblemDetails.class,
                    Ip1V2::summary, null)
                    .requestInterceptor(header("Authorization", () -> authorization));
            return new Ip1V2(feign, baseUrl());
        }
    }
}
