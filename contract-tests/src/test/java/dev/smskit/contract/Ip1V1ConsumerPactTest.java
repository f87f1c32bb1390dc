package dev.smskit.contract;

import static dev.smskit.contract.Wire.DATE_TIME;
import static dev.smskit.contract.Wire.EXAMPLE_DATE_TIME;
import static dev.smskit.contract.Wire.basic;
import static dev.smskit.contract.Wire.json;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArray;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.Matcher;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v1.model.ApiError;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.GroupUpdate;
import dev.smskit.ip1.v1.model.NKIUserNew;
import dev.smskit.ip1.v1.model.OutgoingNKI;
import dev.smskit.ip1.v1.model.ProcessedOutgoingSMS;
import dev.smskit.ip1.v1.Ip1V1;
import java.time.OffsetDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The IP1 V1 client ({@link Ip1V1}) against Pact's mock server: one interaction per behaviour of every operation. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "ip1-v1", pactVersion = PactSpecVersion.V4)
class Ip1V1ConsumerPactTest {

    static final String ACCOUNT = "ip1-12345";
    static final String API_KEY = "test-key";
    static final String WRONG_KEY = "not-the-key";
    static final int GROUP_ID = 1017;
    static final int MISSING_GROUP_ID = 999999;
    static final int NKI_ID = 4711;

    static final String STATE_GROUP = "account ip1-12345 has a group";
    static final String STATE_NO_GROUP = "account ip1-12345 has no group 999999";

