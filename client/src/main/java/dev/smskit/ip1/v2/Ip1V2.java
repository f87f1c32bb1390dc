package dev.smskit.ip1.v2;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.common.ClientBuilder;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.SmskitException;
import dev.smskit.common.DeliveryState;
import dev.smskit.common.RetryPolicy;
import dev.smskit.internal.Connection;
import dev.smskit.internal.Polling;
import dev.smskit.internal.Json;
import dev.smskit.internal.Pages;
import dev.smskit.internal.Pages.Page;
import dev.smskit.ip1.v2.api.BatchesApi;
import dev.smskit.ip1.v2.api.ConversationsApi;
import dev.smskit.ip1.v2.invoker.ApiClient;
import dev.smskit.ip1.v2.invoker.ApiResponseDecoder;
import dev.smskit.ip1.v2.model.ApiResponse;
import dev.smskit.ip1.v2.model.Batch;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.ip1.v2.model.MessageStatus;
import dev.smskit.ip1.v2.model.ProblemDetails;
import dev.smskit.ip1.v2.model.SortOrder;
import feign.Feign;
import feign.Headers;
import feign.RequestLine;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Client of the IP1 SMS API V2 ({@code /v2}): sending SMS in batches, following their delivery,
 * and conversations.
 *
 * <pre>{@code
 * Ip1V2 ip1 = Ip1V2.builder().bearerToken("your-api-token").build();
 * Batch batch = ip1.createBatch(new BatchNew().sender("ip1sms").addRecipientsItem("46701234567").body("Hi!"));
 * ip1.batchMessages(batch.getId()).forEach(m -> System.out.println(m.getRecipient() + " " + m.getStatuses()));
 * ip1.conversationMessages("46701234567").forEach(m -> System.out.println(m.getBody()));
 * }</pre>
 *
 * <p>Every list is read as a lazy {@link Stream} that fetches a page when it reaches it, following
 * the {@code rel="next"} link of the page's {@code Link} header.
 *
 * <p>Thread-safe: build one instance per application and share it. Failed calls throw a
 * {@link dev.smskit.common.SmskitException}; errors answered by the API are
 * {@link dev.smskit.common.ApiException}s whose {@code getError(ProblemDetails.class)} gives the
 * RFC 7807 problem details.
 */
public final class Ip1V2 {

    private final ConversationsApi conversations;
    private final BatchesApi batches;
    private final LinkedPage pages;
    private final URI baseUrl;

    /** Fetches a page named by a {@code Link} header, with the same auth, retries and errors. */
    interface LinkedPage {
        @RequestLine("GET")
        @Headers("Accept: application/json,application/problem+json")
        ApiResponse<List<Message>> messages(URI page);

        @RequestLine("GET")
        @Headers("Accept: application/json,application/problem+json")
        ApiResponse<List<Batch>> batches(URI page);
    }

    private final RetryPolicy retryPolicy;

