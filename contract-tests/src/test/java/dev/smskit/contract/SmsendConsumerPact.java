package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.expect;
import static dev.smskit.contract.ConsumerPacts.text;
import static dev.smskit.contract.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.Matcher;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.ValidationException;
import dev.smskit.smsend.Smsend;
import dev.smskit.smsend.model.ContactRequest;
import dev.smskit.smsend.model.GroupRequest;
import dev.smskit.smsend.model.SmsMessageType;
import dev.smskit.smsend.model.SmsSendRequest;
import dev.smskit.smsend.model.SmsToGroupsRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the smsend consumer tests share: user test's keys, the ids the examples use, the requests and
 * answers and the client. Each subclass is one resource, and all of them write the one smsend pact.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "smsend", pactVersion = PactSpecVersion.V4)
abstract class SmsendConsumerPact {

    static final String BASE = "/API/v1.0/REST";
    static final String USER_KEY = "USR3a9f2c";
    static final String ACCESS_TOKEN = "TOKc0ffee7741b2";
    static final String SESSION_KEY = "SESKb71e0d44a2";
    static final String WRONG_TOKEN = "TOK-not-issued";
    static final int GROUP_ID = 1234;
    static final int CONTACT_ID = 5678;
    static final int MISSING_ID = 999999;
    static final String ORDER_ID = "order-2027-0001";
    static final String SCHEDULED_ORDER_ID = "order-2099-0001";
    /** Not an order ID at all: smsend's order IDs are letters, digits, underscore, dot and dash. */
    static final String INVALID_ORDER_ID = "order~1";
    static final String INVALID_ORDER_ID_MESSAGE = "Invalid order_id: only letters, numbers, underscore, dot and dash are allowed";

    /** How a request authenticates. */
    enum Credentials { ACCESS_TOKEN, SESSION_KEY, WRONG_TOKEN }

    // ---- requests that several tests make

    /** The login a client without keys makes before its first call. */
    static PactBuilder expectLogin(PactBuilder builder) {
        return expect(builder, "log in for a session key",
                request -> request.method("GET").path(BASE + "/login").queryParameter("username", "test").queryParameter("password", "test"),
                response -> text(response.status(200), "[^;]+;[^;]+", USER_KEY + ";" + SESSION_KEY));
    }

    static HttpRequestBuilder groupCreation(HttpRequestBuilder request, String name) {
        return request.method("POST").path(BASE + "/group").header("Content-Type", json()).body(groupBody(name));
    }

    /** A membership request on the state's group and either the state's contact or one that does not exist. */
    static HttpRequestBuilder membershipChange(HttpRequestBuilder request, String method, boolean knownContact) {
        return request.method(method).path(groupPath("/contact/" + (knownContact ? "${contactId}" : String.valueOf(MISSING_ID))));
    }

    static HttpRequestBuilder contactAddition(HttpRequestBuilder request, String phone) {
        // the generated model sends the spec's default of groupIds, an empty list
        PactDslJsonBody contact = (PactDslJsonBody) new PactDslJsonBody().stringValue("name", "Mario").stringValue("surname", "Rossi")
                .array("groupIds").closeArray();
        if (phone != null) {
            contact.stringValue("phoneNumber", phone);
        }
        return request.method("POST").path(BASE + "/contact").header("Content-Type", json()).body(contact);
    }

    /** Two contacts at once, the first with a phone number and the second with {@code secondPhone}. */
    static HttpRequestBuilder contactsAddition(HttpRequestBuilder request, String secondPhone) {
        PactDslJsonArray contacts = new PactDslJsonBody().array("contacts");
        contact(contacts.object(), "+393471234567");
        contact(contacts.object(), secondPhone);
        return request.method("POST").path(BASE + "/contact").header("Content-Type", json()).body(contacts.closeArray());
    }

    /** A contact as {@link #contactRequest} sends it, closed into its array. */
    private static void contact(PactDslJsonBody contact, String phone) {
        contact.stringValue("name", "Mario").stringValue("surname", "Rossi").array("groupIds").closeArray();
        if (phone != null) {
            contact.stringValue("phoneNumber", phone);
        }
        contact.closeObject();
    }

