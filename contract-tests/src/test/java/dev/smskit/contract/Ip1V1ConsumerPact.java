package dev.smskit.contract;

import static dev.smskit.contract.Wire.DATE_TIME;
import static dev.smskit.contract.Wire.EXAMPLE_DATE_TIME;
import static dev.smskit.contract.Wire.basic;
import static dev.smskit.contract.Wire.json;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.Matcher;
import au.com.dius.pact.consumer.dsl.Matchers;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v1.model.ApiError;
import dev.smskit.ip1.v1.model.Contact;
import dev.smskit.ip1.v1.model.ContactNew;
import dev.smskit.ip1.v1.model.ContactUpdate;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupUpdate;
import dev.smskit.ip1.v1.model.NKIUserNew;
import dev.smskit.ip1.v1.model.OutgoingNKI;
import dev.smskit.ip1.v1.model.OutgoingSMS;
import dev.smskit.ip1.v1.Ip1V1;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the IP1 V1 consumer tests share: the account, the ids the examples use, the interactions' parts
 * and the client. Each subclass is one resource, and all of them write the one ip1-v1 pact.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "ip1-v1", pactVersion = PactSpecVersion.V4)
abstract class Ip1V1ConsumerPact {

    static final String ACCOUNT = "ip1-12345";
    static final String API_KEY = "test-key";
    static final String WRONG_KEY = "not-the-key";
    static final int GROUP_ID = 1017;
    static final int NKI_ID = 4711;
    static final int CONTACT_ID = 1735500;
    static final int MEMBERSHIP_ID = 5001;
    static final int SMS_ID = 880124;
    static final int ENTRY_ID = 301;
    /** No group, contact, membership, SMS or blacklist entry has it ({@link Ip1V1States#NOTHING}). */
    static final int MISSING_ID = 999999;
    static final String PHONE = "+46701234567";
    static final String SECOND_PHONE = "+46701234568";
    static final String BLACKLISTED = "+46701234599";

    // ---- interactions

    static HttpRequestBuilder authorized(HttpRequestBuilder request) {
        return request.header("Authorization", basic(ACCOUNT, API_KEY));
    }

    static HttpRequestBuilder unauthorized(HttpRequestBuilder request) {
        return request.header("Authorization", basic(ACCOUNT, WRONG_KEY));
    }

    /** The id of the group the provider state created. */
    static Matcher groupPath() {
        return Matchers.fromProviderState("/api/groups/${groupId}", "/api/groups/" + GROUP_ID);
    }

    static DslPart group(String name, String color) {
        return newJsonBody(group -> group(group, name, color)).build();
    }

    static void group(LambdaDslObject group, String name, String color) {
        group.stringValue("OwnerID", ACCOUNT)
                .integerType("ContactsCount", 0)
                .stringMatcher("Created", DATE_TIME, EXAMPLE_DATE_TIME)
                .stringMatcher("Modified", DATE_TIME, EXAMPLE_DATE_TIME)
                .integerType("ID", GROUP_ID)
                .stringValue("Name", name)
                .stringValue("Color", color);
    }

    /** A path below the contact the provider state created. */
    static Matcher contactPath(String below) {
        return Matchers.fromProviderState("/api/contacts/${contactId}" + below, "/api/contacts/" + CONTACT_ID + below);
    }

    static Matcher entryPath() {
        return Matchers.fromProviderState("/api/blacklist/${entryId}", "/api/blacklist/" + ENTRY_ID);
    }

    static void contact(LambdaDslObject contact, String lastName, String phone) {
        contact.stringValue("OwnerID", ACCOUNT)
                .stringMatcher("Created", DATE_TIME, EXAMPLE_DATE_TIME)
                .stringMatcher("Modified", DATE_TIME, EXAMPLE_DATE_TIME)
                .integerType("ID", CONTACT_ID)
                .stringValue("FirstName", "Anna")
                .stringValue("LastName", lastName)
                .stringValue("Phone", phone);
    }

    static DslPart contactNew(String phone) {
        return newJsonBody(contact -> contact.stringValue("FirstName", "Anna").stringValue("LastName", "Svensson")
                .stringValue("Phone", phone)).build();
    }

    static DslPart contactUpdate(int id, String phone) {
        return newJsonBody(contact -> contactUpdate(contact.integerType("ID", id), phone)).build();
    }

    /** The update of the contact the provider state created. */
    static DslPart contactUpdateOfState(String phone) {
        return newJsonBody(contact -> contactUpdate(contact.valueFromProviderState("ID", "${contactId}", CONTACT_ID), phone)).build();
    }

    static void contactUpdate(LambdaDslObject contact, String phone) {
        contact.stringValue("FirstName", "Anna").stringValue("LastName", "Svensson-Berg").stringValue("Phone", phone);
    }

