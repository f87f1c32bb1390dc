package dev.smskit.contract;

import static dev.smskit.contract.Wire.DATE_TIME;
import static dev.smskit.contract.Wire.EXAMPLE_DATE_TIME;
import static dev.smskit.contract.Wire.basic;
import static dev.smskit.contract.Wire.json;
import static dev.smskit.contract.ConsumerPacts.expect;
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
import dev.smskit.ip1.v1.model.BlacklistEntry;
import dev.smskit.ip1.v1.model.Contact;
import dev.smskit.ip1.v1.model.ContactNew;
import dev.smskit.ip1.v1.model.ContactUpdate;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.GroupUpdate;
import dev.smskit.ip1.v1.model.Membership;
import dev.smskit.ip1.v1.model.MembershipNew;
import dev.smskit.ip1.v1.model.NKIUserNew;
import dev.smskit.ip1.v1.model.OutgoingNKI;
import dev.smskit.ip1.v1.model.OutgoingSMS;
import dev.smskit.ip1.v1.model.ProcessedOutgoingSMS;
import dev.smskit.ip1.v1.Ip1V1;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IP1 V1 client ({@link Ip1V1}) against Pact's mock server: one interaction per behaviour of every
 * operation. The answers the contacts, memberships, SMS and blacklist operations share (401 for a wrong
 * API key, 404 for an unknown id) are one pact each, with an interaction per operation.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "ip1-v1", pactVersion = PactSpecVersion.V4)
class Ip1V1ConsumerPactTest {

    static final String ACCOUNT = "ip1-12345";
    static final String API_KEY = "test-key";
    static final String WRONG_KEY = "not-the-key";
    static final int GROUP_ID = 1017;
    static final int MISSING_GROUP_ID = 999999;
    static final int NKI_ID = 4711;
    static final int CONTACT_ID = 1735500;
    static final int MEMBERSHIP_ID = 5001;
    static final int SMS_ID = 880124;
    static final int ENTRY_ID = 301;
    static final int MISSING_ID = 999999;
    static final String PHONE = "+46701234567";
    static final String SECOND_PHONE = "+46701234568";
    static final String BLACKLISTED = "+46701234599";

    static final String STATE_GROUP = "account ip1-12345 has a group";
    static final String STATE_NO_GROUP = "account ip1-12345 has no group 999999";
    static final String STATE_MEMBER = "account ip1-12345 has a contact +46701234567 in a group";
    static final String STATE_NOT_MEMBER = "account ip1-12345 has a group and a contact +46701234567 not in it";
    static final String STATE_NOTHING = "account ip1-12345 has no contact, membership, SMS or blacklist entry 999999";
    static final String STATE_BLACKLISTED = "account ip1-12345 has blacklisted +46701234599";
    static final String STATE_SENT = "account ip1-12345 has sent an SMS to +46701234567";

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

    // ---- contacts, memberships, SMS and blacklist: what every operation shares

    /** A call of the client, with the request it makes, for an id that does not exist (999999). */
    private record Call(String what, String method, String path, Supplier<DslPart> body, boolean hasId, Consumer<Ip1V1> call) {

        HttpRequestBuilder request(HttpRequestBuilder request) {
            request.method(method).path(path);
            return body == null ? request : request.header("Content-Type", json()).body(body.get());
        }
    }

