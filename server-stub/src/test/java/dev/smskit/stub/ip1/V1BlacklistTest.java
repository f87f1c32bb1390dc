package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** IP1 V1 blacklist over HTTP: {@code /api/blacklist}. */
class V1BlacklistTest extends StubHttpTest {

    @Test
    void addAnswers200WithTheEntry() {
        Answer answer = json("POST", "/api/blacklist", "{\"Phone\":\"46701234599\"}", V1);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode entry = answer.json();
        assertThat(entry.propertyNames()).containsExactly("ID", "Phone", "Created");
        assertThat(entry.get("Phone").asString()).as("as sent, without +").isEqualTo("46701234599");
        assertThat(get("/api/blacklist/" + entry.get("ID").asInt(), V1).json()).isEqualTo(entry);
        assertThat(get("/api/blacklist", V1).json()).containsExactly(entry);
    }

    @Test
    void multipleAddsEveryNumberInOrderOrNone() {
        ok(json("POST", "/api/blacklist", "{\"Phone\":\"+46701234590\"}", V1));

        JsonNode added = ok(json("POST", "/api/blacklist?multiple", "[{\"Phone\":\"+46701234599\"},{\"Phone\":\"+4915112345678\"}]", V1));
        Answer refused = json("POST", "/api/blacklist?multiple", "[{\"Phone\":\"+46701234591\"},{\"Phone\":\"46701234590\"},"
                + "{\"Phone\":\"+46701234591\"},{\"Phone\":\"123\"},{}]", V1);

        assertThat(added.valueStream().map(entry -> entry.get("Phone").asString())).containsExactly("+46701234599", "+4915112345678");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("ModelState").propertyNames()).containsExactly("entry[3].Phone", "entry[4].Phone");
        assertThat(get("/api/blacklist", V1).json()).hasSize(3);
        Answer duplicates = json("POST", "/api/blacklist?multiple", "[{\"Phone\":\"+46701234591\"},{\"Phone\":\"46701234590\"},"
                + "{\"Phone\":\"+46701234591\"}]", V1);
        assertThat(duplicates.status()).isEqualTo(400);
        assertThat(duplicates.json().get("ModelState").propertyNames()).containsExactly("entry[1].Phone", "entry[2].Phone");
        assertThat(duplicates.json().get("ModelState").get("entry[1].Phone").get(0).asString())
                .as("the number as this request sent it").isEqualTo("46701234590 is already on the blacklist.");
        assertThat(get("/api/blacklist", V1).json()).hasSize(3);
    }

    @Test
    void deleteAnswersTheDeletedEntryAndForgetsIt() {
        JsonNode entry = ok(json("POST", "/api/blacklist", "{\"Phone\":\"+46701234599\"}", V1));
        int id = entry.get("ID").asInt();

        Answer answer = delete("/api/blacklist/" + id, V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(entry);
        Answer gone = get("/api/blacklist/" + id, V1);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("Message").asString()).isEqualTo("Blacklist entry " + id + " was not found.");
        assertThat(get("/api/blacklist", V1).body()).isEqualTo("[]");
        assertThat(json("POST", "/api/blacklist", "{\"Phone\":\"+46701234599\"}", V1).status()).as("can be added again").isEqualTo(200);
    }

    @Test
    void eachAccountHasItsOwnBlacklist() {
        int id = ok(json("POST", "/api/blacklist", "{\"Phone\":\"+46701234599\"}", V1)).get("ID").asInt();

        assertThat(get("/api/blacklist", V1_OTHER).body()).isEqualTo("[]");
        assertThat(get("/api/blacklist/" + id, V1_OTHER).status()).isEqualTo(404);
        assertThat(delete("/api/blacklist/" + id, V1_OTHER).status()).isEqualTo(404);
        assertThat(json("POST", "/api/blacklist", "{\"Phone\":\"+46701234599\"}", V1_OTHER).status()).isEqualTo(200);
        assertThat(get("/api/blacklist", V1).json()).hasSize(1);
    }

    @Test
    void invalidEntriesAreRefused() {
        Answer invalid = json("POST", "/api/blacklist", "{\"Phone\":\"0701234599\"}", V1);
        Answer unknownField = json("POST", "/api/blacklist", "{\"Phone\":\"+46701234599\",\"Reason\":\"asked\"}", V1);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("ModelState").get("entry.Phone").get(0).asString())
                .isEqualTo("The field Phone must be a valid phone number in E.164 format.");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("ModelState").propertyNames()).containsExactly("entry.Reason");
        assertThat(get("/api/blacklist", V1).body()).isEqualTo("[]");
    }
}
