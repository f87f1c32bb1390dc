package dev.smskit.smsend;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.common.ApiException;
import dev.smskit.common.AuthenticationException;
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
import dev.smskit.smsend.api.AuthenticationApi;
import dev.smskit.smsend.api.ContactsApi;
import dev.smskit.smsend.api.ContactsGroupsApi;
import dev.smskit.smsend.api.SmsSendApi;
import dev.smskit.smsend.invoker.ApiClient;
import dev.smskit.smsend.invoker.ApiResponseDecoder;
import dev.smskit.smsend.model.ApiResponse;
import dev.smskit.smsend.model.ContactRequest;
import dev.smskit.smsend.model.GroupList;
import dev.smskit.smsend.model.GroupRequest;
import dev.smskit.smsend.model.GroupSummary;
import dev.smskit.smsend.model.MultipleContactsRequest;
import dev.smskit.smsend.model.SmsOrder;
import dev.smskit.smsend.model.SmsOrderState;
import dev.smskit.smsend.model.SmsRecipientState;
import dev.smskit.smsend.model.SmsSendRequest;
import dev.smskit.smsend.model.SmsToGroupsRequest;
import feign.Feign;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Client of the smsend REST API ({@code /API/v1.0/REST}): contacts groups, contacts, and SMS sent to
 * phone numbers or groups, with their delivery state.
 *
 * <pre>{@code
 * Smsend smsend = Smsend.builder().username("my-user").password("my-password").build();
 * int id = smsend.createGroup(new GroupRequest().name("VIP customers").description("Top 100"));
 * smsend.listGroups().forEach(g -> System.out.println(g.getIdGroup() + " " + g.getGroupName()));
 * SmsOrder order = smsend.sendSms(new SmsSendRequest().messageType(SmsMessageType.N)
 *         .message("Your order has shipped.").addRecipientItem("+393471234567"));
 * smsend.getSmsState(order.getOrderId()).getRecipients().forEach(r -> System.out.println(r.getStatus()));
 * }</pre>
 *
 * <p>Every call carries the {@code user_key} header and either {@code Session_key} or
 * {@code Access_token}, named exactly so. With user name and password the client logs in on its
 * first call and again, once, when a call is refused with 401 because the session expired; the
 * refused call, a {@code POST} too, is then sent again, as a 401 means the API did nothing.
 *
 * <p>Thread-safe: build one instance per application and share it. Failed calls throw a
 * {@link dev.smskit.common.SmskitException}; errors answered by the API are
 * {@link dev.smskit.common.ApiException}s whose {@code getError(String.class)} is the API's
 * plain-text message.
 */
public final class Smsend {

    private final AuthenticationApi authentication;
    private final ContactsGroupsApi contactsGroups;
    private final ContactsApi contacts;
    private final SmsSendApi smsSend;

    private final RetryPolicy retryPolicy;

