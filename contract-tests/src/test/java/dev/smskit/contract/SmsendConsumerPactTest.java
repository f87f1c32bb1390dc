package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.callEach;
import static dev.smskit.contract.ConsumerPacts.everyCall;
import static dev.smskit.contract.Wire.json;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.common.NotFoundException;
import dev.smskit.smsend.Smsend;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers smsend operations share: 401 for an access token smsend did not issue, 400 for an invalid
 * request, 404 for an unknown id. One pact each, with an interaction per operation, each in the state its
 * operation needs so that only the token, the parameter or the id is wrong.
 */
class SmsendConsumerPactTest extends SmsendConsumerPact {

    static final List<Call<Smsend>> CALLS = List.of(
            new Call<>("create a group", SmsendStates.USER, request -> groupCreation(request, "VIP customers"),
                    smsend -> smsend.createGroup(groupRequest("VIP customers"))),
            new Call<>("modify a group", SmsendStates.GROUP,
                    request -> request.method("PUT").path(groupPath("")).header("Content-Type", json()).body(groupBody("VIP customers 2027")),
                    smsend -> smsend.contactsGroups().modifyGroup(GROUP_ID, groupRequest("VIP customers 2027"))),
            new Call<>("delete a group", SmsendStates.GROUP, request -> request.method("DELETE").path(groupPath("")),
                    smsend -> smsend.contactsGroups().deleteGroup(GROUP_ID, (String) null)),
            new Call<>("list the groups", SmsendStates.USER,
                    request -> request.method("GET").path(BASE + "/groups").queryParameter("pageNumber", "1"),
                    smsend -> smsend.listGroups().toList()),
            new Call<>("add a contact to a group", SmsendStates.GROUP_AND_CONTACT, request -> membershipChange(request, "POST", true),
                    smsend -> smsend.contactsGroups().addContactToGroup(GROUP_ID, CONTACT_ID)),
            new Call<>("remove a contact from a group", SmsendStates.MEMBER, request -> membershipChange(request, "DELETE", true),
                    smsend -> smsend.contactsGroups().removeContactFromGroup(GROUP_ID, CONTACT_ID)),
            new Call<>("add a contact", SmsendStates.USER, request -> contactAddition(request, "+393471234567"),
                    smsend -> smsend.addContact(contactRequest("+393471234567"))),
            new Call<>("get a contact", SmsendStates.CONTACT, request -> request.method("GET").path(BASE + "/contact/" + CONTACT_ID),
                    smsend -> smsend.contacts().getContact(String.valueOf(CONTACT_ID))),
            new Call<>("send an SMS", SmsendStates.USER, request -> smsSending(request, "+393471234567"),
                    smsend -> smsend.sendSms(smsRequest("+393471234567"))),
            new Call<>("send an SMS to a group", SmsendStates.MEMBER, request -> groupSmsSending(request, "VIP customers"),
                    smsend -> smsend.sendSmsToGroups(groupSmsRequest("VIP customers"))),
            new Call<>("get the state of an SMS order", SmsendStates.ORDER,
                    request -> request.method("GET").path(BASE + "/sms/" + ORDER_ID), smsend -> smsend.getSmsState(ORDER_ID)),
            new Call<>("delete a scheduled SMS order", SmsendStates.SCHEDULED_ORDER,
                    request -> request.method("DELETE").path(BASE + "/sms/" + SCHEDULED_ORDER_ID),
                    smsend -> smsend.deleteScheduledSms(SCHEDULED_ORDER_ID)));

