package dev.smskit.ip1.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.common.ClientBuilder;
import dev.smskit.common.SmskitException;
import dev.smskit.common.RetryPolicy;
import dev.smskit.internal.Connection;
import dev.smskit.internal.Polling;
import dev.smskit.internal.Json;
import dev.smskit.ip1.v1.api.BlacklistApi;
import dev.smskit.ip1.v1.api.ContactsApi;
import dev.smskit.ip1.v1.api.GroupsApi;
import dev.smskit.ip1.v1.api.MembershipsApi;
import dev.smskit.ip1.v1.api.NkiApi;
import dev.smskit.ip1.v1.api.SmsApi;
import dev.smskit.ip1.v1.invoker.ApiClient;
import dev.smskit.ip1.v1.invoker.ApiResponseDecoder;
import dev.smskit.ip1.v1.model.ApiError;
import dev.smskit.ip1.v1.model.BlacklistEntry;
import dev.smskit.ip1.v1.model.BlacklistEntryNew;
import dev.smskit.ip1.v1.model.Contact;
import dev.smskit.ip1.v1.model.ContactNew;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.Membership;
import dev.smskit.ip1.v1.model.MembershipNew;
import dev.smskit.ip1.v1.model.OutgoingSMS;
import dev.smskit.ip1.v1.model.ProcessedOutgoingSMS;
import feign.Feign;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Client of the IP1 SMS REST API V1 ({@code /api}): contact groups, contacts and memberships,
 * sending SMS and following their delivery, the blacklist and NKI surveys.
 *
 * <pre>{@code
 * Ip1V1 ip1 = Ip1V1.builder().accountId("ip1-12345").apiKey("your-api-key").build();
 * Group group = ip1.createGroup(new GroupNew().name("Customers").color("#1e90ff"));
 * List<ProcessedOutgoingSMS> sent = ip1.sendSms(new OutgoingSMS()
 *         .addNumbersItem("+46701234567").from("ip1sms").message("Your order has shipped."));
 * ProcessedOutgoingSMS now = ip1.waitUntilFinal(sent.get(0).getID(), Duration.ofMinutes(5));
 * SmsStatus status = SmsStatus.of(now.getStatus()); // DELIVERED_TO_PHONE (22) once delivered
 * }</pre>
 *
 * <p>Thread-safe: build one instance per application and share it. Failed calls throw a
 * {@link dev.smskit.common.SmskitException}; errors answered by the API are
 * {@link dev.smskit.common.ApiException}s whose {@code getError(ApiError.class)} gives the
 * {@code Message} and {@code ModelState}.
 */
public final class Ip1V1 {

    /** The value sent for {@code ?multiple}: the API only looks at its presence. */
    private static final String MULTIPLE = "true";

    private final GroupsApi groups;
    private final NkiApi nki;
    private final ContactsApi contacts;
    private final MembershipsApi memberships;
    private final SmsApi sms;
    private final BlacklistApi blacklist;
    private final ObjectMapper mapper;

    private final RetryPolicy retryPolicy;