    private Smsend(AuthenticationApi authentication, Feign.Builder signed, String baseUrl, RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
        this.authentication = authentication;
        this.contactsGroups = signed.target(ContactsGroupsApi.class, baseUrl);
        this.contacts = signed.target(ContactsApi.class, baseUrl);
        this.smsSend = signed.target(SmsSendApi.class, baseUrl);
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
     * The login operations ({@code GET /login}, {@code GET /token}), as generated from the spec;
     * they answer the text {@code USER_KEY;KEY}. The client calls them itself when built with user
     * name and password.
     *
     * @return the generated interface, with retries and without credentials
     */
    public AuthenticationApi authentication() {
        return authentication;
    }

    /**
     * The contacts group operations, as generated from the spec ({@code /group}, {@code /groups}).
     *
     * @return the generated interface, signed and with retries
     */
    public ContactsGroupsApi contactsGroups() {
        return contactsGroups;
    }

    /**
     * The contact operations, as generated from the spec ({@code /contact}).
     *
     * @return the generated interface, signed and with retries
     */
    public ContactsApi contacts() {
        return contacts;
    }

    /**
     * The SMS operations, as generated from the spec ({@code /sms}, {@code /smstogroups}).
     *
     * @return the generated interface, signed and with retries
     */
    public SmsSendApi smsSend() {
        return smsSend;
    }

    /**
     * Creates a contacts group ({@code POST /group}, answered 201 with an empty body and
     * {@code Location: /group/{id}}).
     *
     * @param group the name and description, both required
     * @return the id of the new group, read from {@code Location}
     * @throws dev.smskit.common.ValidationException if the name is invalid
     */
    public int createGroup(GroupRequest group) {
        return idFrom(contactsGroups.createGroupWithHttpInfo(group), "POST /group");
    }

    /**
     * Adds a contact to the address book ({@code POST /contact}, answered 201 with an empty body and
     * {@code Location: /contact/{id}}).
     *
     * @param contact the contact; an email or a phone number is required
     * @return the id of the new contact, read from {@code Location}
     * @throws dev.smskit.common.ValidationException if the contact is invalid
     */
    public int addContact(ContactRequest contact) {
        return idFrom(contacts.addContactWithHttpInfo(contact), "POST /contact");
    }

    /**
     * Adds several contacts at once ({@code POST /contact} with a {@code contacts} array, answered 200
     * with the number saved), all or nothing: if one is invalid, none is saved. A contact with the email
     * or phone number of a stored one replaces it; see {@link #addContacts(MultipleContactsRequest)} to
     * update it instead.
     *
     * @param contacts the contacts; each needs an email or a phone number
     * @return how many contacts were saved
     * @throws dev.smskit.common.ValidationException if any contact is invalid; nothing was saved
     */
    public int addContacts(List<ContactRequest> contacts) {
        return addContacts(new MultipleContactsRequest().contacts(contacts));
    }

    /**
     * Adds several contacts at once ({@code POST /contact}), all or nothing, saying what becomes of
     * stored contacts they clash with ({@code updateExistingContact},
     * {@code keepExistingGroupsAndCampaigns}).
     *
     * @param contacts the contacts and the options
     * @return how many contacts were saved
     * @throws dev.smskit.common.ValidationException if any contact is invalid; nothing was saved
     */
    public int addContacts(MultipleContactsRequest contacts) {
        Integer saved = this.contacts.addContact(contacts);
        if (saved == null) {
            throw new SmskitException("POST /contact answered without the number of contacts saved");
        }
        return saved;
    }

    /**
     * Sends an SMS message to phone numbers ({@code POST /sms}, answered 201 with the order). Like every
     * {@code POST} it is not retried unless the {@link dev.smskit.common.RetryPolicy} says so; if yours
     * does, give the message an {@code orderId}: smsend refuses an order ID it already has, so a retry
     * cannot send the message twice.
     *
     * @param sms the message type, the text and the recipients, at least
     * @return the order: its {@code orderId} and how many SMSs were sent
     * @throws dev.smskit.common.ValidationException if the message or a recipient is invalid
     */
    public SmsOrder sendSms(SmsSendRequest sms) {
        return smsSend.sendSms(sms);
    }

    /**
     * Sends an SMS message to every contact of contacts groups named by their <em>names</em>
     * ({@code POST /smstogroups}, answered 200 with the order). Retried as {@link #sendSms} is.
     *
     * @param sms the message type, the text and the group names, at least
     * @return the order: its {@code orderId} and how many SMSs were sent
     * @throws dev.smskit.common.ValidationException if a group is not found or the message is invalid
     */
    public SmsOrder sendSmsToGroups(SmsToGroupsRequest sms) {
        return smsSend.sendSmsToGroups(sms);
    }

    /**
     * The delivery state of each recipient of an order ({@code GET /sms/{order_id}}): for example
     * {@code SCHEDULED}, {@code WAITING}, {@code SENT}, then {@code DLVRD} for message type {@code N}.
     *
     * @param orderId the order ID a send answered, or the one given to it
     * @return the order's recipients with their state
     * @throws dev.smskit.common.NotFoundException if there is no such order
     */
    public SmsOrderState getSmsState(String orderId) {
        return smsSend.getSmsState(orderId);
    }

    /**
     * Deletes an order that is still waiting for its scheduled time ({@code DELETE /sms/{order_id}});
     * it is not found afterwards.
     *
     * @param orderId the order ID
     * @throws dev.smskit.common.NotFoundException if there is no such order, or it is no longer
     *     {@code SCHEDULED}
     */
    public void deleteScheduledSms(String orderId) {
        smsSend.deleteScheduledSms(orderId);
    }

    /**
     * Where the SMS of one recipient stands: {@code DLVRD} delivered; {@code WAITING},
     * {@code SENT}, {@code WAIT4DLVR} and {@code SCHEDULED} pending; every other state failed
     * ({@code DEMO}, sent in demo mode, reaches no phone either). A message type without delivery
     * notification stays {@code SENT}: it never becomes final.
     *
     * @param recipient one recipient of {@link #getSmsState(String)}
     * @return pending, delivered or failed
     */
    public static DeliveryState state(SmsRecipientState recipient) {
        SmsRecipientState.StatusEnum status = recipient.getStatus();
        if (status == null) {
            return DeliveryState.PENDING;
        }
        switch (status) {
            case DLVRD:
                return DeliveryState.DELIVERED;
            case WAITING:
            case SENT:
            case WAIT4_DLVR:
            case SCHEDULED:
                return DeliveryState.PENDING;
            default:
                return DeliveryState.FAILED;
        }
    }

    /**
     * Reads an order's state again until every recipient is final (delivered or failed, see
     * {@link #state(SmsRecipientState)}) or the timeout has passed, every 2 seconds; the waits go
     * through the retry policy's sleeper and clock. Only message type {@code N} reports delivery:
     * other types stop at {@code SENT} and use up the timeout.
     *
     * @param orderId the order ID a send answered, or the one given to it
     * @param timeout how long to keep reading
     * @return the order's state as last read: all final, or the latest when time ran out
     * @throws dev.smskit.common.NotFoundException if there is no such order
     */
    public SmsOrderState waitUntilFinal(String orderId, Duration timeout) {
        return Polling.until(() -> getSmsState(orderId), order -> order.getRecipients() != null
                && order.getRecipients().stream().allMatch(recipient -> state(recipient).isFinal()), timeout, retryPolicy);
    }

    /**
     * All contacts groups, fetched page by page with the API's default page size.
     *
     * @return a lazy stream; see {@link #listGroups(Integer)}
     */
    public Stream<GroupSummary> listGroups() {
        return listGroups(null);
    }

    /**
     * All contacts groups ({@code GET /groups?pageNumber=..&pageSize=..}), fetched page by page:
     * a page is requested when the stream reaches it, until {@code Total} groups have been read.
     *
     * @param pageSize groups per request, or {@code null} for the API's default (5)
     * @return a lazy, ordered stream over every group
     */
    public Stream<GroupSummary> listGroups(Integer pageSize) {
        return Pages.stream(() -> groupPage(1, pageSize, 0));
    }

    private Page<GroupSummary> groupPage(int pageNumber, Integer pageSize, int readBefore) {
        GroupList list = contactsGroups.listGroups(pageNumber, pageSize);
        List<GroupSummary> groups = list.getGroups() == null ? List.of() : list.getGroups();
        int read = readBefore + groups.size();
        boolean more = !groups.isEmpty() && list.getTotal() != null && read < list.getTotal();
        return more ? new Page<>(groups, () -> groupPage(pageNumber + 1, pageSize, read)) : Page.last(groups);
    }

    /**
     * smsend answers a wrong user name or password with 404 "Credentials are incorrect": for the
     * caller that is refused credentials, an {@link AuthenticationException} (status still 404).
     */
    private static String refusedAs401(java.util.function.Supplier<String> login) {
        try {
            return login.get();
        } catch (NotFoundException refused) {
            throw new AuthenticationException(new ApiException.Answer(refused.getMethod(), refused.getUrl(),
                    refused.getStatus(), refused.getHeaders(), refused.getBody(), refused.getError(),
                    refused.getError(String.class).orElse("no details in the answer"),
                    refused.getRetryAfter().orElse(null)));
        }
    }

    /** The id at the end of a {@code Location} such as {@code /group/1234}. */
    private static int idFrom(ApiResponse<?> created, String call) {
        Collection<String> locations = created.getHeaders().get("Location");
        String location = locations == null || locations.isEmpty() ? null : locations.iterator().next();
        if (location == null) {
            throw new SmskitException(call + " answered " + created.getStatusCode() + " without a Location header");
        }
        try {
            String path = URI.create(location.strip()).getPath();
            return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
        } catch (IllegalArgumentException notAnId) {
            throw new SmskitException(call + " answered Location '" + location + "', which does not end with an id",
                    notAnId);
        }
    }

    /**
     * Configures an {@link Smsend}, with one of:
     * <ul>
     *   <li>{@link #username(String)} and {@link #password(String)}: session key from
     *       {@code GET /login};</li>
     *   <li>the same plus {@link #tokenLogin(boolean) tokenLogin(true)}: access token from
     *       {@code GET /token};</li>
     *   <li>{@link #userKey(String)} and {@link #accessToken(String)} you already have.</li>
     * </ul>
     */
    public static final class Builder extends ClientBuilder<Builder> {

        private String username;
        private String password;
        private boolean tokenLogin;
        private String userKey;
        private String accessToken;

        private Builder() {
            super(Smsend.class, ApiClient.BASE_PATH, "/API/v1.0/REST");
        }

        /**
         * The user name to log in with.
         *
         * @param username the smsend user name
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * The password to log in with.
         *
         * @param password the smsend password
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Logs in with {@code GET /token} and sends {@code Access_token}, which does not expire,
         * instead of a session key from {@code GET /login} (default {@code false}).
         *
         * @param tokenLogin {@code true} for token login
         * @return this builder
         */
        public Builder tokenLogin(boolean tokenLogin) {
            this.tokenLogin = tokenLogin;
            return this;
        }

        /**
         * A user key from an earlier login, used with {@link #accessToken(String)}.
         *
         * @param userKey the {@code USER_KEY} part of a login answer
         * @return this builder
         */
        public Builder userKey(String userKey) {
            this.userKey = userKey;
            return this;
        }

        /**
         * An access token from an earlier {@code GET /token}, used with {@link #userKey(String)}.
         *
         * @param accessToken the {@code ACCESS_TOKEN} part of a token login answer
         * @return this builder
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * Builds the client. Nothing is sent yet: a login happens on the first call.
         *
         * @return a thread-safe client
         * @throws IllegalStateException if the credentials are incomplete or of both kinds
         */
        public Smsend build() {
            boolean keys = userKey != null || accessToken != null;
            if (keys && (username != null || password != null)) {
                throw new IllegalStateException("set either username and password, or userKey and accessToken, not both");
            }
            ObjectMapper mapper = Json.configure(ApiClient.createObjectMapper());
            // HTTP/2 would send header names in lower case: keep Session_key and Access_token as documented
            Connection connection = Connection.of(settings(), true);
            String target = connection.target(true);
            PlainTextDecoder decoder = new PlainTextDecoder(new ApiResponseDecoder(mapper));
            AuthenticationApi authentication = connection.feign(mapper, decoder, String.class, Function.identity(), null)
                    .target(AuthenticationApi.class, target);

            Login login;
            if (keys) {
                login = Login.fixed(required(userKey, "userKey"), required(accessToken, "accessToken"));
            } else {
                String user = required(username, "username");
                String secret = required(password, "password");
                login = tokenLogin
                        ? Login.lazy(Login.ACCESS_TOKEN, "GET /token", () -> refusedAs401(() -> authentication.token(user, secret)))
                        : Login.lazy(Login.SESSION_KEY, "GET /login", () -> refusedAs401(() -> authentication.login(user, secret)));
            }
            Feign.Builder signed = connection.feign(mapper, decoder, String.class, Function.identity(), login::renew)
                    .requestInterceptor(login);
            return new Smsend(authentication, signed, target, settings().retryPolicy());
        }
    }
}
