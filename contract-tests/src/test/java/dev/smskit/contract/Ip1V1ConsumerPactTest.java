package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.callEach;
import static dev.smskit.contract.ConsumerPacts.everyCall;
import static dev.smskit.contract.Wire.json;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.GroupUpdate;
import dev.smskit.ip1.v1.model.MembershipNew;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The answers IP1 V1 operations share: 401 for a wrong API key, 404 for an id that does not exist (999999),
 * 400 for an invalid field. One pact each, with an interaction per operation.
 */
class Ip1V1ConsumerPactTest extends Ip1V1ConsumerPact {

    /** The operations with an id in their path, each for {@link #MISSING_ID}. */
    static final List<Call<Ip1V1>> CALLS_WITH_ID = List.of(
            call("get a group", "GET", "/api/groups/" + MISSING_ID, null, ip1 -> ip1.groups().getGroup(MISSING_ID)),
            call("replace a group", "PUT", "/api/groups/" + MISSING_ID,
                    () -> new PactDslJsonBody().integerType("ID", MISSING_ID).stringValue("Name", "Key customers"),
                    ip1 -> ip1.groups().updateGroup(MISSING_ID, new GroupUpdate().ID(MISSING_ID).name("Key customers"))),
            call("delete a group", "DELETE", "/api/groups/" + MISSING_ID, null, ip1 -> ip1.groups().deleteGroup(MISSING_ID)),
            call("get a contact", "GET", "/api/contacts/" + MISSING_ID, null, ip1 -> ip1.contacts().getContact(MISSING_ID)),
            call("replace a contact", "PUT", "/api/contacts/" + MISSING_ID, () -> contactUpdate(MISSING_ID, PHONE),
                    ip1 -> ip1.contacts().updateContact(MISSING_ID, annaUpdate(MISSING_ID, PHONE))),
            call("delete a contact", "DELETE", "/api/contacts/" + MISSING_ID, null, ip1 -> ip1.contacts().deleteContact(MISSING_ID)),
            call("list the groups of a contact", "GET", "/api/contacts/" + MISSING_ID + "/groups", null,
                    ip1 -> ip1.contacts().listContactGroups(MISSING_ID)),
            call("list the memberships of a contact", "GET", "/api/contacts/" + MISSING_ID + "/memberships", null,
                    ip1 -> ip1.contacts().listContactMemberships(MISSING_ID)),
            call("list the contacts of a group", "GET", "/api/groups/" + MISSING_ID + "/contacts", null,
                    ip1 -> ip1.groups().listGroupContacts(MISSING_ID)),
            call("list the memberships of a group", "GET", "/api/groups/" + MISSING_ID + "/memberships", null,
                    ip1 -> ip1.groups().listGroupMemberships(MISSING_ID)),
            call("remove a contact from a group", "DELETE", "/api/memberships/" + MISSING_ID, null,
                    ip1 -> ip1.memberships().deleteMembership(MISSING_ID)),
            call("get a sent SMS", "GET", "/api/sms/sent/" + MISSING_ID, null, ip1 -> ip1.getSentSms(MISSING_ID)),
            call("get a blacklist entry", "GET", "/api/blacklist/" + MISSING_ID, null,
                    ip1 -> ip1.blacklist().getBlacklistEntry(MISSING_ID)),
            call("remove a number from the blacklist", "DELETE", "/api/blacklist/" + MISSING_ID, null,
                    ip1 -> ip1.blacklist().deleteBlacklistEntry(MISSING_ID)));

    static final List<Call<Ip1V1>> CALLS = Stream.concat(CALLS_WITH_ID.stream(), Stream.of(
            call("list the groups", "GET", "/api/groups", null, ip1 -> ip1.groups().listGroups()),
            call("create a group", "POST", "/api/groups", () -> new PactDslJsonBody().stringValue("Name", "Customers"),
                    ip1 -> ip1.createGroup(new GroupNew().name("Customers"))),
            call("send an NKI", "POST", "/api/nkis/" + NKI_ID + "/users/send", () -> nki(PHONE),
                    ip1 -> ip1.nki().sendNkiToUsers(NKI_ID, outgoingNki(PHONE))),
            call("list contacts", "GET", "/api/contacts", null, ip1 -> ip1.contacts().listContacts((List<String>) null)),
            call("create a contact", "POST", "/api/contacts", () -> contactNew(PHONE), ip1 -> ip1.createContact(anna(PHONE))),
            call("list memberships", "GET", "/api/memberships", null, ip1 -> ip1.memberships().listMemberships()),
            call("add a contact to a group", "POST", "/api/memberships", () -> membershipNew(MISSING_ID, MISSING_ID),
                    ip1 -> ip1.createMembership(new MembershipNew().group(MISSING_ID).contact(MISSING_ID))),
            call("send an SMS", "POST", "/api/sms/send", () -> sms(PHONE), ip1 -> ip1.sendSms(outgoingSms(PHONE))),
            call("list the sent SMS", "GET", "/api/sms/sent", null, ip1 -> ip1.sms().listSentSms()),
            call("list the blacklist", "GET", "/api/blacklist", null, ip1 -> ip1.blacklist().listBlacklist()),
            call("blacklist a number", "POST", "/api/blacklist", () -> blacklistEntryNew(BLACKLISTED),
                    ip1 -> ip1.addToBlacklist(BLACKLISTED)))).toList();

