package dev.smskit.stub.smsend;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /smstogroups: groups named by their names, each member with a phone number once. */
class SmsToGroupsTest extends SmsendHttpTest {

    private HttpResponse<String> sendToGroups(String groups, String extra) {
        return smsend.post("/smstogroups", """
                {"message_type":"N","message":"Spring sale","recipient":%s%s}""".formatted(groups, extra), test);
    }

    @Test
    void everyMemberWithAPhoneNumberOfTheNamedGroupsGetsItOnceAnswered200() {
        int vip = smsend.createGroup(test, "VIP", "");
        int news = smsend.createGroup(test, "Newsletter", "");
        smsend.createGroup(test, "Others", "");
        smsend.createContact(test, "{\"phoneNumber\":\"+393471234567\",\"groupIds\":[\"%d\",\"%d\"]}".formatted(vip, news));
        smsend.createContact(test, "{\"phoneNumber\":\"3478765432\",\"groupIds\":[\"%d\"]}".formatted(news));
        smsend.createContact(test, "{\"email\":\"no.phone@example.com\",\"groupIds\":[\"%d\"]}".formatted(vip));
        smsend.createContact(test, "{\"phoneNumber\":\"+393470000001\"}");

        HttpResponse<String> sent = sendToGroups("[\"VIP\",\"Newsletter\"]", ",\"order_id\":\"sale\"");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(sent.body())).isEqualTo(json("{\"result\":\"OK\",\"order_id\":\"sale\",\"total_sent\":2}"));
        JsonNode state = json(smsend.get("/sms/sale", test).body());
        assertThat(state.get("recipient_number").asInt()).isEqualTo(2);
        assertThat(state.get("recipients").findValuesAsString("destination"))
                .as("each contact's number as stored").containsExactly("+393471234567", "3478765432");
        assertThat(state.get("recipients").findValuesAsString("status")).containsOnly("WAITING");
    }

    @Test
    void aNameSharedByGroupsReachesTheMembersOfEach() {
        int first = smsend.createGroup(test, "Milano", "");
        int second = smsend.createGroup(test, "Milano", "");
        smsend.createContact(test, "{\"phoneNumber\":\"+393471234567\",\"groupIds\":[\"%d\"]}".formatted(first));
        smsend.createContact(test, "{\"phoneNumber\":\"+393478765432\",\"groupIds\":[\"%d\"]}".formatted(second));

        assertThat(json(sendToGroups("[\"Milano\"]", "").body()).get("total_sent").asInt()).isEqualTo(2);
    }

    @Test
    void unknownGroupNamesAre400AndNothingIsSent() {
        smsend.createGroup(test, "VIP", "");
        smsend.createGroup(test2, "Friends", "");

        assertError(sendToGroups("[\"VIP\",\"Friends\",\"vip\"]", ",\"order_id\":\"x\""), 400,
                "Groups could not be found: Friends, vip");
        assertError(smsend.get("/sms/x", test), 404, "The order_id was not found");
    }

    @Test
    void anInvalidMemberNumberIsRefusedUnlessInvalidRecipientsAreAllowed() {
        int vip = smsend.createGroup(test, "VIP", "");
        smsend.createContact(test, "{\"phoneNumber\":\"+393471234567\",\"groupIds\":[\"%d\"]}".formatted(vip));
        smsend.createContact(test, "{\"phoneNumber\":\"ask reception\",\"groupIds\":[\"%d\"]}".formatted(vip));

        assertError(sendToGroups("[\"VIP\"]", ""), 400, "Invalid recipient: ask reception");
        HttpResponse<String> allowed = sendToGroups("[\"VIP\"]", ",\"allowInvalidRecipients\":true,\"order_id\":\"ok\"");

        assertThat(json(allowed.body()).get("total_sent").asInt()).isEqualTo(1);
        assertThat(json(smsend.get("/sms/ok", test).body()).get("recipients").findValuesAsString("status"))
                .containsExactly("WAITING", "UNKNRCPT");
    }

    @Test
    void anOrderToGroupsIsScheduledAndDeletedLikeAnyOther() {
        int vip = smsend.createGroup(test, "VIP", "");
        smsend.createContact(test, "{\"phoneNumber\":\"+393471234567\",\"groupIds\":[\"%d\"]}".formatted(vip));

        sendToGroups("[\"VIP\"]", ",\"order_id\":\"later\",\"scheduled_delivery_time\":\"20260301100000\"");

        assertThat(json(smsend.get("/sms/later", test).body()).get("recipients").get(0))
                .isEqualTo(json("{\"status\":\"SCHEDULED\",\"destination\":\"+393471234567\",\"delivery_date\":\"20260301100000\"}"));
        assertEmpty(smsend.delete("/sms/later", test), 200);
        assertError(smsend.get("/sms/later", test), 404, "The order_id was not found");
    }
}