    private Ip1V1(Feign.Builder feign, String baseUrl, ObjectMapper mapper, RetryPolicy retryPolicy) {
        this.groups = feign.target(GroupsApi.class, baseUrl);
        this.nki = feign.target(NkiApi.class, baseUrl);
        this.contacts = feign.target(ContactsApi.class, baseUrl);
        this.memberships = feign.target(MembershipsApi.class, baseUrl);
        this.sms = feign.target(SmsApi.class, baseUrl);
        this.blacklist = feign.target(BlacklistApi.class, baseUrl);
        this.mapper = mapper;
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
     * The contact operations, as generated from the spec ({@code /api/contacts}), e.g.
     * {@code contacts().listContacts(List.of("+46701234567"))} for the contacts with that number.
     *
     * @return the generated interface, authenticated and with retries
     */
    public ContactsApi contacts() {
        return contacts;
    }

    /**
     * The membership operations, as generated from the spec ({@code /api/memberships}); a group's
     * members are also listed by {@code groups().listGroupContacts(group)}.
     *
     * @return the generated interface, authenticated and with retries
     */
    public MembershipsApi memberships() {
        return memberships;
    }

    /**
     * The SMS operations, as generated from the spec ({@code /api/sms}).
     *
     * @return the generated interface, authenticated and with retries
     */
    public SmsApi sms() {
        return sms;
    }

    /**
     * The blacklist operations, as generated from the spec ({@code /api/blacklist}).
     *
     * @return the generated interface, authenticated and with retries
     */
    public BlacklistApi blacklist() {
        return blacklist;
    }

    /**
     * Creates one contact group ({@code POST /api/groups}, answered 200 with the group).
     *
     * @param group the new group; {@code Name} is required
     * @return the created group with its {@code ID}
     * @throws dev.smskit.common.ValidationException if the API rejects a field
     */
    public Group createGroup(GroupNew group) {
        return one(groups.createGroup(mapper.valueToTree(group), (String) null), Group.class, "POST /api/groups");
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
        return many(this.groups.createGroup(mapper.valueToTree(groups), MULTIPLE), Group.class, "POST /api/groups");
    }

    /**
     * Creates one contact ({@code POST /api/contacts}, answered 200 with the contact).
     *
     * @param contact the new contact; {@code FirstName} and {@code Phone} (E.164) are required
     * @return the created contact with its {@code ID}
     * @throws dev.smskit.common.ValidationException if the API rejects a field
     */
    public Contact createContact(ContactNew contact) {
        return one(contacts.createContact(mapper.valueToTree(contact), (String) null), Contact.class, "POST /api/contacts");
    }

    /**
     * Creates several contacts in one call ({@code POST /api/contacts?multiple=true}); all or nothing.
     *
     * @param contacts the new contacts
     * @return the created contacts, in request order
     * @throws dev.smskit.common.ValidationException if the API rejects a field of any contact
     */
    public List<Contact> createContacts(List<ContactNew> contacts) {
        return many(this.contacts.createContact(mapper.valueToTree(contacts), MULTIPLE), Contact.class,
                "POST /api/contacts");
    }

    /**
     * Adds a contact to a contact group ({@code POST /api/memberships}); the group's
     * {@code ContactsCount} grows by one.
     *
     * @param membership the group and the contact
     * @return the membership with its {@code ID}
     * @throws dev.smskit.common.ValidationException if the group or contact does not exist or the
     *     contact is already in the group
     */
    public Membership createMembership(MembershipNew membership) {
        return one(memberships.createMembership(mapper.valueToTree(membership), (String) null), Membership.class,
                "POST /api/memberships");
    }

    /**
     * Adds several contacts to groups in one call ({@code POST /api/memberships?multiple=true}); all
     * or nothing.
     *
     * @param memberships the groups and contacts
     * @return the memberships, in request order
     * @throws dev.smskit.common.ValidationException if any of them is refused
     */
    public List<Membership> createMemberships(List<MembershipNew> memberships) {
        return many(this.memberships.createMembership(mapper.valueToTree(memberships), MULTIPLE), Membership.class,
                "POST /api/memberships");
    }

    /**
     * Sends an SMS ({@code POST /api/sms/send}) to {@code Numbers}, the phones of {@code Contacts} and
     * the members of {@code Groups}, each phone number once; blacklisted numbers are left out.
     * Follow a message's delivery with {@link #getSentSms(int)}.
     *
     * @param sms {@code From}, {@code Message} and at least one recipient
     * @return one processed message per recipient, in order
     * @throws dev.smskit.common.ValidationException if a field is invalid or no recipient is left
     */
    public List<ProcessedOutgoingSMS> sendSms(OutgoingSMS sms) {
        return this.sms.sendSms(sms);
    }

    /**
     * One sent message with its delivery status as of now ({@code GET /api/sms/sent/{sms}}):
     * {@code Status} 0 (delivered to gateway), 21 (delivered to the GSM network), 22 (delivered to the
     * phone).
     *
     * @param id the {@code ID} {@link #sendSms(OutgoingSMS)} answered
     * @return the message
     * @throws dev.smskit.common.NotFoundException if the account sent no message with that id
     */
    public ProcessedOutgoingSMS getSentSms(int id) {
        return sms.getSentSms(id);
    }

    /**
     * Reads a sent message again until its status is final (delivered or failed, see
     * {@link SmsStatus#isFinal()}) or the timeout has passed, every 2 seconds. The waits go
     * through the retry policy's sleeper and clock.
     *
     * @param id the {@code ID} {@link #sendSms(OutgoingSMS)} answered
     * @param timeout how long to keep reading
     * @return the message as last read: with a final status, or the latest one when time ran out
     * @throws dev.smskit.common.NotFoundException if the account sent no message with that id
     */
    public ProcessedOutgoingSMS waitUntilFinal(int id, Duration timeout) {
        return Polling.until(() -> getSentSms(id), sent -> SmsStatus.of(sent.getStatus()).isFinal(), timeout, retryPolicy);
    }

    /**
     * Blacklists a phone number ({@code POST /api/blacklist}): no SMS is sent to it any more.
     *
     * @param phone the number in E.164, e.g. {@code +46701234567}
     * @return the blacklist entry with its {@code ID}
     * @throws dev.smskit.common.ValidationException if the number is invalid or already blacklisted
     */
    public BlacklistEntry addToBlacklist(String phone) {
        return one(blacklist.addToBlacklist(mapper.valueToTree(new BlacklistEntryNew().phone(phone)), (String) null),
                BlacklistEntry.class, "POST /api/blacklist");
    }

    /**
     * Blacklists several phone numbers in one call ({@code POST /api/blacklist?multiple=true}); all or
     * nothing.
     *
     * @param phones the numbers in E.164
     * @return the blacklist entries, in request order
     * @throws dev.smskit.common.ValidationException if any number is invalid or already blacklisted
     */
    public List<BlacklistEntry> addToBlacklist(List<String> phones) {
        List<BlacklistEntryNew> entries = phones.stream().map(phone -> new BlacklistEntryNew().phone(phone)).toList();
        return many(blacklist.addToBlacklist(mapper.valueToTree(entries), MULTIPLE), BlacklistEntry.class,
                "POST /api/blacklist");
    }

    private <T> T one(JsonNode created, Class<T> type, String call) {
        return read(created, mapper.getTypeFactory().constructType(type), call);
    }

    private <T> List<T> many(JsonNode created, Class<T> type, String call) {
        return read(created, mapper.getTypeFactory().constructCollectionType(List.class, type), call);
    }

    /** The typed answer of a create whose spec answers one item or an array (a JSON tree in the generated code). */
    private <T> T read(JsonNode created, JavaType type, String call) {
        if (created == null || created.isNull()) {
            throw new SmskitException(call + " answered without a body instead of a " + type.toCanonical());
        }
        try {
            return mapper.treeToValue(created, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SmskitException(call + " answered a body that is not a " + type.toCanonical() + ": "
                    + e.getMessage(), e);
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
            super(Ip1V1.class, ApiClient.BASE_PATH, "/api");
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
            ObjectMapper mapper = Json.configure(ApiClient.createObjectMapper());
            Connection connection = Connection.of(settings(), false);
            Feign.Builder feign = connection.feign(mapper, new ApiResponseDecoder(mapper), ApiError.class,
                    Ip1V1::summary, null)
                    .requestInterceptor(Connection.header("Authorization", () -> authorization));
            return new Ip1V1(feign, connection.target(false), mapper, settings().retryPolicy());
        }
    }
}
