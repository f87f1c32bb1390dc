package dev.smskit.contract;

import static dev.smskit.contract.Wire.json;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArray;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.ip1.v1.model.Contact;
import dev.smskit.ip1.v1.model.Membership;
import dev.smskit.ip1.v1.model.MembershipNew;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IP1 V1 memberships ({@code /api/memberships}) and the contacts and memberships of a group. */
class Ip1V1MembershipsConsumerPactTest extends Ip1V1ConsumerPact {

    // ---- /api/groups/{group}/contacts and /memberships

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroupContacts(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.MEMBER), "list the contacts of a group",
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
        return interaction(builder.given(Ip1V1States.MEMBER), "list the memberships of a group",
                request -> authorized(request.method("GET").path(
                        Matchers.fromProviderState("/api/groups/${groupId}/memberships", "/api/groups/" + GROUP_ID + "/memberships"))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, memberships -> memberships.object(Ip1V1ConsumerPact::membership)).build()));
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
        return interaction(builder.given(Ip1V1States.MEMBER), "list memberships",
                request -> authorized(request.method("GET").path("/api/memberships")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, memberships -> memberships.object(Ip1V1ConsumerPact::membership)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listMemberships")
    void listMemberships(MockServer server) {
        assertThat(ip1(server, API_KEY).memberships().listMemberships()).isNotEmpty()
                .allSatisfy(membership -> assertThat(membership.getOwnerID()).isEqualTo(ACCOUNT));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createMembership(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.NOT_MEMBER), "add a contact to a group",
                request -> authorized(request.method("POST").path("/api/memberships")).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPact::membershipOfState).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPact::membership).build()));
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
        return interaction(builder.given(Ip1V1States.NOT_MEMBER), "add several contacts to groups at once",
                request -> authorized(request.method("POST").path("/api/memberships").queryParameter("multiple", "true"))
                        .header("Content-Type", json())
                        .body(newJsonArray(memberships -> memberships.object(Ip1V1ConsumerPact::membershipOfState)).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(memberships -> memberships.object(Ip1V1ConsumerPact::membership)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "createMemberships")
    void createMemberships(MockServer server) {
        List<Membership> memberships = ip1(server, API_KEY).createMemberships(
                List.of(new MembershipNew().group(GROUP_ID).contact(CONTACT_ID)));

        assertThat(memberships).extracting(Membership::getContact).containsExactly(CONTACT_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteMembership(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.MEMBER), "remove a contact from a group",
                request -> authorized(request.method("DELETE").path(
                        Matchers.fromProviderState("/api/memberships/${membershipId}", "/api/memberships/" + MEMBERSHIP_ID))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPact::membership).build()));
    }

    @Test
    @PactTestFor(pactMethod = "deleteMembership")
    void deleteMembership(MockServer server) {
        assertThat(ip1(server, API_KEY).memberships().deleteMembership(MEMBERSHIP_ID).getID()).isEqualTo(MEMBERSHIP_ID);
    }
}
