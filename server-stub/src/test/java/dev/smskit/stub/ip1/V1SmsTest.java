package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** IP1 V1 SMS over HTTP: {@code POST /api/sms/send}, {@code GET /api/sms/sent[/{sms}]}. */
class V1SmsTest extends StubHttpTest {

    private Answer sms(String body, String... auth) {
        return json("POST", "/api/sms/send", body, auth.length == 0 ? V1 : auth);
    }

    private static String numbers(String... phones) {
        return "{\"Numbers\":[\"" + String.join("\",\"", phones) + "\"],\"From\":\"ip1sms\",\"Message\":\"Your order has shipped.\"}";
    }

    private int contact(String firstName, String phone) {
        return ok(json("POST", "/api/contacts", "{\"FirstName\":\"" + firstName + "\",\"Phone\":\"" + phone + "\"}", V1))
                .get("ID").asInt();
    }

    private int group(int... contacts) {
        int group = ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1)).get("ID").asInt();
        for (int contact : contacts) {
            ok(json("POST", "/api/memberships", "{\"Group\":" + group + ",\"Contact\":" + contact + "}", V1));
        }
        return group;
    }

    private static List<String> to(JsonNode sent) {
        return sent.valueStream().map(sms -> sms.get("To").asString()).toList();
    }

    private List<String> texts(JsonNode sent) {
        return sent.valueStream().map(sms -> sms.get("Message").asString()).toList();
    }

    @Test
    void sendAnswersOneProcessedMessagePerNumberInOneBundle() {
        Answer answer = sms(numbers("+46701234567", "14155552671"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode sent = answer.json();
        assertThat(to(sent)).as("each number as sent").containsExactly("+46701234567", "14155552671");
        JsonNode first = sent.get(0);
        assertThat(first.propertyNames()).containsExactly("ID", "BundleID", "Status", "StatusDescription", "To",
                "CountryCode", "Currency", "TotalPrice", "Price", "Encoding", "Segments", "From", "Message", "Created", "Modified");
        assertThat(first.get("Created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")
                .isEqualTo(first.get("Modified").asString());
        assertThat(first.get("Status").asInt()).isZero();
        assertThat(first.get("StatusDescription").asString()).isEqualTo("Delivered to gateway");
        assertThat(first.get("From").asString()).isEqualTo("ip1sms");
        assertThat(first.get("Message").asString()).isEqualTo("Your order has shipped.");
        assertThat(first.get("CountryCode").asString()).isEqualTo("SE");
        assertThat(sent.get(1).get("CountryCode").asString()).isEqualTo("US");
        assertThat(first.get("BundleID").asInt()).isEqualTo(sent.get(1).get("BundleID").asInt());
        assertThat(sms(numbers("+46701234567")).json().get(0).get("BundleID").isNull()).as("a single message has no bundle").isTrue();
    }

    @Test
    void aSentSmsIsReadBackWithItsDeliveryStatusMovingOn() {
        JsonNode sent = ok(sms(numbers("+46701234567"))).get(0);
        String path = "/api/sms/sent/" + sent.get("ID").asInt();

        JsonNode atGateway = ok(get(path, V1));
        ok(send("POST", "/_stub/deliveries/settle?until=NETWORK", null));
        JsonNode atNetwork = ok(get(path, V1));
        ok(send("POST", "/_stub/deliveries/settle", null));
        JsonNode atPhone = ok(get(path, V1));

        assertThat(atGateway).isEqualTo(sent);
        assertThat(atNetwork.get("Status").asInt()).isEqualTo(21);
        assertThat(atNetwork.get("StatusDescription").asString()).isEqualTo("Delivered to the GSM network");
        assertThat(atPhone.get("Status").asInt()).isEqualTo(22);
        assertThat(atPhone.get("StatusDescription").asString()).isEqualTo("Delivered to the phone");
        assertThat(get("/api/sms/sent", V1).json()).containsExactly(atPhone);
    }

    @Test
    void sentListsTheAccountsOutgoingMessagesOldestFirstNkiSendsIncluded() {
        assertThat(get("/api/sms/sent", V1).body()).isEqualTo("[]");
        JsonNode first = ok(sms(numbers("+46701234567"))).get(0);
        JsonNode nki = ok(json("POST", "/api/nkis/1/users/send", nki("How happy are you?", "+46701234568"), V1)).get(0);
        ok(sms(numbers("+46701234569"), V1_OTHER));
        JsonNode incoming = json("POST", "/_stub/ip1/incoming",
                "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+46701234567\",\"message\":\"Thanks!\"}").json();

        assertThat(get("/api/sms/sent", V1).json()).containsExactly(first, nki);
        assertThat(to(get("/api/sms/sent", V1_OTHER).json())).containsExactly("+46701234569");
        assertThat(get("/api/sms/sent/" + first.get("ID").asInt(), V1_OTHER).status()).isEqualTo(404);
        Answer notSent = get("/api/sms/sent/" + incoming.get("id").asInt(), V1);
        assertThat(notSent.status()).as("an incoming message was not sent").isEqualTo(404);
        assertThat(notSent.json().get("Message").asString()).isEqualTo("SMS " + incoming.get("id").asInt() + " was not found.");
        assertThat(get("/api/sms/sent/999", V1).status()).isEqualTo(404);
    }

    @Test
    void numbersContactsAndGroupsAreMergedInOrderAndDeduplicatedByPhone() {
        int anna = contact("Anna", "+46701234567");
        int erik = contact("Erik", "46701234568");
        int lisa = contact("Lisa", "+14155552671");
        int group = group(anna, lisa, erik);

        JsonNode sent = ok(sms("{\"Numbers\":[\"46701234568\",\"+46701234569\",\"+46701234568\"],\"Contacts\":[" + anna
                + "," + erik + "],\"Groups\":[" + group + "," + group + "],\"From\":\"ip1sms\",\"Message\":\"Hi\"}"));

        assertThat(to(sent)).as("each number as first given").containsExactly("46701234568", "+46701234569", "+46701234567", "+14155552671");
        assertThat(get("/_stub/messages").json()).hasSize(4);
    }

    @Test
    void parametersFillThePlaceholdersPerRecipient() {
        JsonNode sent = ok(sms("{\"Numbers\":[\"+46701234567\",\"+46701234568\",\"+46701234569\"],"
                + "\"Parameters\":{\"46701234567\":{\"title\":\"Ms\",\"lastName\":\"Svensson\"},"
                + "\"+46701234568\":{\"lastName\":\"Lind\"},\"default\":{\"lastName\":\"customer\"}},"
                + "\"From\":\"ip1sms\",\"Message\":\"Hello {title} {lastName}, {LastName} {order} {}\"}"));

        assertThat(texts(sent)).containsExactly(
                "Hello Ms Svensson, {LastName} {order} {}",
                "Hello  Lind, {LastName} {order} {}",
                "Hello  customer, {LastName} {order} {}");
        assertThat(sent.get(0).get("Message").asString()).as("recorded as sent")
                .isEqualTo(get("/api/sms/sent/" + sent.get(0).get("ID").asInt(), V1).json().get("Message").asString());
    }

    @Test
    void aMessageWrappedInCurlyColonsIsSentWithoutTheWrapper() {
        JsonNode sent = ok(sms("{\"Numbers\":[\"46701234567\",\"46769447696\"],\"From\":\"TestNOS\","
                + "\"Message\":\"{: Hello {title} {lastName}, how are you doing this fine day? :}\","
                + "\"Parameters\":{\"46701234567\":{\"title\":\"Sir\",\"lastName\":\"Newton\"},\"default\":{\"lastName\":\"Friend\"}}}"));

        assertThat(texts(sent)).containsExactly("Hello Sir Newton, how are you doing this fine day?",
                "Hello  Friend, how are you doing this fine day?");
    }

    @Test
    void blacklistedRecipientsAreLeftOutAndTheOthersSentTo() {
        ok(json("POST", "/api/blacklist", "{\"Phone\":\"+46701234568\"}", V1));
        int erik = contact("Erik", "+46701234568");

        JsonNode sent = ok(sms("{\"Numbers\":[\"+46701234567\",\"46701234568\"],\"Contacts\":[" + erik + "],"
                + "\"From\":\"ip1sms\",\"Message\":\"Hi\"}"));

        assertThat(to(sent)).containsExactly("+46701234567");
        assertThat(sent.get(0).get("BundleID").isNull()).isTrue();
        assertThat(to(ok(sms(numbers("+46701234568"), V1_OTHER)))).as("another account's blacklist")
                .containsExactly("+46701234568");
    }

    @Test
    void noRecipientLeftAfterTheBlacklistIs400AndSendsNothing() {
        int entry = ok(json("POST", "/api/blacklist", "{\"Phone\":\"+46701234567\"}", V1)).get("ID").asInt();

        Answer answer = sms(numbers("+46701234567"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("Message").asString())
                .isEqualTo("No recipients left to send to; every recipient is on the blacklist.");
        assertThat(answer.json().has("ModelState")).isFalse();
        assertThat(get("/_stub/messages").json()).isEmpty();
        ok(delete("/api/blacklist/" + entry, V1));
        assertThat(to(ok(sms(numbers("+46701234567"))))).as("once off the blacklist").containsExactly("+46701234567");
    }

    @Test
    void anEmptyGroupLeavesNoRecipient() {
        Answer answer = sms("{\"Groups\":[" + group() + "],\"From\":\"ip1sms\",\"Message\":\"Hi\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("Message").asString()).isEqualTo("No recipients left to send to; the groups have no contacts.");
        assertThat(get("/_stub/messages").json()).isEmpty();
    }

    @Test
    void invalidFieldsAreRefusedNamingEachAndNothingIsSent() {
        Answer answer = sms("{\"Numbers\":[\"+46701234567\",\"+4670\",null],\"Prio\":3,\"From\":\"Twelve chars\","
                + "\"Message\":\" \",\"Parameters\":{\"someone\":{\"name\":\"x\"}}}");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode modelState = answer.json().get("ModelState");
        assertThat(modelState.propertyNames()).containsExactly("message.From", "message.Message", "message.Numbers[1]",
                "message.Numbers[2]", "message.Prio");
        assertThat(modelState.get("message.Numbers[1]").get(0).asString())
                .isEqualTo("The field Numbers must be a valid phone number in E.164 format.");
        assertThat(modelState.get("message.Prio").get(0).asString()).isEqualTo("The field Prio must be at most 2.");
        assertThat(modelState.get("message.From").get(0).asString())
                .isEqualTo("The field From must be a sender name of up to 11 ASCII characters with a letter, or a phone number.");
        Answer parameters = sms("{\"Numbers\":[\"+46701234567\"],\"From\":\"+46701234500\",\"Message\":\"Hi\","
                + "\"Parameters\":{\"someone\":{\"name\":\"x\"}}}");
        assertThat(parameters.status()).isEqualTo(400);
        assertThat(parameters.json().get("ModelState").get("message.Parameters[someone]").get(0).asString())
                .isEqualTo("A key of Parameters must be a phone number or 'default'.");
        assertThat(get("/_stub/messages").json()).isEmpty();
    }

    @Test
    void aSendNeedsARecipientAndKnownContactsAndGroups() {
        int theirs = ok(json("POST", "/api/groups", "{\"Name\":\"Theirs\"}", V1_OTHER)).get("ID").asInt();

        Answer none = sms("{\"Numbers\":[],\"From\":\"ip1sms\",\"Message\":\"Hi\"}");
        Answer unknown = sms("{\"Contacts\":[998],\"Groups\":[" + group() + "," + theirs + "],\"From\":\"ip1sms\",\"Message\":\"Hi\"}");
        Answer wrongType = sms("{\"Contacts\":[\"Anna\"],\"From\":\"ip1sms\",\"Message\":\"Hi\"}");

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("ModelState").get("message").get(0).asString())
                .isEqualTo("At least one recipient is required in Numbers, Contacts or Groups.");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("ModelState").propertyNames()).containsExactly("message.Contacts[0]", "message.Groups[1]");
        assertThat(unknown.json().get("ModelState").get("message.Groups[1]").get(0).asString())
                .isEqualTo("Group " + theirs + " was not found.");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("ModelState").get("message.Contacts[0]").get(0).asString()).isEqualTo("Expected a number.");
        assertThat(get("/_stub/messages").json()).isEmpty();
    }

    @Test
    void v1SendsArePartOfTheV2Conversation() {
        ok(sms(numbers("+46701234567")));

        JsonNode conversation = ok(get("/v2/conversations/46701234567", V2));

        assertThat(conversation).hasSize(1);
        assertThat(conversation.get(0).get("body").asString()).isEqualTo("Your order has shipped.");
        assertThat(conversation.get(0).get("direction").asInt()).isZero();
        assertThat(get("/v2/conversations/46701234567", V2_OTHER).status()).isEqualTo(404);
    }
}