    static HttpRequestBuilder smsSending(HttpRequestBuilder request, String recipient) {
        return request.method("POST").path(BASE + "/sms").header("Content-Type", json())
                .body(new PactDslJsonBody().stringValue("message_type", "N").stringValue("message", "Your order has shipped.")
                        .stringValue("order_id", ORDER_ID).booleanValue("returnRemaining", true)
                        .array("recipient").stringValue(recipient).closeArray().asBody());
    }

    static HttpRequestBuilder groupSmsSending(HttpRequestBuilder request, String group) {
        return request.method("POST").path(BASE + "/smstogroups").header("Content-Type", json())
                .body(new PactDslJsonBody().stringValue("message_type", "L").stringValue("message", "Spring sale")
                        .array("recipient").stringValue(group).closeArray().asBody());
    }

    // ---- interactions

    /** Keys are issued by the provider at login: the provider state hands them out under these names. */
    static HttpRequestBuilder authenticated(HttpRequestBuilder request, Credentials credentials) {
        return switch (credentials) {
            case ACCESS_TOKEN -> request.header("user_key", Matchers.fromProviderState("${userKey}", USER_KEY))
                    .header("Access_token", Matchers.fromProviderState("${accessToken}", ACCESS_TOKEN));
            case SESSION_KEY -> request.header("user_key", Matchers.fromProviderState("${userKey}", USER_KEY))
                    .header("Session_key", Matchers.fromProviderState("${sessionKey}", SESSION_KEY));
            case WRONG_TOKEN -> request.header("user_key", Matchers.fromProviderState("${userKey}", USER_KEY))
                    .header("Access_token", WRONG_TOKEN);
        };
    }

    /** The state's group, followed by {@code rest} (which may name more state values). */
    static Matcher groupPath(String rest) {
        String example = BASE + "/group/" + GROUP_ID + rest.replace("${contactId}", String.valueOf(CONTACT_ID));
        return Matchers.fromProviderState(BASE + "/group/${groupId}" + rest, example);
    }

    static PactDslJsonBody groupBody(String name) {
        return new PactDslJsonBody().stringValue("name", name)
                .stringValue("description", "Customers with a yearly turnover above 10k");
    }

    static HttpResponseBuilder located(HttpResponseBuilder response, String regex, String example) {
        return response.header("Location", Matchers.regexp(regex, example));
    }

    static HttpResponseBuilder error(HttpResponseBuilder response, int status, String example) {
        return text(response.status(status), ".+", example);
    }

    static HttpResponseBuilder unauthorized(HttpResponseBuilder response) {
        return error(response, 401, "User_key, Token or Session_key are invalid or not provided");
    }

    // ---- the client

    /** A client with keys it already has; each call sends {@code user_key} and {@code Access_token}. */
    static Smsend smsend(MockServer server, Credentials credentials) {
        Smsend.Builder builder = Smsend.builder().baseUrl(server.getUrl() + BASE).userKey(USER_KEY);
        return switch (credentials) {
            case ACCESS_TOKEN -> builder.accessToken(ACCESS_TOKEN).build();
            case WRONG_TOKEN -> builder.accessToken(WRONG_TOKEN).build();
            case SESSION_KEY -> throw new IllegalArgumentException("session keys come from a login: smsend(server, user, password)");
        };
    }

    /** A client that logs in for a session key on its first call. */
    static Smsend smsend(MockServer server, String username, String password) {
        return Smsend.builder().baseUrl(server.getUrl() + BASE).username(username).password(password).build();
    }

    static GroupRequest groupRequest(String name) {
        return new GroupRequest().name(name).description("Customers with a yearly turnover above 10k");
    }

    static ContactRequest contactRequest(String phone) {
        return new ContactRequest().name("Mario").surname("Rossi").phoneNumber(phone);
    }

    static SmsSendRequest smsRequest(String recipient) {
        return new SmsSendRequest().messageType(SmsMessageType.N).message("Your order has shipped.")
                .orderId(ORDER_ID).returnRemaining(true).addRecipientItem(recipient);
    }

    static SmsToGroupsRequest groupSmsRequest(String group) {
        return new SmsToGroupsRequest().messageType(SmsMessageType.L).message("Spring sale").addRecipientItem(group);
    }

    /** A 400 with smsend's plain-text message, as the client parses it. */
    static void assertInvalid(ThrowingCallable call) {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(String.class)).get().asString().isNotBlank());
    }

    static void assertDenied(ThrowingCallable call) {
        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(String.class)).get().asString().isNotBlank());
    }
}
