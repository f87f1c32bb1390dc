package dev.smskit.contract;

import static dev.smskit.contract.Wire.EXAMPLE_DATE_TIME;
import static dev.smskit.contract.Wire.json;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArray;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.ip1.v1.model.Contact;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.Membership;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IP1 V1 contacts ({@code /api/contacts}) and the groups and memberships of one. */
class Ip1V1ContactsConsumerPactTest extends Ip1V1ConsumerPact {

    // ---- /api/contacts

    @Pact(consumer = Api.CONSUMER)
    V4Pact listContacts(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.MEMBER), "list the contacts with a phone number",
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
    V4Pact getContact(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.MEMBER), "get a contact",
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
        return interaction(builder.given(Ip1V1States.MEMBER), "replace a contact",
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
    V4Pact deleteContact(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.MEMBER), "delete a contact",
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
        return interaction(builder.given(Ip1V1States.MEMBER), "list the groups of a contact",
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
        return interaction(builder.given(Ip1V1States.MEMBER), "list the memberships of a contact",
                request -> authorized(request.method("GET").path(contactPath("/memberships"))),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, memberships -> memberships.object(Ip1V1ConsumerPact::membership)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listContactMemberships")
    void listContactMemberships(MockServer server) {
        List<Membership> memberships = ip1(server, API_KEY).contacts().listContactMemberships(CONTACT_ID);

        assertThat(memberships).isNotEmpty().allSatisfy(membership -> assertThat(membership.getContact()).isEqualTo(CONTACT_ID));
    }
}
