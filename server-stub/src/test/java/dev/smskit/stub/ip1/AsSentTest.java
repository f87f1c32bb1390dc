package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * IP1 answers phone numbers as the client sent them: the official PHP SDK's recorded contact answers
 * carry {@code "Phone":"12025550134"}, IP1's REST-API.md a sent SMS {@code "To":"4610606060"}.
 * Numbers are still matched in E.164, whatever form each request used.
 */
class AsSentTest extends StubHttpTest {

    @Test
    void aV1ContactKeepsItsNumberAsSentAndIsFoundByEitherForm() {
        JsonNode contact = ok(json("POST", "/api/contacts", "{\"FirstName\":\"Jack\",\"Phone\":\"12025550134\"}", V1));

        assertThat(contact.get("Phone").asString()).isEqualTo("12025550134");
        assertThat(ok(get("/api/contacts/" + contact.get("ID").asInt(), V1)).get("Phone").asString()).isEqualTo("12025550134");
        assertThat(ok(get("/api/contacts?PhoneNumbers=%2B12025550134", V1))).containsExactly(contact);
    }

    @Test
    void aV1SmsToAContactIsSentToItsNumberAsStored() {
        int jack = ok(json("POST", "/api/contacts", "{\"FirstName\":\"Jack\",\"Phone\":\"12025550134\"}", V1)).get("ID").asInt();

        JsonNode sent = ok(json("POST", "/api/sms/send", "{\"Contacts\":[" + jack + "],\"Numbers\":[\"+12025550134\"],"
                + "\"From\":\"iP1\",\"Message\":\"Hi\"}", V1));

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("To").asString()).as("the number given first, once").isEqualTo("+12025550134");
    }

    @Test
    void aV2RecipientIsEchoedEvenWhereItsE164FormDrops0() {
        // Afghanistan: libphonenumber's E.164 form of 930771607760 drops the national 0 (+93771607760)
        Answer answer = json("POST", "/v2/batches", "{\"sender\":\"ip1sms\",\"recipients\":[\"930771607760\"],\"body\":\"Hi\"}",
                V2);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("recipients").get(0).asString()).isEqualTo("930771607760");
        JsonNode messages = ok(get("/v2/batches/" + answer.json().get("id").asString() + "/messages", V2));
        assertThat(messages.get(0).get("recipient").asString()).isEqualTo("930771607760");
        assertThat(ok(get("/v2/conversations/93771607760", V2))).as("the same participant").hasSize(1);
        assertThat(ok(get("/v2/conversations/930771607760", V2)).get(0).get("recipient").asString()).isEqualTo("930771607760");
    }

    @Test
    void aV2ParticipantThatIsNoValidNumberIsLookedUpNotRefused() {
        Answer answer = get("/v2/conversations/4679999912345", V2);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("title").asString()).isEqualTo("No messages to list");
    }
}
