package dev.smskit.ip1.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.common.ClientBuilder;
import dev.smskit.common.Json;
import dev.smskit.common.SmskitException;
import dev.smskit.ip1.v1.api.GroupsApi;
import dev.smskit.ip1.v1.api.NkiApi;
import dev.smskit.ip1.v1.invoker.ApiClient;
import dev.smskit.ip1.v1.invoker.ApiResponseDecoder;
import dev.smskit.ip1.v1.model.ApiError;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupNew;
import feign.Feign;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Client of the IP1 SMS REST API V1 ({@code /api}): contact groups and NKI surveys.
 *
 * <pre>{@code
 * Ip1V1 ip1 = Ip1V1.builder().accountId("ip1-12345").apiKey("your-api-key").build();
 * Group group = ip1.createGroup(new GroupNew().name("Customers").color("#1e90ff"));
 * }</pre>
 *
 * <p>Thread-safe: build one instance per application and share it. Failed calls throw a
 * {@link dev.smskit.common.SmskitException}; errors answered by the API are
 * {@link dev.smskit.common.ApiException}s whose {@code getError(ApiError.class)} gives the
 * {@code Message} and {@code ModelState}.
 */
public final class Ip1V1 {

    private final GroupsApi groups;
    private final NkiApi nki;
    private final ObjectMapper mapper;

    private Ip1V1(Feign.Builder feign, String baseUrl, ObjectMapper mapper) {
        this.groups = feign.target(GroupsApi.class, baseUrl);
        this.nki = feign.target(NkiApi.class, baseUrl);
        this.mapper = mapper;
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
     * The contact group operations, as generated from the spec ({@code /api/groups}).
     *
     * @return the generated interface, authenticated and with retries
     */
    public GroupsApi groups() {
        return groups;
    }

    /**
     * The NKI operations, as generated from the spec ({@code /api/nkis}).
     *
     * @return the generated interface, authenticated and with retries
     */
    public NkiApi nki() {
        return nki;
    }

    /**
     * Creates one contact group ({@code POST /api/groups}, answered 200 with the group).
     *
     * @param group the new group; {@code Name} is required
     * @return the created group with its {@code ID}
     * @throws dev.smskit.common.ValidationException if the API rejects a field
     */
    public Group createGroup(GroupNew group) {
        return read(groups.createGroup(mapper.valueToTree(group), (String) null),
                mapper.getTypeFactory().constructType(Group.class));
    }

    /**
     * Creates several contact groups in one call ({@code POST /api/groups?multiple=true}); all or
     * nothing.
     *
     * @param groups the new groups
     * @return the created groups, in request order
     * @throws dev.smskit.common.ValidationException if the API rejects a field of any group
     */
    public List<Group> createGroups(List<GroupNew> groups) {
        return read(this.groups.createGroup(mapper.valueToTree(groups), "true"),
                mapper.getTypeFactory().constructCollectionType(List.class, Group.class));
    }

    private <T> T read(JsonNode created, JavaType type) {
        if (created == null || created.isNull()) {
            throw new SmskitException("POST /api/groups answered without a body instead of a " + type.toCanonical());
        }
        try {
            return mapper.treeToValue(created, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SmskitException("POST /api/groups answered a body that is not a " + type.toCanonical()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The V1 error summary: {@code Message}, then each invalid field of {@code ModelState}. */
    static String summary(ApiError error) {
        Map<String, List<String>> fields = error.getModelState();
        if (fields == null || fields.isEmpty()) {
            return error.getMessage();
        }
        return error.getMessage() + " " + fields.entrySet().stream()
                .map(field -> field.getKey() + ": " + String.join(" ", field.getValue()))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    /**
     * Configures an {@link Ip1V1}: either {@link #accountId(String)} with {@link #apiKey(String)}
     * (HTTP Basic), or {@link #bearerToken(String)}.
     */
    public static final class Builder extends ClientBuilder<Builder> {

        private String accountId;
        private String apiKey;
        private String bearerToken;

        private Builder() {
            super(Ip1V1.class, new ApiClient().getBasePath());
        }

        /**
         * The account id, the user name of HTTP Basic authentication.
         *
         * @param accountId for example {@code ip1-12345}
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * The API key, the password of HTTP Basic authentication.
         *
         * @param apiKey the key from the IP1 portal
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Authenticates with an API token ({@code Authorization: Bearer}) instead of account id and
         * API key.
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
         * @throws IllegalStateException if the credentials are missing or both kinds are set
         */
        public Ip1V1 build() {
            String authorization;
            if (bearerToken != null) {
                if (accountId != null || apiKey != null) {
                    throw new IllegalStateException("set either bearerToken or accountId and apiKey, not both");
                }
                authorization = "Bearer " + required(bearerToken, "bearerToken");
            } else {
                String basic = required(accountId, "accountId") + ":" + required(apiKey, "apiKey");
                authorization = "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8));
            }
            ObjectMapper mapper = Json.configure(new ApiClient().getObjectMapper());
            Feign.Builder feign = feign(http(null), mapper, new ApiResponseDecoder(mapper), ApiError.class,
                    Ip1V1::summary, null)
                    .requestInterceptor(header("Authorization", () -> authorization));
            return new Ip1V1(feign, baseUrl(), mapper);
        }
    }
}