    static void membership(LambdaDslObject membership) {
        membership.integerType("ID", MEMBERSHIP_ID)
                .stringValue("OwnerID", ACCOUNT)
                .stringMatcher("Created", DATE_TIME, EXAMPLE_DATE_TIME)
                .integerType("Group", GROUP_ID)
                .integerType("Contact", CONTACT_ID);
    }

    /** The group and contact the provider state created. */
    static void membershipOfState(LambdaDslObject membership) {
        membership.valueFromProviderState("Group", "${groupId}", GROUP_ID)
                .valueFromProviderState("Contact", "${contactId}", CONTACT_ID);
    }

    static DslPart membershipNew(int group, int contact) {
        return newJsonBody(membership -> membership.integerType("Group", group).integerType("Contact", contact)).build();
    }

    static DslPart sms(String phone) {
        return newJsonBody(sms -> sms
                .array("Numbers", numbers -> numbers.stringValue(phone))
                .stringValue("From", "ip1sms")
                .stringValue("Message", "Your order has shipped.")).build();
    }

    static void processed(LambdaDslObject sms) {
        processed(sms, SMS_ID, "Your order has shipped.");
    }

    /** An SMS to {@link #PHONE} as the provider answers a send or a read. */
    static void processed(LambdaDslObject sms, int id, String message) {
        sms.integerType("ID", id)
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
                .stringValue("Message", message);
    }

    static void blacklistEntry(LambdaDslObject entry) {
        entry.integerType("ID", ENTRY_ID)
                .stringValue("Phone", BLACKLISTED)
                .stringMatcher("Created", DATE_TIME, EXAMPLE_DATE_TIME);
    }

    static DslPart blacklistEntryNew(String phone) {
        return newJsonBody(entry -> entry.stringValue("Phone", phone)).build();
    }

    static DslPart nki(String phone) {
        return newJsonBody(message -> message
                .minArrayLike("Users", 1, user -> user.stringValue("FirstName", "Anna").stringValue("Phone", phone))
                .stringValue("From", "ip1sms")
                .stringValue("Message", "How happy are you with your delivery?")).build();
    }

    static HttpResponseBuilder invalid(HttpResponseBuilder response, String field) {
        return response.status(400).header("Content-Type", json()).body(newJsonBody(error -> error
                .stringType("Message", "The request is invalid.")
                .object("ModelState", fields -> fields
                        .minArrayLike(field, 1, PactDslJsonRootValue.stringType("The field is invalid."), 1))).build());
    }

    static HttpResponseBuilder notFound(HttpResponseBuilder response) {
        return response.status(404).header("Content-Type", json())
                .body(new PactDslJsonBody().stringType("Message", "Group " + MISSING_ID + " was not found."));
    }

    static HttpResponseBuilder denied(HttpResponseBuilder response) {
        return response.status(401).header("Content-Type", json())
                .body(new PactDslJsonBody().stringType("Message", "Authorization has been denied for this request."));
    }

    // ---- the client

    static Ip1V1 ip1(MockServer server, String apiKey) {
        return Ip1V1.builder().baseUrl(server.getUrl()).accountId(ACCOUNT).apiKey(apiKey).build();
    }

    static GroupUpdate groupUpdate(String name, String color) {
        return new GroupUpdate().ID(GROUP_ID).name(name).color(color);
    }

    static ContactNew anna(String phone) {
        return new ContactNew().firstName("Anna").lastName("Svensson").phone(phone);
    }

    static ContactUpdate annaUpdate(int id, String phone) {
        return new ContactUpdate().ID(id).firstName("Anna").lastName("Svensson-Berg").phone(phone);
    }

    static OutgoingSMS outgoingSms(String phone) {
        return new OutgoingSMS().addNumbersItem(phone).from("ip1sms").message("Your order has shipped.");
    }

    static OutgoingNKI outgoingNki(String phone) {
        return new OutgoingNKI()
                .users(List.of(new NKIUserNew().firstName("Anna").phone(phone)))
                .from("ip1sms")
                .message("How happy are you with your delivery?");
    }

    /** A 400 whose {@code ModelState} names the field, as the client parses it. */
    static void assertInvalid(ThrowingCallable call, String field) {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(ApiError.class)).get()
                        .satisfies(error -> assertThat(error.getModelState()).containsKey(field)));
    }

    static void assertNotFound(ThrowingCallable call) {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getError(ApiError.class)).get()
                        .satisfies(error -> assertThat(error.getMessage()).isNotBlank()));
    }

    static void assertDenied(ThrowingCallable call) {
        assertThatExceptionOfType(AuthenticationException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(401));
    }
}