    // ---- GET /api/groups

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroups(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "list the groups",
                request -> authorized(request.method("GET").path("/api/groups")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, groups -> groups.object(group -> group(group, "Customers", "#1e90ff"))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listGroups")
    void listGroups(MockServer server) {
        List<Group> groups = ip1(server, API_KEY).groups().listGroups();

        assertThat(groups).isNotEmpty().allSatisfy(group -> {
            assertThat(group.getOwnerID()).isEqualTo(ACCOUNT);
            assertThat(group.getID()).isNotNull();
            assertThat(group.getCreated()).isNotNull();
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroupsUnauthorized(PactBuilder builder) {
        return interaction(builder, "list the groups with a wrong API key",
                request -> unauthorized(request.method("GET").path("/api/groups")), Ip1V1ConsumerPactTest::denied);
    }

    @Test
    @PactTestFor(pactMethod = "listGroupsUnauthorized")
    void listGroupsUnauthorized(MockServer server) {
        assertDenied(() -> ip1(server, WRONG_KEY).groups().listGroups());
    }

    // ---- POST /api/groups

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroup(PactBuilder builder) {
        return interaction(builder, "create a group",
                request -> authorized(request.method("POST").path("/api/groups"))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody().stringValue("Name", "Customers").stringValue("Color", "#1e90ff")),
                response -> response.status(200).header("Content-Type", json()).body(group("Customers", "#1e90ff")));
    }

    @Test
    @PactTestFor(pactMethod = "createGroup")
    void createGroup(MockServer server) {
        Group created = ip1(server, API_KEY).createGroup(new GroupNew().name("Customers").color("#1e90ff"));

        assertThat(created.getID()).isEqualTo(GROUP_ID);
        assertThat(created.getName()).isEqualTo("Customers");
        assertThat(created.getContactsCount()).isZero();
        assertThat(created.getCreated()).isEqualTo(OffsetDateTime.parse(EXAMPLE_DATE_TIME));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroups(PactBuilder builder) {
        return interaction(builder, "create several groups at once",
                request -> authorized(request.method("POST").path("/api/groups").queryParameter("multiple", "true"))
                        .header("Content-Type", json())
                        .body(newJsonArray(groups -> groups
                                .object(group -> group.stringValue("Name", "Customers").stringValue("Color", "#1e90ff"))
                                .object(group -> group.stringValue("Name", "Suppliers").stringValue("Color", "#ff8c00"))).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(groups -> groups
                                .object(group -> group(group, "Customers", "#1e90ff"))
                                .object(group -> group(group, "Suppliers", "#ff8c00"))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "createGroups")
    void createGroups(MockServer server) {
        List<Group> created = ip1(server, API_KEY).createGroups(List.of(
                new GroupNew().name("Customers").color("#1e90ff"), new GroupNew().name("Suppliers").color("#ff8c00")));

        assertThat(created).extracting(Group::getName).containsExactly("Customers", "Suppliers");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroupInvalid(PactBuilder builder) {
        return interaction(builder, "create a group with an invalid color",
                request -> authorized(request.method("POST").path("/api/groups"))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody().stringValue("Name", "Customers").stringValue("Color", "blue")),
                response -> invalid(response, "group.Color"));
    }

    @Test
    @PactTestFor(pactMethod = "createGroupInvalid")
    void createGroupInvalid(MockServer server) {
        assertInvalid(() -> ip1(server, API_KEY).createGroup(new GroupNew().name("Customers").color("blue")), "group.Color");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroupUnauthorized(PactBuilder builder) {
        return interaction(builder, "create a group with a wrong API key",
                request -> unauthorized(request.method("POST").path("/api/groups"))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody().stringValue("Name", "Customers")),
                Ip1V1ConsumerPactTest::denied);
    }

    @Test
    @PactTestFor(pactMethod = "createGroupUnauthorized")
    void createGroupUnauthorized(MockServer server) {
        assertDenied(() -> ip1(server, WRONG_KEY).createGroup(new GroupNew().name("Customers")));
    }

    // ---- GET /api/groups/{group}

    @Pact(consumer = Api.CONSUMER)
    V4Pact getGroup(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "get a group",
                request -> authorized(request.method("GET").path(groupPath())),
                response -> response.status(200).header("Content-Type", json()).body(group("Customers", "#1e90ff")));
    }

    @Test
    @PactTestFor(pactMethod = "getGroup")
    void getGroup(MockServer server) {
        Group group = ip1(server, API_KEY).groups().getGroup(GROUP_ID);

        assertThat(group.getID()).isEqualTo(GROUP_ID);
        assertThat(group.getColor()).isEqualTo("#1e90ff");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getGroupNotFound(PactBuilder builder) {
        return interaction(builder.given(STATE_NO_GROUP), "get a group that does not exist",
                request -> authorized(request.method("GET").path("/api/groups/" + MISSING_GROUP_ID)),
                Ip1V1ConsumerPactTest::notFound);
    }

    @Test
    @PactTestFor(pactMethod = "getGroupNotFound")
    void getGroupNotFound(MockServer server) {
        assertNotFound(() -> ip1(server, API_KEY).groups().getGroup(MISSING_GROUP_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getGroupUnauthorized(PactBuilder builder) {
        return interaction(builder, "get a group with a wrong API key",
                request -> unauthorized(request.method("GET").path("/api/groups/" + GROUP_ID)),
                Ip1V1ConsumerPactTest::denied);
    }

    @Test
    @PactTestFor(pactMethod = "getGroupUnauthorized")
    void getGroupUnauthorized(MockServer server) {
        assertDenied(() -> ip1(server, WRONG_KEY).groups().getGroup(GROUP_ID));
    }

    // ---- PUT /api/groups/{group}

    @Pact(consumer = Api.CONSUMER)
    V4Pact updateGroup(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "replace a group",
                request -> authorized(request.method("PUT").path(groupPath()))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody()
                                .valueFromProviderState("ID", "${groupId}", GROUP_ID)
                                .stringValue("Name", "Key customers")
                                .stringValue("Color", "#228b22")),
                response -> response.status(200).header("Content-Type", json()).body(group("Key customers", "#228b22")));
    }

    @Test
    @PactTestFor(pactMethod = "updateGroup")
    void updateGroup(MockServer server) {
        Group group = ip1(server, API_KEY).groups().updateGroup(GROUP_ID, groupUpdate("Key customers", "#228b22"));

        assertThat(group.getName()).isEqualTo("Key customers");
        assertThat(group.getColor()).isEqualTo("#228b22");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact updateGroupInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "replace a group with an invalid color",
                request -> authorized(request.method("PUT").path(groupPath()))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody()
                                .valueFromProviderState("ID", "${groupId}", GROUP_ID)
                                .stringValue("Name", "Key customers")
                                .stringValue("Color", "green")),
                response -> invalid(response, "group.Color"));
    }

    @Test
    @PactTestFor(pactMethod = "updateGroupInvalid")
    void updateGroupInvalid(MockServer server) {
        assertInvalid(() -> ip1(server, API_KEY).groups().updateGroup(GROUP_ID, groupUpdate("Key customers", "green")),
                "group.Color");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact updateGroupNotFound(PactBuilder builder) {
        return interaction(builder.given(STATE_NO_GROUP), "replace a group that does not exist",
                request -> authorized(request.method("PUT").path("/api/groups/" + MISSING_GROUP_ID))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody()
                                .integerType("ID", MISSING_GROUP_ID)
                                .stringValue("Name", "Key customers")),
                Ip1V1ConsumerPactTest::notFound);
    }

    @Test
    @PactTestFor(pactMethod = "updateGroupNotFound")
    void updateGroupNotFound(MockServer server) {
        GroupUpdate update = new GroupUpdate().ID(MISSING_GROUP_ID).name("Key customers");
        assertNotFound(() -> ip1(server, API_KEY).groups().updateGroup(MISSING_GROUP_ID, update));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact updateGroupUnauthorized(PactBuilder builder) {
        return interaction(builder, "replace a group with a wrong API key",
                request -> unauthorized(request.method("PUT").path("/api/groups/" + GROUP_ID))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody().integerType("ID", GROUP_ID).stringValue("Name", "Key customers")),
                Ip1V1ConsumerPactTest::denied);
    }

    @Test
    @PactTestFor(pactMethod = "updateGroupUnauthorized")
    void updateGroupUnauthorized(MockServer server) {
        GroupUpdate update = new GroupUpdate().ID(GROUP_ID).name("Key customers");
        assertDenied(() -> ip1(server, WRONG_KEY).groups().updateGroup(GROUP_ID, update));
    }

    // ---- DELETE /api/groups/{group}

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteGroup(PactBuilder builder) {
        return interaction(builder.given(STATE_GROUP), "delete a group",
                request -> authorized(request.method("DELETE").path(groupPath())),
                response -> response.status(200).header("Content-Type", json()).body(group("Customers", "#1e90ff")));
    }

    @Test
    @PactTestFor(pactMethod = "deleteGroup")
    void deleteGroup(MockServer server) {
        Group deleted = ip1(server, API_KEY).groups().deleteGroup(GROUP_ID);

        assertThat(deleted.getID()).isEqualTo(GROUP_ID);
        assertThat(deleted.getName()).isEqualTo("Customers");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteGroupNotFound(PactBuilder builder) {
        return interaction(builder.given(STATE_NO_GROUP), "delete a group that does not exist",
                request -> authorized(request.method("DELETE").path("/api/groups/" + MISSING_GROUP_ID)),
                Ip1V1ConsumerPactTest::notFound);
    }

    @Test
    @PactTestFor(pactMethod = "deleteGroupNotFound")
    void deleteGroupNotFound(MockServer server) {
        assertNotFound(() -> ip1(server, API_KEY).groups().deleteGroup(MISSING_GROUP_ID));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteGroupUnauthorized(PactBuilder builder) {
        return interaction(builder, "delete a group with a wrong API key",
                request -> unauthorized(request.method("DELETE").path("/api/groups/" + GROUP_ID)),
                Ip1V1ConsumerPactTest::denied);
    }

    @Test
    @PactTestFor(pactMethod = "deleteGroupUnauthorized")
    void deleteGroupUnauthorized(MockServer server) {
        assertDenied(() -> ip1(server, WRONG_KEY).groups().deleteGroup(GROUP_ID));
    }

    // ---- POST /api/nkis/{nki}/users/send

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendNki(PactBuilder builder) {
        return interaction(builder, "send an NKI to a user",
                request -> authorized(request.method("POST").path("/api/nkis/" + NKI_ID + "/users/send"))
                        .header("Content-Type", json())
                        .body(nki("+46701234567")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(messages -> messages.object(sms -> sms
                                .integerType("ID", 880123)
                                .integerType("Status", 0)
                                .stringType("StatusDescription", "Delivered to gateway")
                                .stringValue("To", "+46701234567")
                                .stringValue("CountryCode", "SE")
                                .integerType("Currency", 752)
                                .numberType("TotalPrice", 0.35)
                                .numberType("Price", 0.35)
                                .numberValue("Encoding", 0)
                                .numberValue("Segments", 1)
                                .stringValue("From", "ip1sms")
                                .stringValue("Message", "How happy are you with your delivery?"))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "sendNki")
    void sendNki(MockServer server) {
        List<ProcessedOutgoingSMS> sent = ip1(server, API_KEY).nki().sendNkiToUsers(NKI_ID, outgoingNki("+46701234567"));

        assertThat(sent).singleElement().satisfies(sms -> {
            assertThat(sms.getTo()).isEqualTo("+46701234567");
            assertThat(sms.getEncoding()).isEqualTo(ProcessedOutgoingSMS.EncodingEnum.GSM);
            assertThat(sms.getSegments()).isEqualTo(1);
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendNkiInvalid(PactBuilder builder) {
        return interaction(builder, "send an NKI to an invalid phone number",
                request -> authorized(request.method("POST").path("/api/nkis/" + NKI_ID + "/users/send"))
                        .header("Content-Type", json())
                        .body(nki("12")),
                response -> invalid(response, "message.Users[0].Phone"));
    }

    @Test
    @PactTestFor(pactMethod = "sendNkiInvalid")
    void sendNkiInvalid(MockServer server) {
        assertInvalid(() -> ip1(server, API_KEY).nki().sendNkiToUsers(NKI_ID, outgoingNki("12")), "message.Users[0].Phone");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendNkiUnauthorized(PactBuilder builder) {
        return interaction(builder, "send an NKI with a wrong API key",
                request -> unauthorized(request.method("POST").path("/api/nkis/" + NKI_ID + "/users/send"))
                        .header("Content-Type", json())
                        .body(nki("+46701234567")),
                Ip1V1ConsumerPactTest::denied);
    }

    @Test
    @PactTestFor(pactMethod = "sendNkiUnauthorized")
    void sendNkiUnauthorized(MockServer server) {
        assertDenied(() -> ip1(server, WRONG_KEY).nki().sendNkiToUsers(NKI_ID, outgoingNki("+46701234567")));
    }

    // ---- interactions

    private static HttpRequestBuilder authorized(HttpRequestBuilder request) {
        return request.header("Authorization", basic(ACCOUNT, API_KEY));
    }

    private static HttpRequestBuilder unauthorized(HttpRequestBuilder request) {
        return request.header("Authorization", basic(ACCOUNT, WRONG_KEY));
    }

    /** The id of the group the provider state created. */
    private static Matcher groupPath() {
        return Matchers.fromProviderState("/api/groups/${groupId}", "/api/groups/" + GROUP_ID);
    }

    private static DslPart group(String name, String color) {
        return newJsonBody(group -> group(group, name, color)).build();
    }

    private static void group(LambdaDslObject group, String name, String color) {
        group.stringValue("OwnerID", ACCOUNT)
                .integerType("ContactsCount", 0)
                .stringMatcher("Created", DATE_TIME, EXAMPLE_DATE_TIME)
                .stringMatcher("Modified", DATE_TIME, EXAMPLE_DATE_TIME)
                .integerType("ID", GROUP_ID)
                .stringValue("Name", name)
                .stringValue("Color", color);
    }

    private static DslPart nki(String phone) {
        return newJsonBody(message -> message
                .minArrayLike("Users", 1, user -> user.stringValue("FirstName", "Anna").stringValue("Phone", phone))
                .stringValue("From", "ip1sms")
                .stringValue("Message", "How happy are you with your delivery?")).build();
    }

    private static HttpResponseBuilder invalid(HttpResponseBuilder response, String field) {
        return response.status(400).header("Content-Type", json()).body(newJsonBody(error -> error
                .stringType("Message", "The request is invalid.")
                .object("ModelState", fields -> fields
                        .minArrayLike(field, 1, PactDslJsonRootValue.stringType("The field is invalid."), 1))).build());
    }

    private static HttpResponseBuilder notFound(HttpResponseBuilder response) {
        return response.status(404).header("Content-Type", json())
                .body(new PactDslJsonBody().stringType("Message", "Group " + MISSING_GROUP_ID + " was not found."));
    }

    private static HttpResponseBuilder denied(HttpResponseBuilder response) {
        return response.status(401).header("Content-Type", json())
                .body(new PactDslJsonBody().stringType("Message", "Authorization has been denied for this request."));
    }

    // ---- the client

    private static Ip1V1 ip1(MockServer server, String apiKey) {
        return Ip1V1.builder().baseUrl(server.getUrl()).accountId(ACCOUNT).apiKey(apiKey).build();
    }

    private static GroupUpdate groupUpdate(String name, String color) {
        return new GroupUpdate().ID(GROUP_ID).name(name).color(color);
    }

    private static OutgoingNKI outgoingNki(String phone) {
        return new OutgoingNKI()
                .users(List.of(new NKIUserNew().firstName("Anna").phone(phone)))
                .from("ip1sms")
                .message("How happy are you with your delivery?");
    }

    /** A 400 whose {@code ModelState} names the field, as the client parses it. */
    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(ApiError.class)).get()
                        .satisfies(error -> assertThat(error.getModelState()).containsKey(field)));
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(ApiError.class)).get()
                        .satisfies(error -> assertThat(error.getMessage()).isNotBlank()));
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(401));
    }
}
