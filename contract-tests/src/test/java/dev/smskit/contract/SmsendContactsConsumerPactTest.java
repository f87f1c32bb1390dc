package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.interaction;
import static dev.smskit.contract.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.smsend.model.Contact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** smsend contacts ({@code /contact}): adding one or several, reading one. */
class SmsendContactsConsumerPactTest extends SmsendConsumerPact {

    // ---- POST /contact

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContact(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.USER), "add a contact",
                request -> authenticated(contactAddition(request, "+393471234567"), Credentials.ACCESS_TOKEN),
                response -> located(response.status(201), "/contact/\\d+", "/contact/" + CONTACT_ID));
    }

    @Test
    @PactTestFor(pactMethod = "addContact")
    void addContact(MockServer server) {
        assertThat(smsend(server, Credentials.ACCESS_TOKEN).addContact(contactRequest("+393471234567"))).isEqualTo(CONTACT_ID);
    }

    // ---- GET /contact/{contactid}

    @Pact(consumer = Api.CONSUMER)
    V4Pact getContact(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.CONTACT), "get a contact",
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

    // ---- POST /contact with several contacts

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContacts(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.USER), "add several contacts at once",
                request -> authenticated(contactsAddition(request, "+393478765432"), Credentials.ACCESS_TOKEN),
                response -> response.status(200).header("Content-Type", json()).body("2", "application/json"));
    }

    @Test
    @PactTestFor(pactMethod = "addContacts")
    void addContacts(MockServer server) {
        assertThat(smsend(server, Credentials.ACCESS_TOKEN).addContacts(List.of(
                contactRequest("+393471234567"), contactRequest("+393478765432")))).isEqualTo(2);
    }
}