    /** Requests smsend refuses with a 400 and the call's message. */
    static final List<Call<Smsend>> INVALID = List.of(
            new Call<Smsend>("create a group without a name", SmsendStates.USER, request -> groupCreation(request, ""),
                    smsend -> smsend.createGroup(groupRequest(""))).naming("Invalid group name: must not be empty"),
            new Call<Smsend>("modify a group that does not exist", SmsendStates.USER,
                    request -> request.method("PUT").path(BASE + "/group/" + MISSING_ID).header("Content-Type", json())
                            .body(groupBody("VIP customers 2027")),
                    smsend -> smsend.contactsGroups().modifyGroup(MISSING_ID, groupRequest("VIP customers 2027")))
                    .naming("Invalid group_id: " + MISSING_ID),
            new Call<Smsend>("delete a group that does not exist", SmsendStates.USER,
                    request -> request.method("DELETE").path(BASE + "/group/" + MISSING_ID),
                    smsend -> smsend.contactsGroups().deleteGroup(MISSING_ID, (String) null)).naming("Invalid group_id: " + MISSING_ID),
            new Call<Smsend>("list the groups with a page size of 0", SmsendStates.USER,
                    request -> request.method("GET").path(BASE + "/groups").queryParameter("pageNumber", "1").queryParameter("pageSize", "0"),
                    smsend -> smsend.contactsGroups().listGroups(1, 0)).naming("Invalid pageSize: 0"),
            new Call<Smsend>("add a contact that does not exist to a group", SmsendStates.GROUP,
                    request -> membershipChange(request, "POST", false),
                    smsend -> smsend.contactsGroups().addContactToGroup(GROUP_ID, MISSING_ID)).naming("Invalid contact_id: " + MISSING_ID),
            new Call<Smsend>("remove a contact that does not exist from a group", SmsendStates.GROUP,
                    request -> membershipChange(request, "DELETE", false),
                    smsend -> smsend.contactsGroups().removeContactFromGroup(GROUP_ID, MISSING_ID)).naming("Invalid contact_id: " + MISSING_ID),
            new Call<Smsend>("add a contact without email and phone number", SmsendStates.USER, request -> contactAddition(request, null),
                    smsend -> smsend.addContact(contactRequest(null))).naming("Invalid contact: email or phoneNumber is required"),
            new Call<Smsend>("add several contacts, one without email and phone number", SmsendStates.USER,
                    request -> contactsAddition(request, null),
                    smsend -> smsend.addContacts(List.of(contactRequest("+393471234567"), contactRequest(null))))
                    .naming("Invalid contacts[1]: email or phoneNumber is required"),
            new Call<Smsend>("get a contact with an invalid id", SmsendStates.USER, request -> request.method("GET").path(BASE + "/contact/abc"),
                    smsend -> smsend.contacts().getContact("abc")).naming("Invalid contactid: abc"),
            new Call<Smsend>("send an SMS to a number that does not exist", SmsendStates.USER, request -> smsSending(request, "+39000"),
                    smsend -> smsend.sendSms(smsRequest("+39000"))).naming("Invalid recipient: +39000"),
            new Call<Smsend>("send an SMS to a group that does not exist", SmsendStates.USER, request -> groupSmsSending(request, "Nobody"),
                    smsend -> smsend.sendSmsToGroups(groupSmsRequest("Nobody"))).naming("Groups could not be found: Nobody"),
            new Call<Smsend>("get the state of an SMS order with an invalid order id", SmsendStates.USER,
                    request -> request.method("GET").path(BASE + "/sms/" + INVALID_ORDER_ID),
                    smsend -> smsend.getSmsState(INVALID_ORDER_ID)).naming(INVALID_ORDER_ID_MESSAGE),
            new Call<Smsend>("delete an SMS order with an invalid order id", SmsendStates.USER,
                    request -> request.method("DELETE").path(BASE + "/sms/" + INVALID_ORDER_ID),
                    smsend -> smsend.deleteScheduledSms(INVALID_ORDER_ID)).naming(INVALID_ORDER_ID_MESSAGE));

    static final List<Call<Smsend>> NOT_FOUND = List.of(
            new Call<Smsend>("get a contact that does not exist", SmsendStates.USER,
                    request -> request.method("GET").path(BASE + "/contact/" + MISSING_ID),
                    smsend -> smsend.contacts().getContact(String.valueOf(MISSING_ID))).naming("The given contactid was not found"),
            new Call<Smsend>("get the state of an SMS order that does not exist", SmsendStates.USER,
                    request -> request.method("GET").path(BASE + "/sms/" + ORDER_ID),
                    smsend -> smsend.getSmsState(ORDER_ID)).naming("The order_id was not found"),
            new Call<Smsend>("delete an SMS order that is no longer scheduled", SmsendStates.ORDER,
                    request -> request.method("DELETE").path(BASE + "/sms/" + ORDER_ID),
                    smsend -> smsend.deleteScheduledSms(ORDER_ID))
                    .naming("The message sending could not be removed: the order is not SCHEDULED"));

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyCallUnauthorized(PactBuilder builder) {
        return everyCall(builder, CALLS, " with a wrong access token", request -> authenticated(request, Credentials.WRONG_TOKEN),
                SmsendConsumerPact::unauthorized);
    }

    @Test
    @PactTestFor(pactMethod = "everyCallUnauthorized")
    void everyCallUnauthorized(MockServer server) {
        callEach(CALLS, smsend(server, Credentials.WRONG_TOKEN), SmsendConsumerPact::assertDenied);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyInvalidRequest(PactBuilder builder) {
        return everyCall(builder, INVALID, "", request -> authenticated(request, Credentials.ACCESS_TOKEN),
                (response, message) -> error(response, 400, message));
    }

    @Test
    @PactTestFor(pactMethod = "everyInvalidRequest")
    void everyInvalidRequest(MockServer server) {
        callEach(INVALID, smsend(server, Credentials.ACCESS_TOKEN), SmsendConsumerPact::assertInvalid);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact everyUnknownId(PactBuilder builder) {
        return everyCall(builder, NOT_FOUND, "", request -> authenticated(request, Credentials.ACCESS_TOKEN),
                (response, message) -> error(response, 404, message));
    }

    @Test
    @PactTestFor(pactMethod = "everyUnknownId")
    void everyUnknownId(MockServer server) {
        callEach(NOT_FOUND, smsend(server, Credentials.ACCESS_TOKEN), call -> assertThatExceptionOfType(NotFoundException.class).isThrownBy(call));
    }
}