    /** Requests the provider refuses with a 400 that names the invalid field in {@code ModelState}. */
    static final List<Call<Ip1V1>> INVALID = List.of(
            call("create a group with an invalid color", "POST", "/api/groups",
                    () -> new PactDslJsonBody().stringValue("Name", "Customers").stringValue("Color", "blue"),
                    ip1 -> ip1.createGroup(new GroupNew().name("Customers").color("blue"))).naming("group.Color"),
            new Call<Ip1V1>("replace a group with an invalid color", Ip1V1States.GROUP,
                    request -> request.method("PUT").path(groupPath()).header("Content-Type", json()).body(new PactDslJsonBody()
                            .valueFromProviderState("ID", "${groupId}", GROUP_ID)
                            .stringValue("Name", "Key customers")
                            .stringValue("Color", "green")),
                    ip1 -> ip1.groups().updateGroup(GROUP_ID, groupUpdate("Key customers", "green"))).naming("group.Color"),
            new Call<Ip1V1>("list the contacts with a phone number that is none", null,
                    request -> request.method("GET").path("/api/contacts").queryParameter("PhoneNumbers", "12"),
                    ip1 -> ip1.contacts().listContacts(List.of("12"))).naming("PhoneNumbers[0]"),
            call("create a contact with an invalid phone number", "POST", "/api/contacts", () -> contactNew("12"),
                    ip1 -> ip1.createContact(anna("12"))).naming("contact.Phone"),
            new Call<Ip1V1>("replace a contact with an invalid phone number", Ip1V1States.MEMBER,
                    request -> request.method("PUT").path(contactPath("")).header("Content-Type", json()).body(contactUpdateOfState("12")),
                    ip1 -> ip1.contacts().updateContact(CONTACT_ID, annaUpdate(CONTACT_ID, "12"))).naming("contact.Phone"),
            call("add a contact to a group that does not exist", "POST", "/api/memberships", () -> membershipNew(MISSING_ID, MISSING_ID),
                    ip1 -> ip1.createMembership(new MembershipNew().group(MISSING_ID).contact(MISSING_ID)))
                    .given(Ip1V1States.NOTHING).naming("membership.Group"),
            call("send an NKI to an invalid phone number", "POST", "/api/nkis/" + NKI_ID + "/users/send", () -> nki("12"),
                    ip1 -> ip1.nki().sendNkiToUsers(NKI_ID, outgoingNki("12"))).naming("message.Users[0].Phone"),
            call("blacklist a number that is none", "POST", "/api/blacklist", () -> blacklistEntryNew("12"),
                    ip1 -> ip1.addToBlacklist("12")).naming("entry.Phone"));

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyCallUnauthorized(PactBuilder builder) {
        return everyCall(builder, CALLS, " with a wrong API key", Ip1V1ConsumerPact::unauthorized, Ip1V1ConsumerPact::denied);
    }

    @Test
    @PactTestFor(pactMethod = "everyCallUnauthorized")
    void everyCallUnauthorized(MockServer server) {
        callEach(CALLS, ip1(server, WRONG_KEY), Ip1V1ConsumerPact::assertDenied);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyIdNotFound(PactBuilder builder) {
        return everyCall(builder, CALLS_WITH_ID.stream().map(call -> call.given(Ip1V1States.NOTHING)).toList(),
                " that does not exist", Ip1V1ConsumerPact::authorized, Ip1V1ConsumerPact::notFound);
    }

    @Test
    @PactTestFor(pactMethod = "everyIdNotFound")
    void everyIdNotFound(MockServer server) {
        callEach(CALLS_WITH_ID, ip1(server, API_KEY), Ip1V1ConsumerPact::assertNotFound);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyInvalidRequest(PactBuilder builder) {
        return everyCall(builder, INVALID, "", Ip1V1ConsumerPact::authorized, Ip1V1ConsumerPact::invalid);
    }

    @Test
    @PactTestFor(pactMethod = "everyInvalidRequest")
    void everyInvalidRequest(MockServer server) {
        callEach(INVALID, ip1(server, API_KEY), Ip1V1ConsumerPact::assertInvalid);
    }

    /** A call whose request has {@code body} (if not {@code null}) as JSON. */
    private static Call<Ip1V1> call(String what, String method, String path, Supplier<DslPart> body, Consumer<Ip1V1> call) {
        return new Call<>(what, null, request -> {
            request.method(method).path(path);
            return body == null ? request : request.header("Content-Type", json()).body(body.get());
        }, call);
    }
}