    private static final List<Call> CALLS = List.of(
            new Call("list contacts", "GET", "/api/contacts", null, false, ip1 -> ip1.contacts().listContacts((List<String>) null)),
            new Call("create a contact", "POST", "/api/contacts", () -> contactNew(PHONE), false, ip1 -> ip1.createContact(anna(PHONE))),
            new Call("get a contact", "GET", "/api/contacts/" + MISSING_ID, null, true, ip1 -> ip1.contacts().getContact(MISSING_ID)),
            new Call("replace a contact", "PUT", "/api/contacts/" + MISSING_ID, () -> contactUpdate(MISSING_ID, PHONE), true,
                    ip1 -> ip1.contacts().updateContact(MISSING_ID, annaUpdate(MISSING_ID, PHONE))),
            new Call("delete a contact", "DELETE", "/api/contacts/" + MISSING_ID, null, true, ip1 -> ip1.contacts().deleteContact(MISSING_ID)),
            new Call("list the groups of a contact", "GET", "/api/contacts/" + MISSING_ID + "/groups", null, true,
                    ip1 -> ip1.contacts().listContactGroups(MISSING_ID)),
            new Call("list the memberships of a contact", "GET", "/api/contacts/" + MISSING_ID + "/memberships", null, true,
                    ip1 -> ip1.contacts().listContactMemberships(MISSING_ID)),
            new Call("list the contacts of a group", "GET", "/api/groups/" + MISSING_ID + "/contacts", null, true,
                    ip1 -> ip1.groups().listGroupContacts(MISSING_ID)),
            new Call("list the memberships of a group", "GET", "/api/groups/" + MISSING_ID + "/memberships", null, true,
                    ip1 -> ip1.groups().listGroupMemberships(MISSING_ID)),
            new Call("list memberships", "GET", "/api/memberships", null, false, ip1 -> ip1.memberships().listMemberships()),
            new Call("add a contact to a group", "POST", "/api/memberships", () -> membershipNew(MISSING_ID, MISSING_ID), false,
                    ip1 -> ip1.createMembership(new MembershipNew().group(MISSING_ID).contact(MISSING_ID))),
            new Call("remove a contact from a group", "DELETE", "/api/memberships/" + MISSING_ID, null, true,
                    ip1 -> ip1.memberships().deleteMembership(MISSING_ID)),
            new Call("send an SMS", "POST", "/api/sms/send", () -> sms(PHONE), false, ip1 -> ip1.sendSms(outgoingSms(PHONE))),
            new Call("list the sent SMS", "GET", "/api/sms/sent", null, false, ip1 -> ip1.sms().listSentSms()),
            new Call("get a sent SMS", "GET", "/api/sms/sent/" + MISSING_ID, null, true, ip1 -> ip1.getSentSms(MISSING_ID)),
            new Call("list the blacklist", "GET", "/api/blacklist", null, false, ip1 -> ip1.blacklist().listBlacklist()),
            new Call("blacklist a number", "POST", "/api/blacklist", () -> blacklistEntryNew(BLACKLISTED), false,
                    ip1 -> ip1.addToBlacklist(BLACKLISTED)),
            new Call("get a blacklist entry", "GET", "/api/blacklist/" + MISSING_ID, null, true,
                    ip1 -> ip1.blacklist().getBlacklistEntry(MISSING_ID)),
            new Call("remove a number from the blacklist", "DELETE", "/api/blacklist/" + MISSING_ID, null, true,
                    ip1 -> ip1.blacklist().deleteBlacklistEntry(MISSING_ID)));

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyCallUnauthorized(PactBuilder builder) {
        PactBuilder all = builder;
        for (Call call : CALLS) {
            all = expect(all, call.what() + " with a wrong API key", request -> unauthorized(call.request(request)),
                    Ip1V1ConsumerPactTest::denied);
        }
        return all.toPact();
    }

