package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.expect;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static dev.smskit.contract.ConsumerPacts.text;
import static dev.smskit.contract.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
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
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.ValidationException;
import dev.smskit.smsend.Smsend;
import dev.smskit.smsend.model.ApiResponse;
import dev.smskit.smsend.model.Contact;
import dev.smskit.smsend.model.ContactRequest;
import dev.smskit.smsend.model.GroupRequest;
import dev.smskit.smsend.model.GroupSummary;
import dev.smskit.smsend.model.SmsMessageType;
import dev.smskit.smsend.model.SmsOrder;
import dev.smskit.smsend.model.SmsOrderState;
import dev.smskit.smsend.model.SmsRecipientState;
import dev.smskit.smsend.model.SmsSendRequest;
import dev.smskit.smsend.model.SmsToGroupsRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The smsend client ({@link Smsend}) against Pact's mock server: logins, groups, memberships, contacts and SMS, with every documented error. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "smsend", pactVersion = PactSpecVersion.V4)
class SmsendConsumerPactTest {

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

    /** Every state logs user test in both ways and hands out {@code userKey}, {@code accessToken}, {@code sessionKey}. */
    static final String STATE_USER = "user test is logged in";
    static final String STATE_GROUP = "user test has a group";
    static final String STATE_CONTACT = "user test has a contact";
    static final String STATE_GROUP_AND_CONTACT = "user test has a group and a contact";
    static final String STATE_MEMBER = "user test has a contact in a group";
    /** An SMS to +393471234567 sent now ({@link #ORDER_ID}), or scheduled far ahead ({@link #SCHEDULED_ORDER_ID}). */
    static final String STATE_ORDER = "user test has an SMS order";
    static final String STATE_SCHEDULED_ORDER = "user test has a scheduled SMS order";

    /** How a request authenticates. */
    enum Credentials { ACCESS_TOKEN, SESSION_KEY, WRONG_TOKEN }

    // ---- GET /login and GET /token

    @Pact(consumer = Api.CONSUMER)
    V4Pact login(PactBuilder builder) {
        return expectLogin(builder).toPact();
    }

    private static PactBuilder expectLogin(PactBuilder builder) {
        return expect(builder, "log in for a session key",
                request -> request.method("GET").path(BASE + "/login").queryParameter("username", "test").queryParameter("password", "test"),
                response -> text(response.status(200), "[^;]+;[^;]+", USER_KEY + ";" + SESSION_KEY));
    }