    private Ip1V2(Feign.Builder feign, String baseUrl, RetryPolicy retryPolicy) {
        this.conversations = feign.target(ConversationsApi.class, baseUrl);
        this.batches = feign.target(BatchesApi.class, baseUrl);
        this.pages = feign.target(LinkedPage.class, baseUrl);
        this.baseUrl = URI.create(baseUrl);
        this.retryPolicy = retryPolicy;
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
     * @return a lazy stream; see {@link #conversationMessages(String, Integer, SortOrder)}
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
     * @param order {@link SortOrder#ASC} (oldest first) or {@link SortOrder#DESC}, or {@code null} for {@code ASC}
     * @return a lazy, ordered stream over the messages of every page
     * @throws dev.smskit.common.ValidationException while streaming, if the participant is invalid
     * @throws SmskitException while streaming, if a {@code next} link points to another host than
     *     the base URL (the bearer token is only sent to the base URL)
     */
    public Stream<Message> conversationMessages(String participant, Integer limit, SortOrder order) {
        Objects.requireNonNull(participant, "participant");
        return stream(conversationPath(participant), true,
                () -> conversations.getConversationMessagesWithHttpInfo(participant, null, limit, order), pages::messages);
    }

    /**
     * The messages you sent to a participant, oldest first, 50 per page.
     *
     * @param participant a participant name or phone number, e.g. {@code 46701234567}
     * @return a lazy stream; see {@link #conversationMtMessages(String, Integer, SortOrder)}
     */
    public Stream<Message> conversationMtMessages(String participant) {
        return conversationMtMessages(participant, null, null);
    }

    /**
     * The messages you sent to a participant (mobile-terminated, {@code direction} 0), through this
     * API or V1, page by page ({@code GET /v2/conversations/{participant}/mt}). Paged like
     * {@link #conversationMessages(String, Integer, SortOrder)}; none is an empty stream.
     *
     * @param participant a participant name or phone number, e.g. {@code 46701234567}
     * @param limit the page size (1 to 1000), or {@code null} for the API's default of 50
     * @param order {@link SortOrder#ASC} (oldest first) or {@link SortOrder#DESC}, or {@code null} for {@code ASC}
     * @return a lazy, ordered stream over the messages of every page
     * @throws dev.smskit.common.ValidationException while streaming, if the participant is invalid
     */
    public Stream<Message> conversationMtMessages(String participant, Integer limit, SortOrder order) {
        Objects.requireNonNull(participant, "participant");
        return stream(conversationPath(participant) + "/mt", true,
                () -> conversations.getConversationMtMessagesWithHttpInfo(participant, null, limit, order), pages::messages);
    }

    /**
     * The messages a participant sent you, oldest first, 50 per page.
     *
     * @param participant a participant name or phone number, e.g. {@code 46701234567}
     * @return a lazy stream; see {@link #conversationMoMessages(String, Integer, SortOrder)}
     */
    public Stream<Message> conversationMoMessages(String participant) {
        return conversationMoMessages(participant, null, null);
    }

    /**
     * The messages a participant sent you (mobile-originated, {@code direction} 1), page by page
     * ({@code GET /v2/conversations/{participant}/mo}). Paged like
     * {@link #conversationMessages(String, Integer, SortOrder)}; none is an empty stream.
     *
     * @param participant a participant name or phone number, e.g. {@code 46701234567}
     * @param limit the page size (1 to 1000), or {@code null} for the API's default of 50
     * @param order {@link SortOrder#ASC} (oldest first) or {@link SortOrder#DESC}, or {@code null} for {@code ASC}
     * @return a lazy, ordered stream over the messages of every page
     * @throws dev.smskit.common.ValidationException while streaming, if the participant is invalid
     */
    public Stream<Message> conversationMoMessages(String participant, Integer limit, SortOrder order) {
        Objects.requireNonNull(participant, "participant");
        return stream(conversationPath(participant) + "/mo", true,
                () -> conversations.getConversationMoMessagesWithHttpInfo(participant, null, limit, order), pages::messages);
    }

    /**
     * The batch operations, as generated from the spec ({@code /v2/batches}); one page per call.
     *
     * @return the generated interface, authenticated and with retries
     */
    public BatchesApi batches() {
        return batches;
    }

    /**
     * Sends an SMS to one or more recipients, as one batch ({@code POST /v2/batches}): one message
     * per distinct recipient not on the account's blacklist, each of which then moves through its
     * delivery statuses. Like every
     * {@code POST}, it is not sent again after a failure unless the retry policy says
     * {@link dev.smskit.common.RetryPolicy.Builder#retryPosts(boolean) retryPosts(true)}, so that no
     * SMS goes out twice.
     *
     * <pre>{@code
     * Batch batch = ip1.createBatch(new BatchNew()
     *         .sender("ip1sms")                 // 3-11 letters and digits, or a phone number
     *         .addRecipientsItem("46701234567") // MSISDN: digits only, country code first
     *         .body("Your order has shipped.")
     *         .reference("order-10023"));       // carried by every message of the batch
     * }</pre>
     *
     * @param batch sender, recipients and body, and optionally type, datacoding, priority,
     *     delivery windows, delivery report URL, reference and tags
     * @return the batch as created; its {@code id} names it in {@link #batchMessages(String)}
     * @throws dev.smskit.common.ValidationException if the API refuses the batch, or every recipient is
     *     blacklisted (nothing is sent); its problem details name each invalid field in {@code errors}
     */
    public Batch createBatch(BatchNew batch) {
        return batches.createBatch(Objects.requireNonNull(batch, "batch"));
    }

    /**
     * The current status of a message: the last of its {@code statuses}.
     *
     * @param message a message of {@link #batchMessages(String)} or a conversation
     * @return its latest status, or empty if it has none yet
     */
    public static Optional<MessageStatus> currentStatus(Message message) {
        List<MessageStatus> statuses = message.getStatuses();
        return statuses == null || statuses.isEmpty() ? Optional.empty() : Optional.of(statuses.get(statuses.size() - 1));
    }

    /**
     * Where a message stands, from its current status code, by IP1's names of the codes
     * (https://ip1sms.com/en/developer/statuscodes): 1xx pending (the stub: 101 accepted, 102 sent to the
     * operator), 201 delivered to the handset, 202 expired and 203 cancelled failed, 4xx (402 insufficient
     * funds, 403 sender rejected, 404 content rejected, ...) and 5xx failed.
     *
     * @param message a message of {@link #batchMessages(String)} or a conversation
     * @return pending (also when it has no status yet), delivered or failed
     */
    public static DeliveryState state(Message message) {
        return currentStatus(message).map(Ip1V2::state).orElse(DeliveryState.PENDING);
    }

    /**
     * Where one status leaves a message; see {@link #state(Message)}.
     *
     * @param status one step of a message's delivery history
     * @return pending, delivered or failed
     */
    public static DeliveryState state(MessageStatus status) {
        int code = status.getCode() == null ? 0 : status.getCode().getValue();
        if (code == MessageStatus.CodeEnum.DELIVERED_TO_HANDSET.getValue()) {
            return DeliveryState.DELIVERED;
        }
        // 202 expired and 203 cancelled are final without a delivery, as 4xx and 5xx are
        return code >= 200 ? DeliveryState.FAILED : DeliveryState.PENDING;
    }

    /**
     * Reads the messages of a batch again until every one is final (delivered or failed) or the
     * timeout has passed, every 2 seconds; the waits go through the retry policy's sleeper and clock.
     *
     * @param batchId the {@code id} {@link #createBatch(BatchNew)} answered
     * @param timeout how long to keep reading
     * @return the messages as last read: all final, or the latest when time ran out
     * @throws NotFoundException if there is no such batch
     */
    public List<Message> waitUntilFinal(String batchId, Duration timeout) {
        return Polling.until(() -> batchMessages(batchId).toList(),
                messages -> messages.stream().allMatch(message -> state(message).isFinal()), timeout, retryPolicy);
    }

    /**
     * Every batch the account has sent, oldest first, 50 per page.
     *
     * @return a lazy stream; see {@link #listBatches(Integer, SortOrder)}
     */
    public Stream<Batch> listBatches() {
        return listBatches(null, null);
    }

    /**
     * Every batch the account has sent, through this API or V1, page by page
     * ({@code GET /v2/batches}). A page is fetched when the stream reaches it, following the
     * {@code rel="next"} link of the page's {@code Link} header; no batches (answered 404) is an
     * empty stream.
     *
     * @param limit the page size (1 to 1000), or {@code null} for the API's default of 50
     * @param order {@link SortOrder#ASC} (oldest first) or {@link SortOrder#DESC}, or {@code null} for {@code ASC}
     * @return a lazy, ordered stream over the batches of every page
     */
    public Stream<Batch> listBatches(Integer limit, SortOrder order) {
        return stream("/v2/batches", true, () -> batches.listBatchesWithHttpInfo(null, limit, order), pages::batches);
    }

    /**
     * The messages of a batch, one per recipient, 50 per page.
     *
     * @param batchId the {@code id} of the batch
     * @return a lazy stream; see {@link #batchMessages(String, Integer, SortOrder)}
     */
    public Stream<Message> batchMessages(String batchId) {
        return batchMessages(batchId, null, null);
    }

    /**
     * The messages of a batch, one per recipient, each with its delivery statuses so far
     * ({@code GET /v2/batches/{batchId}/messages}), page by page as {@link #listBatches(Integer, SortOrder)}
     * reads them. Read it again to see later statuses; the last of {@code getStatuses()} is the
     * current one.
     *
     * @param batchId the {@code id} of the batch
     * @param limit the page size (1 to 1000), or {@code null} for the API's default of 50
     * @param order {@link SortOrder#ASC} (in the order of the recipients) or {@link SortOrder#DESC}, or {@code null} for {@code ASC}
     * @return a lazy, ordered stream over the messages of every page
     * @throws NotFoundException while streaming, if there is no such batch
     */
    public Stream<Message> batchMessages(String batchId, Integer limit, SortOrder order) {
        Objects.requireNonNull(batchId, "batchId");
        return stream("/v2/batches/" + encode(batchId) + "/messages", false,
                () -> batches.listBatchMessagesWithHttpInfo(batchId, null, limit, order), pages::messages);
    }

    private static String conversationPath(String participant) {
        return "/v2/conversations/" + encode(participant);
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A lazy stream over a paginated list whose first page is at {@code path} (to resolve relative
     * links against). {@code emptyWhenNotFound}: a 404 on the first page means "nothing to list"
     * rather than an unknown resource; past the first page a 404 always ends the list.
     */
    private <T> Stream<T> stream(String path, boolean emptyWhenNotFound, Supplier<ApiResponse<List<T>>> first,
            Function<URI, ApiResponse<List<T>>> following) {
        URI requested = baseUrl.resolve(baseUrl.getRawPath() + path);
        return Pages.stream(() -> page(requested, first, following, emptyWhenNotFound));
    }

    private <T> Page<T> page(URI requested, Supplier<ApiResponse<List<T>>> fetch,
            Function<URI, ApiResponse<List<T>>> following, boolean emptyWhenNotFound) {
        ApiResponse<List<T>> answer;
        try {
            answer = fetch.get();
        } catch (NotFoundException nothingToList) {
            if (!emptyWhenNotFound) {
                throw nothingToList;
            }
            return Page.last(List.of());
        }
        List<T> items = answer.getData() == null ? List.of() : answer.getData();
        return LinkHeader.target(answer.getHeaders().get("Link"), "next")
                .map(link -> resolve(requested, link))
                .map(next -> new Page<>(items,
                        () -> page(next, () -> following.apply(sameOrigin(next)), following, true)))
                .orElseGet(() -> Page.last(items));
    }

    /**
     * RFC 3986 reference resolution (section 5.2.2). {@link URI#resolve} follows RFC 2396, which
     * drops the last path segment for a query-only reference such as {@code ?start=50}.
     */
    private static URI resolve(URI page, String link) {
        URI next;
        try {
            URI reference = new URI(link.strip());
            if (!reference.isAbsolute() && reference.getRawAuthority() == null && reference.getRawPath().isEmpty()
                    && reference.getRawQuery() != null) {
                next = new URI(page.getScheme(), page.getRawAuthority(), null, null, null)
                        .resolve(page.getRawPath() + "?" + reference.getRawQuery());
            } else {
                next = page.resolve(reference);
            }
        } catch (URISyntaxException | IllegalArgumentException invalid) {
            next = null;
        }
        if (next == null || next.getHost() == null
                || !("http".equalsIgnoreCase(next.getScheme()) || "https".equalsIgnoreCase(next.getScheme()))) {
            throw new SmskitException("cannot follow the Link rel=\"next\" <" + link + "> of " + page
                    + ": it is not an http(s) URL");
        }
        return next;
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
            super(Ip1V2.class, ApiClient.BASE_PATH, "/v2");
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
            ObjectMapper mapper = Json.configure(ApiClient.createObjectMapper());
            Connection connection = Connection.of(settings(), false);
            Feign.Builder feign = connection.feign(mapper, new ApiResponseDecoder(mapper), ProblemDetails.class,
                    Ip1V2::summary, null)
                    .requestInterceptor(Connection.header("Authorization", () -> authorization));
            return new Ip1V2(feign, connection.target(false), settings().retryPolicy());
        }
    }
}