    @Test
    @PactTestFor(pactMethod = "everyCallUnauthorized")
    void everyCallUnauthorized(MockServer server) {
        Ip1V1 ip1 = ip1(server, WRONG_KEY);
        CALLS.forEach(call -> assertDenied(() -> call.call().accept(ip1)));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyIdNotFound(PactBuilder builder) {
        PactBuilder all = builder;
        for (Call call : CALLS.stream().filter(Call::hasId).toList()) {
            all = expect(all.given(STATE_NOTHING), call.what() + " that does not exist",
                    request -> authorized(call.request(request)), Ip1V1ConsumerPactTest::notFound);
        }
        return all.toPact();
    }

    @Test
    @PactTestFor(pactMethod = "everyIdNotFound")
    void everyIdNotFound(MockServer server) {
        Ip1V1 ip1 = ip1(server, API_KEY);
        CALLS.stream().filter(Call::hasId).forEach(call -> assertNotFound(() -> call.call().accept(ip1)));
    }

    // ---- /api/contacts

    @Pact(consumer = Api.CONSUMER)
    V4Pact listContacts(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "list the contacts with a phone number",
                request -> authorized(request.method("GET").path("/api/contacts").queryParameter("PhoneNumbers", PHONE)),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, contacts -> contacts.object(contact -> contact(contact, "Svensson", PHONE))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listContacts")
    void listContacts(MockServer server) {
        List<Contact> contacts = ip1(server, API_KEY).contacts().listContacts(List.of(PHONE));

        assertThat(contacts).isNotEmpty().allSatisfy(contact -> {
            assertThat(contact.getPhone()).isEqualTo(PHONE);
            assertThat(contact.getOwnerID()).isEqualTo(ACCOUNT);
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listContactsInvalid(PactBuilder builder) {
        return interaction(builder, "list the contacts with a phone number that is none",
                request -> authorized(request.method("GET").path("/api/contacts").queryParameter("PhoneNumbers", "12")),
                response -> invalid(response, "PhoneNumbers[0]"));
    }

    @Test
    @PactTestFor(pactMethod = "listContactsInvalid")
    void listContactsInvalid(MockServer server) {
        assertInvalid(() -> ip1(server, API_KEY).contacts().listContacts(List.of("12")), "PhoneNumbers[0]");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createContact(PactBuilder builder) {
        return interaction(builder, "create a contact",
                request -> authorized(request.method("POST").path("/api/contacts")).header("Content-Type", json())
                        .body(contactNew(PHONE)),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(contact -> contact(contact, "Svensson", PHONE)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "createContact")
    void createContact(MockServer server) {
        Contact contact = ip1(server, API_KEY).createContact(anna(PHONE));

        assertThat(contact.getID()).isEqualTo(CONTACT_ID);
        assertThat(contact.getPhone()).isEqualTo(PHONE);
        assertThat(contact.getCreated()).isEqualTo(OffsetDateTime.parse(EXAMPLE_DATE_TIME));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createContacts(PactBuilder builder) {
        return interaction(builder, "create several contacts at once",
                request -> authorized(request.method("POST").path("/api/contacts").queryParameter("multiple", "true"))
                        .header("Content-Type", json())
                        .body(newJsonArray(contacts -> contacts
                                .object(contact -> contact.stringValue("FirstName", "Anna").stringValue("LastName", "Svensson")
                                        .stringValue("Phone", PHONE))
                                .object(contact -> contact.stringValue("FirstName", "Anna").stringValue("LastName", "Svensson")
                                        .stringValue("Phone", SECOND_PHONE))).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(contacts -> contacts
                                .object(contact -> contact(contact, "Svensson", PHONE))
                                .object(contact -> contact(contact, "Svensson", SECOND_PHONE))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "createContacts")
    void createContacts(MockServer server) {
        List<Contact> contacts = ip1(server, API_KEY).createContacts(List.of(anna(PHONE), anna(SECOND_PHONE)));

        assertThat(contacts).extracting(Contact::getPhone).containsExactly(PHONE, SECOND_PHONE);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createContactInvalid(PactBuilder builder) {
        return interaction(builder, "create a contact with an invalid phone number",
                request -> authorized(request.method("POST").path("/api/contacts")).header("Content-Type", json())
                        .body(contactNew("12")),
                response -> invalid(response, "contact.Phone"));
    }

    @Test
    @PactTestFor(pactMethod = "createContactInvalid")
    void createContactInvalid(MockServer server) {
        assertInvalid(() -> ip1(server, API_KEY).createContact(anna("12")), "contact.Phone");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getContact(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "get a contact",
                request -> authorized(request.method("GET").path(contactPath(""))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(contact -> contact(contact, "Svensson", PHONE)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "getContact")
    void getContact(MockServer server) {
        Contact contact = ip1(server, API_KEY).contacts().getContact(CONTACT_ID);

        assertThat(contact.getID()).isEqualTo(CONTACT_ID);
        assertThat(contact.getFirstName()).isEqualTo("Anna");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact updateContact(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "replace a contact",
                request -> authorized(request.method("PUT").path(contactPath(""))).header("Content-Type", json())
                        .body(contactUpdateOfState(PHONE)),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(contact -> contact(contact, "Svensson-Berg", PHONE)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "updateContact")
    void updateContact(MockServer server) {
        Contact contact = ip1(server, API_KEY).contacts().updateContact(CONTACT_ID, annaUpdate(CONTACT_ID, PHONE));

        assertThat(contact.getLastName()).isEqualTo("Svensson-Berg");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact updateContactInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "replace a contact with an invalid phone number",
                request -> authorized(request.method("PUT").path(contactPath(""))).header("Content-Type", json())
                        .body(contactUpdateOfState("12")),
                response -> invalid(response, "contact.Phone"));
    }

    @Test
    @PactTestFor(pactMethod = "updateContactInvalid")
    void updateContactInvalid(MockServer server) {
        assertInvalid(() -> ip1(server, API_KEY).contacts().updateContact(CONTACT_ID, annaUpdate(CONTACT_ID, "12")),
                "contact.Phone");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteContact(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "delete a contact",
                request -> authorized(request.method("DELETE").path(contactPath(""))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(contact -> contact(contact, "Svensson", PHONE)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "deleteContact")
    void deleteContact(MockServer server) {
        Contact deleted = ip1(server, API_KEY).contacts().deleteContact(CONTACT_ID);

        assertThat(deleted.getID()).isEqualTo(CONTACT_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listContactGroups(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "list the groups of a contact",
                request -> authorized(request.method("GET").path(contactPath("/groups"))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, groups -> groups.object(group -> group(group, "Customers", "#1e90ff"))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listContactGroups")
    void listContactGroups(MockServer server) {
        List<Group> groups = ip1(server, API_KEY).contacts().listContactGroups(CONTACT_ID);

        assertThat(groups).isNotEmpty().allSatisfy(group -> assertThat(group.getName()).isEqualTo("Customers"));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listContactMemberships(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "list the memberships of a contact",
                request -> authorized(request.method("GET").path(contactPath("/memberships"))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, memberships -> memberships.object(Ip1V1ConsumerPactTest::membership)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listContactMemberships")
    void listContactMemberships(MockServer server) {
        List<Membership> memberships = ip1(server, API_KEY).contacts().listContactMemberships(CONTACT_ID);

        assertThat(memberships).isNotEmpty().allSatisfy(membership -> assertThat(membership.getContact()).isEqualTo(CONTACT_ID));
    }

    // ---- /api/groups/{group}/contacts and /memberships

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroupContacts(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "list the contacts of a group",
                request -> authorized(request.method("GET").path(
                        Matchers.fromProviderState("/api/groups/${groupId}/contacts", "/api/groups/" + GROUP_ID + "/contacts"))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, contacts -> contacts.object(contact -> contact(contact, "Svensson", PHONE))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listGroupContacts")
    void listGroupContacts(MockServer server) {
        List<Contact> contacts = ip1(server, API_KEY).groups().listGroupContacts(GROUP_ID);

        assertThat(contacts).isNotEmpty().allSatisfy(contact -> assertThat(contact.getPhone()).isEqualTo(PHONE));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroupMemberships(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "list the memberships of a group",
                request -> authorized(request.method("GET").path(
                        Matchers.fromProviderState("/api/groups/${groupId}/memberships", "/api/groups/" + GROUP_ID + "/memberships"))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, memberships -> memberships.object(Ip1V1ConsumerPactTest::membership)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listGroupMemberships")
    void listGroupMemberships(MockServer server) {
        List<Membership> memberships = ip1(server, API_KEY).groups().listGroupMemberships(GROUP_ID);

        assertThat(memberships).isNotEmpty().allSatisfy(membership -> assertThat(membership.getGroup()).isEqualTo(GROUP_ID));
    }

    // ---- /api/memberships

    @Pact(consumer = Api.CONSUMER)
    V4Pact listMemberships(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "list memberships",
                request -> authorized(request.method("GET").path("/api/memberships")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, memberships -> memberships.object(Ip1V1ConsumerPactTest::membership)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listMemberships")
    void listMemberships(MockServer server) {
        assertThat(ip1(server, API_KEY).memberships().listMemberships()).isNotEmpty()
                .allSatisfy(membership -> assertThat(membership.getOwnerID()).isEqualTo(ACCOUNT));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createMembership(PactBuilder builder) {
        return interaction(builder.given(STATE_NOT_MEMBER), "add a contact to a group",
                request -> authorized(request.method("POST").path("/api/memberships")).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPactTest::membershipOfState).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPactTest::membership).build()));
    }

    @Test
    @PactTestFor(pactMethod = "createMembership")
    void createMembership(MockServer server) {
        Membership membership = ip1(server, API_KEY).createMembership(new MembershipNew().group(GROUP_ID).contact(CONTACT_ID));

        assertThat(membership.getID()).isEqualTo(MEMBERSHIP_ID);
        assertThat(membership.getGroup()).isEqualTo(GROUP_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createMemberships(PactBuilder builder) {
        return interaction(builder.given(STATE_NOT_MEMBER), "add several contacts to groups at once",
                request -> authorized(request.method("POST").path("/api/memberships").queryParameter("multiple", "true"))
                        .header("Content-Type", json())
                        .body(newJsonArray(memberships -> memberships.object(Ip1V1ConsumerPactTest::membershipOfState)).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(memberships -> memberships.object(Ip1V1ConsumerPactTest::membership)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "createMemberships")
    void createMemberships(MockServer server) {
        List<Membership> memberships = ip1(server, API_KEY).createMemberships(
                List.of(new MembershipNew().group(GROUP_ID).contact(CONTACT_ID)));

        assertThat(memberships).extracting(Membership::getContact).containsExactly(CONTACT_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createMembershipInvalid(PactBuilder builder) {
        return interaction(builder.given(STATE_NOTHING), "add a contact to a group that does not exist",
                request -> authorized(request.method("POST").path("/api/memberships")).header("Content-Type", json())
                        .body(membershipNew(MISSING_ID, MISSING_ID)),
                response -> invalid(response, "membership.Group"));
    }

    @Test
    @PactTestFor(pactMethod = "createMembershipInvalid")
    void createMembershipInvalid(MockServer server) {
        assertInvalid(() -> ip1(server, API_KEY).createMembership(new MembershipNew().group(MISSING_ID).contact(MISSING_ID)),
                "membership.Group");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteMembership(PactBuilder builder) {
        return interaction(builder.given(STATE_MEMBER), "remove a contact from a group",
                request -> authorized(request.method("DELETE").path(
                        Matchers.fromProviderState("/api/memberships/${membershipId}", "/api/memberships/" + MEMBERSHIP_ID))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPactTest::membership).build()));
    }

    @Test
    @PactTestFor(pactMethod = "deleteMembership")
    void deleteMembership(MockServer server) {
        assertThat(ip1(server, API_KEY).memberships().deleteMembership(MEMBERSHIP_ID).getID()).isEqualTo(MEMBERSHIP_ID);
    }

    // ---- /api/sms

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSms(PactBuilder builder) {
        return interaction(builder, "send an SMS",
                request -> authorized(request.method("POST").path("/api/sms/send")).header("Content-Type", json()).body(sms(PHONE)),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(messages -> messages.object(Ip1V1ConsumerPactTest::processed)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "sendSms")
    void sendSms(MockServer server) {
        List<ProcessedOutgoingSMS> sent = ip1(server, API_KEY).sendSms(outgoingSms(PHONE));

        assertThat(sent).singleElement().satisfies(sms -> {
            assertThat(sms.getID()).isEqualTo(SMS_ID);
            assertThat(sms.getTo()).isEqualTo(PHONE);
            assertThat(sms.getStatus()).isZero();
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact sendSmsBlacklisted(PactBuilder builder) {
        return interaction(builder.given(STATE_BLACKLISTED), "send an SMS to a blacklisted number only",
                request -> authorized(request.method("POST").path("/api/sms/send")).header("Content-Type", json())
                        .body(sms(BLACKLISTED)),
                response -> response.status(400).header("Content-Type", json()).body(new PactDslJsonBody()
                        .stringType("Message", "No recipients left to send to; every recipient is on the blacklist.")));
    }

    @Test
    @PactTestFor(pactMethod = "sendSmsBlacklisted")
    void sendSmsBlacklisted(MockServer server) {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ip1(server, API_KEY).sendSms(outgoingSms(BLACKLISTED)))
                .satisfies(e -> assertThat(e.getError(ApiError.class)).get()
                        .satisfies(error -> assertThat(error.getModelState()).isNull()));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listSentSms(PactBuilder builder) {
        return interaction(builder.given(STATE_SENT), "list the sent SMS",
                request -> authorized(request.method("GET").path("/api/sms/sent")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, messages -> messages.object(Ip1V1ConsumerPactTest::processed)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listSentSms")
    void listSentSms(MockServer server) {
        assertThat(ip1(server, API_KEY).sms().listSentSms()).isNotEmpty()
                .allSatisfy(sms -> assertThat(sms.getStatusDescription()).isNotBlank());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getSentSms(PactBuilder builder) {
        return interaction(builder.given(STATE_SENT), "read the delivery status of a sent SMS",
                request -> authorized(request.method("GET").path(
                        Matchers.fromProviderState("/api/sms/sent/${smsId}", "/api/sms/sent/" + SMS_ID))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPactTest::processed).build()));
    }

    @Test
    @PactTestFor(pactMethod = "getSentSms")
    void getSentSms(MockServer server) {
        ProcessedOutgoingSMS sms = ip1(server, API_KEY).getSentSms(SMS_ID);

        assertThat(sms.getID()).isEqualTo(SMS_ID);
        assertThat(sms.getStatus()).isNotNull();
    }

    // ---- /api/blacklist

    @Pact(consumer = Api.CONSUMER)
    V4Pact listBlacklist(PactBuilder builder) {
        return interaction(builder.given(STATE_BLACKLISTED), "list the blacklist",
                request -> authorized(request.method("GET").path("/api/blacklist")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, entries -> entries.object(Ip1V1ConsumerPactTest::blacklistEntry)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listBlacklist")
    void listBlacklist(MockServer server) {
        assertThat(ip1(server, API_KEY).blacklist().listBlacklist()).extracting(BlacklistEntry::getPhone).contains(BLACKLISTED);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addToBlacklist(PactBuilder builder) {
        return interaction(builder, "blacklist a number",
                request -> authorized(request.method("POST").path("/api/blacklist")).header("Content-Type", json())
                        .body(blacklistEntryNew(BLACKLISTED)),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPactTest::blacklistEntry).build()));
    }

    @Test
    @PactTestFor(pactMethod = "addToBlacklist")
    void addToBlacklist(MockServer server) {
        BlacklistEntry entry = ip1(server, API_KEY).addToBlacklist(BLACKLISTED);

        assertThat(entry.getID()).isEqualTo(ENTRY_ID);
        assertThat(entry.getPhone()).isEqualTo(BLACKLISTED);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addManyToBlacklist(PactBuilder builder) {
        return interaction(builder, "blacklist several numbers at once",
                request -> authorized(request.method("POST").path("/api/blacklist").queryParameter("multiple", "true"))
                        .header("Content-Type", json())
                        .body(newJsonArray(entries -> entries.object(entry -> entry.stringValue("Phone", BLACKLISTED))).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(entries -> entries.object(Ip1V1ConsumerPactTest::blacklistEntry)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "addManyToBlacklist")
    void addManyToBlacklist(MockServer server) {
        assertThat(ip1(server, API_KEY).addToBlacklist(List.of(BLACKLISTED))).extracting(BlacklistEntry::getPhone)
                .containsExactly(BLACKLISTED);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addToBlacklistInvalid(PactBuilder builder) {
        return interaction(builder, "blacklist a number that is none",
                request -> authorized(request.method("POST").path("/api/blacklist")).header("Content-Type", json())
                        .body(blacklistEntryNew("12")),
                response -> invalid(response, "entry.Phone"));
    }

    @Test
    @PactTestFor(pactMethod = "addToBlacklistInvalid")
    void addToBlacklistInvalid(MockServer server) {
        assertInvalid(() -> ip1(server, API_KEY).addToBlacklist("12"), "entry.Phone");
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getBlacklistEntry(PactBuilder builder) {
        return interaction(builder.given(STATE_BLACKLISTED), "get a blacklist entry",
                request -> authorized(request.method("GET").path(entryPath())),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPactTest::blacklistEntry).build()));
    }

    @Test
    @PactTestFor(pactMethod = "getBlacklistEntry")
    void getBlacklistEntry(MockServer server) {
        assertThat(ip1(server, API_KEY).blacklist().getBlacklistEntry(ENTRY_ID).getPhone()).isEqualTo(BLACKLISTED);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteBlacklistEntry(PactBuilder builder) {
        return interaction(builder.given(STATE_BLACKLISTED), "remove a number from the blacklist",
                request -> authorized(request.method("DELETE").path(entryPath())),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPactTest::blacklistEntry).build()));
    }

    @Test
    @PactTestFor(pactMethod = "deleteBlacklistEntry")
    void deleteBlacklistEntry(MockServer server) {
        assertThat(ip1(server, API_KEY).blacklist().deleteBlacklistEntry(ENTRY_ID).getID()).isEqualTo(ENTRY_ID);
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

    /** A path below the contact the provider state created. */
    private static Matcher contactPath(String below) {
        return Matchers.fromProviderState("/api/contacts/${contactId}" + below, "/api/contacts/" + CONTACT_ID + below);
    }

    private static Matcher entryPath() {
        return Matchers.fromProviderState("/api/blacklist/${entryId}", "/api/blacklist/" + ENTRY_ID);
    }

    private static void contact(LambdaDslObject contact, String lastName, String phone) {
        contact.stringValue("OwnerID", ACCOUNT)
                .stringMatcher("Created", DATE_TIME, EXAMPLE_DATE_TIME)
                .stringMatcher("Modified", DATE_TIME, EXAMPLE_DATE_TIME)
                .integerType("ID", CONTACT_ID)
                .stringValue("FirstName", "Anna")
                .stringValue("LastName", lastName)
                .stringValue("Phone", phone);
    }

    private static DslPart contactNew(String phone) {
        return newJsonBody(contact -> contact.stringValue("FirstName", "Anna").stringValue("LastName", "Svensson")
                .stringValue("Phone", phone)).build();
    }

    private static DslPart contactUpdate(int id, String phone) {
        return newJsonBody(contact -> contactUpdate(contact.integerType("ID", id), phone)).build();
    }

    /** The update of the contact the provider state created. */
    private static DslPart contactUpdateOfState(String phone) {
        return newJsonBody(contact -> contactUpdate(contact.valueFromProviderState("ID", "${contactId}", CONTACT_ID), phone)).build();
    }

    private static void contactUpdate(LambdaDslObject contact, String phone) {
        contact.stringValue("FirstName", "Anna").stringValue("LastName", "Svensson-Berg").stringValue("Phone", phone);
    }

    private static void membership(LambdaDslObject membership) {
        membership.integerType("ID", MEMBERSHIP_ID)
                .stringValue("OwnerID", ACCOUNT)
                .stringMatcher("Created", DATE_TIME, EXAMPLE_DATE_TIME)
                .integerType("Group", GROUP_ID)
                .integerType("Contact", CONTACT_ID);
    }

    /** The group and contact the provider state created. */
    private static void membershipOfState(LambdaDslObject membership) {
        membership.valueFromProviderState("Group", "${groupId}", GROUP_ID)
                .valueFromProviderState("Contact", "${contactId}", CONTACT_ID);
    }

    private static DslPart membershipNew(int group, int contact) {
        return newJsonBody(membership -> membership.integerType("Group", group).integerType("Contact", contact)).build();
    }

    private static DslPart sms(String phone) {
        return newJsonBody(sms -> sms
                .array("Numbers", numbers -> numbers.stringValue(phone))
                .stringValue("From", "ip1sms")
                .stringValue("Message", "Your order has shipped.")).build();
    }

    private static void processed(LambdaDslObject sms) {
        sms.integerType("ID", SMS_ID)
                .integerType("Status", 0)
                .stringType("StatusDescription", "Delivered to gateway")
                .stringValue("To", PHONE)
                .stringValue("CountryCode", "SE")
                .integerType("Currency", 752)
                .numberType("TotalPrice", 0.35)
                .numberType("Price", 0.35)
                .numberValue("Encoding", 0)
                .numberValue("Segments", 1)
                .stringValue("From", "ip1sms")
                .stringValue("Message", "Your order has shipped.");
    }

    private static void blacklistEntry(LambdaDslObject entry) {
        entry.integerType("ID", ENTRY_ID)
                .stringValue("Phone", BLACKLISTED)
                .stringMatcher("Created", DATE_TIME, EXAMPLE_DATE_TIME);
    }

    private static DslPart blacklistEntryNew(String phone) {
        return newJsonBody(entry -> entry.stringValue("Phone", phone)).build();
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

    private static ContactNew anna(String phone) {
        return new ContactNew().firstName("Anna").lastName("Svensson").phone(phone);
    }

    private static ContactUpdate annaUpdate(int id, String phone) {
        return new ContactUpdate().ID(id).firstName("Anna").lastName("Svensson-Berg").phone(phone);
    }

    private static OutgoingSMS outgoingSms(String phone) {
        return new OutgoingSMS().addNumbersItem(phone).from("ip1sms").message("Your order has shipped.");
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