    @Test
    @PactTestFor(pactMethod = "login")
    void login(MockServer server) {
        assertThat(smsend(server, "test", "test").authentication().login("test", "test")).matches("[^;]+;[^;]+");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact loginWrongPassword(PactBuilder builder) {
        return interaction(builder, "log in with a wrong password",
                request -> request.method("GET").path(BASE + "/login").queryParameter("username", "test").queryParameter("password", "wrong"),
                response -> error(response, 404, "Credentials are incorrect"));
    }

    @Test
    @PactTestFor(pactMethod = "loginWrongPassword")
    void loginWrongPassword(MockServer server) {
        // the client logs in on its first call, which never goes out
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> smsend(server, "test", "wrong").createGroup(groupRequest("VIP customers")))
                .satisfies(e -> assertThat(e.getError(String.class)).isNotEmpty());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact loginWithoutPassword(PactBuilder builder) {
        return interaction(builder, "log in without a password",
                request -> request.method("GET").path(BASE + "/login").queryParameter("username", "test"),
                response -> error(response, 400, "Missing parameter: password"));
    }

    @Test
    @PactTestFor(pactMethod = "loginWithoutPassword")
    void loginWithoutPassword(MockServer server) {
        assertInvalid(() -> smsend(server, "test", "test").authentication().login("test", null));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact token(PactBuilder builder) {
        return interaction(builder, "log in for an access token",
                request -> request.method("GET").path(BASE + "/token").queryParameter("username", "test").queryParameter("password", "test"),
                response -> text(response.status(200), "[^;]+;[^;]+", USER_KEY + ";" + ACCESS_TOKEN));
    }

    @Test
    @PactTestFor(pactMethod = "token")
    void token(MockServer server) {
        assertThat(smsend(server, "test", "test").authentication().token("test", "test")).matches("[^;]+;[^;]+");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact tokenWrongPassword(PactBuilder builder) {
        return interaction(builder, "log in for an access token with a wrong password",
                request -> request.method("GET").path(BASE + "/token").queryParameter("username", "test").queryParameter("password", "wrong"),
                response -> error(response, 404, "Credentials are incorrect"));
    }

    @Test
    @PactTestFor(pactMethod = "tokenWrongPassword")
    void tokenWrongPassword(MockServer server) {
        Smsend smsend = Smsend.builder().baseUrl(server.getUrl() + BASE).username("test").password("wrong").tokenLogin(true).build();

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> smsend.createGroup(groupRequest("VIP customers")));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact tokenWithoutPassword(PactBuilder builder) {
        return interaction(builder, "log in for an access token without a password",
                request -> request.method("GET").path(BASE + "/token").queryParameter("username", "test"),
                response -> error(response, 400, "Missing parameter: password"));
    }

    @Test
    @PactTestFor(pactMethod = "tokenWithoutPassword")
    void tokenWithoutPassword(MockServer server) {
        assertInvalid(() -> smsend(server, "test", "test").authentication().token("test", null));
    }

    // ---- POST /group

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroup(PactBuilder builder) {
        return createGroup(builder, "create a group", Credentials.ACCESS_TOKEN, "VIP customers",
                response -> located(response.status(201), "/group/\\d+", "/group/" + GROUP_ID));
    }

    @Test
    @PactTestFor(pactMethod = "createGroup")
    void createGroup(MockServer server) {
        assertThat(smsend(server, Credentials.ACCESS_TOKEN).createGroup(groupRequest("VIP customers"))).isEqualTo(GROUP_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroupInvalid(PactBuilder builder) {
        return createGroup(builder, "create a group without a name", Credentials.ACCESS_TOKEN, "",
                response -> error(response, 400, "Invalid group name: must not be empty"));
    }

    @Test
    @PactTestFor(pactMethod = "createGroupInvalid")
    void createGroupInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).createGroup(groupRequest("")));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroupUnauthorized(PactBuilder builder) {
        return createGroup(builder, "create a group with a wrong access token", Credentials.WRONG_TOKEN, "VIP customers",
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "createGroupUnauthorized")
    void createGroupUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).createGroup(groupRequest("VIP customers")));
    }

    private static V4Pact createGroup(PactBuilder builder, String description, Credentials credentials, String name,
            UnaryOperator<HttpResponseBuilder> response) {
        return interaction(builder.given(STATE_USER), description,
                request -> authenticated(request.method("POST").path(BASE + "/group"), credentials)
                        .header("Content-Type", json())
                        .body(groupBody(name)),
                response);
    }

    // ---- PUT /group/{group_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact modifyGroup(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "modify a group",
                request -> authenticated(request.method("PUT").path(groupPath("")), Credentials.ACCESS_TOKEN)
                        .header("Content-Type", json()).body(groupBody("VIP customers 2027")),
                response -> located(response.status(200), "/group/\\d+", "/group/" + GROUP_ID));
    }

    @Test
    @PactTestFor(pactMethod = "modifyGroup")
    void modifyGroup(MockServer server) {
        ApiResponse<Void> modified = smsend(server, Credentials.ACCESS_TOKEN).contactsGroups()
                .modifyGroupWithHttpInfo(GROUP_ID, groupRequest("VIP customers 2027"));

        assertThat(modified.getHeaders().get("Location")).containsExactly("/group/" + GROUP_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact modifyGroupInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "modify a group that does not exist",
                request -> authenticated(request.method("PUT").path(BASE + "/group/" + MISSING_ID), Credentials.ACCESS_TOKEN)
                        .header("Content-Type", json()).body(groupBody("VIP customers 2027")),
                response -> error(response, 400, "Invalid group_id: " + MISSING_ID));
    }

    @Test
    @PactTestFor(pactMethod = "modifyGroupInvalid")
    void modifyGroupInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).contactsGroups()
                .modifyGroup(MISSING_ID, groupRequest("VIP customers 2027")));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact modifyGroupUnauthorized(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "modify a group with a wrong access token",
                request -> authenticated(request.method("PUT").path(groupPath("")), Credentials.WRONG_TOKEN)
                        .header("Content-Type", json()).body(groupBody("VIP customers 2027")),
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "modifyGroupUnauthorized")
    void modifyGroupUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).contactsGroups()
                .modifyGroup(GROUP_ID, groupRequest("VIP customers 2027")));
    }

    // ---- DELETE /group/{group_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteGroup(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "delete a group and its contacts",
                request -> authenticated(request.method("DELETE").path(groupPath("")).queryParameter("deletecontacts", "true"),
                        Credentials.ACCESS_TOKEN),
                response -> response.status(200));
    }

    @Test
    @PactTestFor(pactMethod = "deleteGroup")
    void deleteGroup(MockServer server) {
        assertThat(smsend(server, Credentials.ACCESS_TOKEN).contactsGroups().deleteGroupWithHttpInfo(GROUP_ID, "true")
                .getStatusCode()).isEqualTo(200);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteGroupInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "delete a group that does not exist",
                request -> authenticated(request.method("DELETE").path(BASE + "/group/" + MISSING_ID), Credentials.ACCESS_TOKEN),
                response -> error(response, 400, "Invalid group_id: " + MISSING_ID));
    }

    @Test
    @PactTestFor(pactMethod = "deleteGroupInvalid")
    void deleteGroupInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).contactsGroups().deleteGroup(MISSING_ID, (String) null));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteGroupUnauthorized(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "delete a group with a wrong access token",
                request -> authenticated(request.method("DELETE").path(groupPath("")), Credentials.WRONG_TOKEN),
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "deleteGroupUnauthorized")
    void deleteGroupUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).contactsGroups().deleteGroup(GROUP_ID, (String) null));
    }

    // ---- GET /groups

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroups(PactBuilder builder) {
        return listGroups(builder, "list the groups", Credentials.ACCESS_TOKEN);
    }

    @Test
    @PactTestFor(pactMethod = "listGroups")
    void listGroups(MockServer server) {
        assertGroups(smsend(server, Credentials.ACCESS_TOKEN).listGroups(5).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroupsWithSessionKey(PactBuilder builder) {
        return listGroups(expectLogin(builder), "list the groups with a session key", Credentials.SESSION_KEY);
    }

    @Test
    @PactTestFor(pactMethod = "listGroupsWithSessionKey")
    void listGroupsWithSessionKey(MockServer server) {
        // logs in for a session key on the first call, then sends user_key and Session_key
        assertGroups(smsend(server, "test", "test").listGroups(5).toList());
    }

    private static V4Pact listGroups(PactBuilder builder, String description, Credentials credentials) {
        return interaction(builder.given(STATE_GROUP), description,
                request -> authenticated(request.method("GET").path(BASE + "/groups")
                        .queryParameter("pageNumber", "1").queryParameter("pageSize", "5"), credentials),
                response -> response.status(200).header("Content-Type", json()).body(new PactDslJsonBody()
                        .minArrayLike("groups", 1)
                        .stringMatcher("id_group", "\\d+", String.valueOf(GROUP_ID))
                        .stringValue("group_name", "VIP customers")
                        .stringValue("group_description", "Customers with a yearly turnover above 10k")
                        .closeObject().closeArray().asBody()
                        .integerType("pageNumber", 1)
                        .integerType("pageSize", 5)
                        .integerType("Total", 1)));
    }

    private static void assertGroups(List<GroupSummary> groups) {
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.getIdGroup()).isEqualTo(String.valueOf(GROUP_ID));
            assertThat(group.getGroupName()).isEqualTo("VIP customers");
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroupsInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "list the groups with a page size of 0",
                request -> authenticated(request.method("GET").path(BASE + "/groups")
                        .queryParameter("pageNumber", "1").queryParameter("pageSize", "0"), Credentials.ACCESS_TOKEN),
                response -> error(response, 400, "Invalid pageSize: 0"));
    }

    @Test
    @PactTestFor(pactMethod = "listGroupsInvalid")
    void listGroupsInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).contactsGroups().listGroups(1, 0));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroupsUnauthorized(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "list the groups with a wrong access token",
                request -> authenticated(request.method("GET").path(BASE + "/groups").queryParameter("pageNumber", "1"),
                        Credentials.WRONG_TOKEN),
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "listGroupsUnauthorized")
    void listGroupsUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).listGroups().toList());
    }

    // ---- POST and DELETE /group/{group_id}/contact/{contact_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContactToGroup(PactBuilder builder) {
        return membership(builder.given(STATE_GROUP_AND_CONTACT), "add a contact to a group", "POST", Credentials.ACCESS_TOKEN,
                true, response -> located(response.status(200), "/contact/\\d+", "/contact/" + CONTACT_ID));
    }

    @Test
    @PactTestFor(pactMethod = "addContactToGroup")
    void addContactToGroup(MockServer server) {
        ApiResponse<Void> added = smsend(server, Credentials.ACCESS_TOKEN).contactsGroups()
                .addContactToGroupWithHttpInfo(GROUP_ID, CONTACT_ID);

        assertThat(added.getHeaders().get("Location")).containsExactly("/contact/" + CONTACT_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addUnknownContactToGroup(PactBuilder builder) {
        return membership(builder.given(STATE_GROUP), "add a contact that does not exist to a group", "POST",
                Credentials.ACCESS_TOKEN, false, response -> error(response, 400, "Invalid contact_id: " + MISSING_ID));
    }

    @Test
    @PactTestFor(pactMethod = "addUnknownContactToGroup")
    void addUnknownContactToGroup(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).contactsGroups().addContactToGroup(GROUP_ID, MISSING_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContactToGroupUnauthorized(PactBuilder builder) {
        return membership(builder.given(STATE_GROUP_AND_CONTACT), "add a contact to a group with a wrong access token", "POST",
                Credentials.WRONG_TOKEN, true, SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "addContactToGroupUnauthorized")
    void addContactToGroupUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).contactsGroups().addContactToGroup(GROUP_ID, CONTACT_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact removeContactFromGroup(PactBuilder builder) {
        return membership(builder.given(STATE_MEMBER), "remove a contact from a group", "DELETE", Credentials.ACCESS_TOKEN,
                true, response -> located(response.status(200), "/contact/\\d+", "/contact/" + CONTACT_ID));
    }

    @Test
    @PactTestFor(pactMethod = "removeContactFromGroup")
    void removeContactFromGroup(MockServer server) {
        ApiResponse<Void> removed = smsend(server, Credentials.ACCESS_TOKEN).contactsGroups()
                .removeContactFromGroupWithHttpInfo(GROUP_ID, CONTACT_ID);

        assertThat(removed.getHeaders().get("Location")).containsExactly("/contact/" + CONTACT_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact removeUnknownContactFromGroup(PactBuilder builder) {
        return membership(builder.given(STATE_GROUP), "remove a contact that does not exist from a group", "DELETE",
                Credentials.ACCESS_TOKEN, false, response -> error(response, 400, "Invalid contact_id: " + MISSING_ID));
    }

    @Test
    @PactTestFor(pactMethod = "removeUnknownContactFromGroup")
    void removeUnknownContactFromGroup(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).contactsGroups().removeContactFromGroup(GROUP_ID, MISSING_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact removeContactFromGroupUnauthorized(PactBuilder builder) {
        return membership(builder.given(STATE_MEMBER), "remove a contact from a group with a wrong access token", "DELETE",
                Credentials.WRONG_TOKEN, true, SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "removeContactFromGroupUnauthorized")
    void removeContactFromGroupUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).contactsGroups().removeContactFromGroup(GROUP_ID, CONTACT_ID));
    }

    /** A membership request on the state's group and either the state's contact or one that does not exist. */
    private static V4Pact membership(PactBuilder builder, String description, String method, Credentials credentials,
            boolean knownContact, UnaryOperator<HttpResponseBuilder> response) {
        return interaction(builder, description,
                request -> authenticated(request.method(method).path(groupPath("/contact/"
                        + (knownContact ? "${contactId}" : String.valueOf(MISSING_ID)))), credentials),
                response);
    }

    // ---- POST /contact

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContact(PactBuilder builder) {
        return addContact(builder, "add a contact", Credentials.ACCESS_TOKEN, "+393471234567",
                response -> located(response.status(201), "/contact/\\d+", "/contact/" + CONTACT_ID));
    }

    @Test
    @PactTestFor(pactMethod = "addContact")
    void addContact(MockServer server) {
        assertThat(smsend(server, Credentials.ACCESS_TOKEN).addContact(contactRequest("+393471234567"))).isEqualTo(CONTACT_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContactInvalid(PactBuilder builder) {
        return addContact(builder, "add a contact without email and phone number", Credentials.ACCESS_TOKEN, null,
                response -> error(response, 400, "Invalid contact: email or phoneNumber is required"));
    }

    @Test
    @PactTestFor(pactMethod = "addContactInvalid")
    void addContactInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).addContact(contactRequest(null)));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContactUnauthorized(PactBuilder builder) {
        return addContact(builder, "add a contact with a wrong access token", Credentials.WRONG_TOKEN, "+393471234567",
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "addContactUnauthorized")
    void addContactUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).addContact(contactRequest("+393471234567")));
    }

    private static V4Pact addContact(PactBuilder builder, String description, Credentials credentials, String phone,
            UnaryOperator<HttpResponseBuilder> response) {
        // the generated model sends the spec's default of groupIds, an empty list
        PactDslJsonBody contact = (PactDslJsonBody) new PactDslJsonBody().stringValue("name", "Mario").stringValue("surname", "Rossi")
                .array("groupIds").closeArray();
        if (phone != null) {
            contact.stringValue("phoneNumber", phone);
        }
        return interaction(builder.given(STATE_USER), description,
                request -> authenticated(request.method("POST").path(BASE + "/contact"), credentials)
                        .header("Content-Type", json()).body(contact),
                response);
    }

    // ---- GET /contact/{contactid}

    @Pact(consumer = Api.CONSUMER)
    V4Pact getContact(PactBuilder builder) {
        return interaction(builder.given(STATE_CONTACT), "get a contact",
                request -> authenticated(request.method("GET")
                        .path(Matchers.fromProviderState(BASE + "/contact/${contactId}", BASE + "/contact/" + CONTACT_ID)),
                        Credentials.ACCESS_TOKEN),
                response -> response.status(200).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringMatcher("id", "\\d+", String.valueOf(CONTACT_ID))
                        .stringValue("phoneNumber", "+393471234567")
                        .stringValue("name", "Mario")
                        .stringValue("surname", "Rossi")));
    }

    @Test
    @PactTestFor(pactMethod = "getContact")
    void getContact(MockServer server) {
        Contact contact = smsend(server, Credentials.ACCESS_TOKEN).contacts().getContact(String.valueOf(CONTACT_ID));

        assertThat(contact.getId()).isEqualTo(String.valueOf(CONTACT_ID));
        assertThat(contact.getPhoneNumber()).isEqualTo("+393471234567");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getContactInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "get a contact with an invalid id",
                request -> authenticated(request.method("GET").path(BASE + "/contact/abc"), Credentials.ACCESS_TOKEN),
                response -> error(response, 400, "Invalid contactid: abc"));
    }

    @Test
    @PactTestFor(pactMethod = "getContactInvalid")
    void getContactInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).contacts().getContact("abc"));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getContactNotFound(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "get a contact that does not exist",
                request -> authenticated(request.method("GET").path(BASE + "/contact/" + MISSING_ID), Credentials.ACCESS_TOKEN),
                response -> error(response, 404, "The given contactid was not found"));
    }

    @Test
    @PactTestFor(pactMethod = "getContactNotFound")
    void getContactNotFound(MockServer server) {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> smsend(server, Credentials.ACCESS_TOKEN).contacts().getContact(String.valueOf(MISSING_ID)));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getContactUnauthorized(PactBuilder builder) {
        return interaction(builder.given(STATE_CONTACT), "get a contact with a wrong access token",
                request -> authenticated(request.method("GET").path(BASE + "/contact/" + CONTACT_ID), Credentials.WRONG_TOKEN),
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "getContactUnauthorized")
    void getContactUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).contacts().getContact(String.valueOf(CONTACT_ID)));
    }

    // ---- POST /contact with several contacts

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContacts(PactBuilder builder) {
        return addContacts(builder, "add several contacts at once", "+393478765432",
                response -> response.status(200).header("Content-Type", json()).body("2", "application/json"));
    }

    @Test
    @PactTestFor(pactMethod = "addContacts")
    void addContacts(MockServer server) {
        assertThat(smsend(server, Credentials.ACCESS_TOKEN).addContacts(List.of(
                contactRequest("+393471234567"), contactRequest("+393478765432")))).isEqualTo(2);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContactsInvalid(PactBuilder builder) {
        return addContacts(builder, "add several contacts, one without email and phone number", null,
                response -> error(response, 400, "Invalid contacts[1]: email or phoneNumber is required"));
    }

    @Test
    @PactTestFor(pactMethod = "addContactsInvalid")
    void addContactsInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).addContacts(List.of(
                contactRequest("+393471234567"), contactRequest(null))));
    }

    private static V4Pact addContacts(PactBuilder builder, String description, String secondPhone,
            UnaryOperator<HttpResponseBuilder> response) {
        PactDslJsonArray contacts = new PactDslJsonBody().array("contacts");
        contact(contacts.object(), "+393471234567");
        contact(contacts.object(), secondPhone);
        DslPart body = contacts.closeArray();
        return interaction(builder.given(STATE_USER), description,
                request -> authenticated(request.method("POST").path(BASE + "/contact"), Credentials.ACCESS_TOKEN)
                        .header("Content-Type", json()).body(body),
                response);
    }

    /** A contact as {@link #contactRequest} sends it, closed into its array. */
    private static void contact(PactDslJsonBody contact, String phone) {
        contact.stringValue("name", "Mario").stringValue("surname", "Rossi").array("groupIds").closeArray();
        if (phone != null) {
            contact.stringValue("phoneNumber", phone);
        }
        contact.closeObject();
    }

    // ---- POST /sms

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSms(PactBuilder builder) {
        return sendSms(builder, "send an SMS", Credentials.ACCESS_TOKEN, "+393471234567",
                response -> response.status(201).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringValue("result", "OK")
                        .stringValue("order_id", ORDER_ID)
                        .integerType("total_sent", 1)
                        .integerType("remaining_credits", 999)));
    }

    @Test
    @PactTestFor(pactMethod = "sendSms")
    void sendSms(MockServer server) {
        SmsOrder order = smsend(server, Credentials.ACCESS_TOKEN).sendSms(smsRequest("+393471234567"));

        assertThat(order.getOrderId()).isEqualTo(ORDER_ID);
        assertThat(order.getTotalSent()).isEqualTo(1);
        assertThat(order.getRemainingCredits()).isNotNull();
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsInvalid(PactBuilder builder) {
        return sendSms(builder, "send an SMS to a number that does not exist", Credentials.ACCESS_TOKEN, "+39000",
                response -> error(response, 400, "Invalid recipient: +39000"));
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsInvalid")
    void sendSmsInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).sendSms(smsRequest("+39000")));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsUnauthorized(PactBuilder builder) {
        return sendSms(builder, "send an SMS with a wrong access token", Credentials.WRONG_TOKEN, "+393471234567",
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsUnauthorized")
    void sendSmsUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).sendSms(smsRequest("+393471234567")));
    }

    private static V4Pact sendSms(PactBuilder builder, String description, Credentials credentials, String recipient,
            UnaryOperator<HttpResponseBuilder> response) {
        return interaction(builder.given(STATE_USER), description,
                request -> authenticated(request.method("POST").path(BASE + "/sms"), credentials)
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody().stringValue("message_type", "N").stringValue("message", "Your order has shipped.")
                                .stringValue("order_id", ORDER_ID).booleanValue("returnRemaining", true)
                                .array("recipient").stringValue(recipient).closeArray().asBody()),
                response);
    }

    // ---- POST /smstogroups

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsToGroups(PactBuilder builder) {
        return sendSmsToGroups(builder.given(STATE_MEMBER), "send an SMS to a group", Credentials.ACCESS_TOKEN, "VIP customers",
                response -> response.status(200).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringValue("result", "OK")
                        .stringMatcher("order_id", "[A-Za-z0-9_.-]{1,32}", "5f0c2a1e8d3b4b6e9a2741c8e0d7b915")
                        .integerType("total_sent", 1)));
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsToGroups")
    void sendSmsToGroups(MockServer server) {
        SmsOrder order = smsend(server, Credentials.ACCESS_TOKEN).sendSmsToGroups(groupSmsRequest("VIP customers"));

        assertThat(order.getResult()).isEqualTo("OK");
        assertThat(order.getTotalSent()).isEqualTo(1);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsToUnknownGroup(PactBuilder builder) {
        return sendSmsToGroups(builder.given(STATE_USER), "send an SMS to a group that does not exist", Credentials.ACCESS_TOKEN,
                "Nobody", response -> error(response, 400, "Groups could not be found: Nobody"));
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsToUnknownGroup")
    void sendSmsToUnknownGroup(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).sendSmsToGroups(groupSmsRequest("Nobody")));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsToGroupsUnauthorized(PactBuilder builder) {
        return sendSmsToGroups(builder.given(STATE_MEMBER), "send an SMS to a group with a wrong access token",
                Credentials.WRONG_TOKEN, "VIP customers", SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsToGroupsUnauthorized")
    void sendSmsToGroupsUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).sendSmsToGroups(groupSmsRequest("VIP customers")));
    }

    private static V4Pact sendSmsToGroups(PactBuilder builder, String description, Credentials credentials, String group,
            UnaryOperator<HttpResponseBuilder> response) {
        return interaction(builder, description,
                request -> authenticated(request.method("POST").path(BASE + "/smstogroups"), credentials)
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody().stringValue("message_type", "L").stringValue("message", "Spring sale")
                                .array("recipient").stringValue(group).closeArray().asBody()),
                response);
    }

    // ---- GET /sms/{order_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact getSmsState(PactBuilder builder) {
        return interaction(builder.given(STATE_ORDER), "get the state of an SMS order",
                request -> authenticated(request.method("GET").path(BASE + "/sms/" + ORDER_ID), Credentials.ACCESS_TOKEN),
                response -> response.status(200).header("Content-Type", json()).body(new PactDslJsonBody()
                        .integerType("recipient_number", 1)
                        .stringValue("result", "OK")
                        .minArrayLike("recipients", 1)
                        // the state moves on with time: any state a new order passes through
                        .stringMatcher("status", "WAITING|SENT|WAIT4DLVR|DLVRD", "WAITING")
                        .stringValue("destination", "+393471234567")
                        .stringMatcher("delivery_date", "\\d{14}", "20270320090000")
                        .closeObject().closeArray()));
    }

    @Test
    @PactTestFor(pactMethod = "getSmsState")
    void getSmsState(MockServer server) {
        SmsOrderState state = smsend(server, Credentials.ACCESS_TOKEN).smsState(ORDER_ID);

        assertThat(state.getRecipientNumber()).isEqualTo(1);
        assertThat(state.getRecipients()).singleElement().satisfies(recipient -> {
            assertThat(recipient.getStatus()).isEqualTo(SmsRecipientState.StatusEnum.WAITING);
            assertThat(recipient.getDestination()).isEqualTo("+393471234567");
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getSmsStateInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "get the state of an SMS order with an invalid order id",
                request -> authenticated(request.method("GET").path(BASE + "/sms/" + INVALID_ORDER_ID), Credentials.ACCESS_TOKEN),
                response -> error(response, 400, "Invalid order_id: only letters, numbers, underscore, dot and dash are allowed"));
    }

    @Test
    @PactTestFor(pactMethod = "getSmsStateInvalid")
    void getSmsStateInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).smsState(INVALID_ORDER_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getSmsStateNotFound(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "get the state of an SMS order that does not exist",
                request -> authenticated(request.method("GET").path(BASE + "/sms/" + ORDER_ID), Credentials.ACCESS_TOKEN),
                response -> error(response, 404, "The order_id was not found"));
    }

    @Test
    @PactTestFor(pactMethod = "getSmsStateNotFound")
    void getSmsStateNotFound(MockServer server) {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> smsend(server, Credentials.ACCESS_TOKEN).smsState(ORDER_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getSmsStateUnauthorized(PactBuilder builder) {
        return interaction(builder.given(STATE_ORDER), "get the state of an SMS order with a wrong access token",
                request -> authenticated(request.method("GET").path(BASE + "/sms/" + ORDER_ID), Credentials.WRONG_TOKEN),
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "getSmsStateUnauthorized")
    void getSmsStateUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).smsState(ORDER_ID));
    }

    // ---- DELETE /sms/{order_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact cancelScheduledSms(PactBuilder builder) {
        return interaction(builder.given(STATE_SCHEDULED_ORDER), "delete a scheduled SMS order",
                request -> authenticated(request.method("DELETE").path(BASE + "/sms/" + SCHEDULED_ORDER_ID), Credentials.ACCESS_TOKEN),
                response -> response.status(200));
    }

    @Test
    @PactTestFor(pactMethod = "cancelScheduledSms")
    void cancelScheduledSms(MockServer server) {
        smsend(server, Credentials.ACCESS_TOKEN).cancelScheduledSms(SCHEDULED_ORDER_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact cancelSentSms(PactBuilder builder) {
        return interaction(builder.given(STATE_ORDER), "delete an SMS order that is no longer scheduled",
                request -> authenticated(request.method("DELETE").path(BASE + "/sms/" + ORDER_ID), Credentials.ACCESS_TOKEN),
                response -> error(response, 404, "The message sending could not be removed: the order is not SCHEDULED"));
    }

    @Test
    @PactTestFor(pactMethod = "cancelSentSms")
    void cancelSentSms(MockServer server) {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> smsend(server, Credentials.ACCESS_TOKEN).cancelScheduledSms(ORDER_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact cancelSmsInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_USER), "delete an SMS order with an invalid order id",
                request -> authenticated(request.method("DELETE").path(BASE + "/sms/" + INVALID_ORDER_ID), Credentials.ACCESS_TOKEN),
                response -> error(response, 400, "Invalid order_id: only letters, numbers, underscore, dot and dash are allowed"));
    }

    @Test
    @PactTestFor(pactMethod = "cancelSmsInvalid")
    void cancelSmsInvalid(MockServer server) {
        assertInvalid(() -> smsend(server, Credentials.ACCESS_TOKEN).cancelScheduledSms(INVALID_ORDER_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact cancelSmsUnauthorized(PactBuilder builder) {
        return interaction(builder.given(STATE_SCHEDULED_ORDER), "delete a scheduled SMS order with a wrong access token",
                request -> authenticated(request.method("DELETE").path(BASE + "/sms/" + SCHEDULED_ORDER_ID), Credentials.WRONG_TOKEN),
                SmsendConsumerPactTest::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "cancelSmsUnauthorized")
    void cancelSmsUnauthorized(MockServer server) {
        assertDenied(() -> smsend(server, Credentials.WRONG_TOKEN).cancelScheduledSms(SCHEDULED_ORDER_ID));
    }

    // ---- interactions

    /** Keys are issued by the provider at login: the provider state hands them out under these names. */
    private static HttpRequestBuilder authenticated(HttpRequestBuilder request, Credentials credentials) {
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
    private static Matcher groupPath(String rest) {
        String example = BASE + "/group/" + GROUP_ID + rest.replace("${contactId}", String.valueOf(CONTACT_ID));
        return Matchers.fromProviderState(BASE + "/group/${groupId}" + rest, example);
    }

    private static PactDslJsonBody groupBody(String name) {
        return new PactDslJsonBody().stringValue("name", name)
                .stringValue("description", "Customers with a yearly turnover above 10k");
    }

    private static HttpResponseBuilder located(HttpResponseBuilder response, String regex, String example) {
        return response.header("Location", Matchers.regexp(regex, example));
    }

    private static HttpResponseBuilder error(HttpResponseBuilder response, int status, String example) {
        return text(response.status(status), ".+", example);
    }

    private static HttpResponseBuilder unauthorized(HttpResponseBuilder response) {
        return error(response, 401, "User_key, Token or Session_key are invalid or not provided");
    }


    // ---- the client

    /** A client with keys it already has; each call sends {@code user_key} and {@code Access_token}. */
    private static Smsend smsend(MockServer server, Credentials credentials) {
        Smsend.Builder builder = Smsend.builder().baseUrl(server.getUrl() + BASE).userKey(USER_KEY);
        return switch (credentials) {
            case ACCESS_TOKEN -> builder.accessToken(ACCESS_TOKEN).build();
            case WRONG_TOKEN -> builder.accessToken(WRONG_TOKEN).build();
            case SESSION_KEY -> throw new IllegalArgumentException("session keys come from a login: smsend(server, user, password)");
        };
    }

    /** A client that logs in for a session key on its first call. */
    private static Smsend smsend(MockServer server, String username, String password) {
        return Smsend.builder().baseUrl(server.getUrl() + BASE).username(username).password(password).build();
    }

    private static GroupRequest groupRequest(String name) {
        return new GroupRequest().name(name).description("Customers with a yearly turnover above 10k");
    }

    private static ContactRequest contactRequest(String phone) {
        return new ContactRequest().name("Mario").surname("Rossi").phoneNumber(phone);
    }

    private static SmsSendRequest smsRequest(String recipient) {
        return new SmsSendRequest().messageType(SmsMessageType.N).message("Your order has shipped.")
                .orderId(ORDER_ID).returnRemaining(true).addRecipientItem(recipient);
    }

    private static SmsToGroupsRequest groupSmsRequest(String group) {
        return new SmsToGroupsRequest().messageType(SmsMessageType.L).message("Spring sale").addRecipientItem(group);
    }

    /** A 400 with smsend's plain-text message, as the client parses it. */
    private static void assertInvalid(ThrowingCallable call) {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(String.class)).get().asString().isNotBlank());
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(String.class)).get().asString().isNotBlank());
    }
}
