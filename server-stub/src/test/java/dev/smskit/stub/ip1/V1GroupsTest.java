package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** IP1 V1 contact groups over HTTP: {@code /api/groups}. */
class V1GroupsTest extends StubHttpTest {

    private JsonNode create(String body, String... auth) {
        Answer answer = json("POST", "/api/groups", body, auth);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void createAnswers200WithTheStoredGroup() {
        Answer answer = json("POST", "/api/groups", "{\"Name\":\"Customers\",\"Color\":\"#1e90ff\"}", V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode group = answer.json();
        assertThat(group.propertyNames()).as("the spec's order")
                .containsExactly("OwnerID", "ContactsCount", "Created", "Modified", "ID", "Name", "Color");
        assertThat(group.get("ID").isInt()).isTrue();
        assertThat(group.get("OwnerID").asString()).isEqualTo(ACCOUNT);
        assertThat(group.get("Name").asString()).isEqualTo("Customers");
        assertThat(group.get("Color").asString()).isEqualTo("#1e90ff");
        assertThat(group.get("ContactsCount").asInt()).isZero();
        assertThat(group.get("Created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")
                .isEqualTo(group.get("Modified").asString());
        assertThat(OffsetDateTime.parse(group.get("Created").asString())).isBeforeOrEqualTo(OffsetDateTime.now());

        Answer read = get("/api/groups/" + group.get("ID").asInt(), V1);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(group);
    }

    @Test
    void multipleTakesAnArrayAndAnswersTheCreatedGroupsInOrder() {
        Answer answer = json("POST", "/api/groups?multiple=true",
                "[{\"Name\":\"Customers\",\"Color\":\"#1e90ff\"},{\"Name\":\"Suppliers\"}]", V1);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode groups = answer.json();
        assertThat(groups.isArray()).isTrue();
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("Name").asString()).isEqualTo("Customers");
        assertThat(groups.get(1).get("Name").asString()).isEqualTo("Suppliers");
        assertThat(groups.get(1).get("Color").isNull()).as("unset fields are null").isTrue();
        assertThat(groups.get(0).get("ID").asInt()).isNotEqualTo(groups.get(1).get("ID").asInt());
        assertThat(get("/api/groups", V1).json()).hasSize(2);
    }

    @Test
    void multipleNeedsNoValue() {
        Answer answer = json("POST", "/api/groups?multiple", "[{\"Name\":\"Customers\"}]", V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get(0).get("Name").asString()).isEqualTo("Customers");
    }

    @Test
    void oneInvalidElementRefusesTheWholeArray() {
        Answer answer = json("POST", "/api/groups?multiple=true",
                "[{\"Name\":\"Customers\"},{\"Color\":\"red\"},{\"Name\":\"Suppliers\",\"Colour\":\"#ffffff\"}]", V1);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode body = answer.json();
        assertThat(body.get("Message").asString()).isEqualTo("The request is invalid.");
        JsonNode modelState = body.get("ModelState");
        assertThat(modelState.propertyNames()).containsExactly("group[1].Color", "group[1].Name", "group[2].Colour");
        assertThat(modelState.get("group[1].Name").get(0).asString()).isEqualTo("The Name field is required.");
        assertThat(modelState.get("group[1].Color").get(0).asString())
                .isEqualTo("The field Color must match the regular expression '^#([A-Fa-f0-9]{6})$'.");
        assertThat(get("/api/groups", V1).json()).isEmpty();
    }

    @Test
    void anArrayNeedsMultipleAndMultipleNeedsAnArray() {
        Answer array = json("POST", "/api/groups", "[{\"Name\":\"Customers\"}]", V1);
        Answer object = json("POST", "/api/groups?multiple=true", "{\"Name\":\"Customers\"}", V1);

        assertThat(array.status()).isEqualTo(400);
        assertThat(array.json().get("ModelState").has("group")).isTrue();
        assertThat(object.status()).isEqualTo(400);
        assertThat(object.json().get("ModelState").has("group")).isTrue();
        assertThat(get("/api/groups", V1).json()).isEmpty();
    }

    @Test
    void createRefusesMissingBlankAndMalformedFieldsNamingEach() {
        Answer missing = json("POST", "/api/groups", "{\"Color\":\"#12345\"}", V1);
        Answer blank = json("POST", "/api/groups", "{\"Name\":\"  \"}", V1);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("ModelState").propertyNames()).containsExactly("group.Color", "group.Name");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("ModelState").get("group.Name").get(0).asString())
                .isEqualTo("The Name field is required.");
        assertThat(get("/api/groups", V1).json()).isEmpty();
    }

    @Test
    void listAnswersTheAccountsOwnGroupsOldestFirst() {
        create("{\"Name\":\"First\"}", V1);
        create("{\"Name\":\"Theirs\"}", V1_OTHER);
        create("{\"Name\":\"Second\"}", V1);

        JsonNode mine = get("/api/groups", V1).json();
        JsonNode theirs = get("/api/groups", V1_OTHER).json();

        assertThat(mine.valueStream().map(group -> group.get("Name").asString())).containsExactly("First", "Second");
        assertThat(mine.valueStream().map(group -> group.get("OwnerID").asString())).containsOnly(ACCOUNT);
        assertThat(theirs.valueStream().map(group -> group.get("Name").asString())).containsExactly("Theirs");
    }

    @Test
    void anEmptyListIsAnEmptyArray() {
        Answer answer = get("/api/groups", V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("[]");
    }

    @Test
    void unknownGroupIs404InV1Shape() {
        for (Answer answer : new Answer[] {
                get("/api/groups/999", V1),
                json("PUT", "/api/groups/999", "{\"ID\":999,\"Name\":\"x\"}", V1),
                delete("/api/groups/999", V1)}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.json().get("Message").asString()).isEqualTo("Group 999 was not found.");
            assertThat(answer.json().has("ModelState")).isFalse();
        }
    }

    @Test
    void anotherAccountsGroupIsInvisibleAndUntouchable() {
        JsonNode group = create("{\"Name\":\"Mine\",\"Color\":\"#000000\"}", V1);
        int id = group.get("ID").asInt();

        assertThat(get("/api/groups/" + id, V1_OTHER).status()).isEqualTo(404);
        assertThat(json("PUT", "/api/groups/" + id, "{\"ID\":" + id + ",\"Name\":\"Stolen\"}", V1_OTHER).status())
                .isEqualTo(404);
        assertThat(delete("/api/groups/" + id, V1_OTHER).status()).isEqualTo(404);
        assertThat(get("/api/groups/" + id, V1).json()).isEqualTo(group);
    }

    @Test
    void putReplacesTheGroupEntirelyMovingModifiedButNotCreated() {
        JsonNode created = create("{\"Name\":\"Customers\",\"Color\":\"#1e90ff\"}", V1);
        int id = created.get("ID").asInt();

        Answer answer = json("PUT", "/api/groups/" + id, "{\"ID\":" + id + ",\"Name\":\"Key customers\"}", V1);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode replaced = answer.json();
        assertThat(replaced.get("Name").asString()).isEqualTo("Key customers");
        assertThat(replaced.get("Color").isNull()).as("an omitted Color is cleared").isTrue();
        assertThat(replaced.get("Created")).isEqualTo(created.get("Created"));
        assertThat(OffsetDateTime.parse(replaced.get("Modified").asString()))
                .isAfter(OffsetDateTime.parse(created.get("Modified").asString()));
        assertThat(get("/api/groups/" + id, V1).json()).isEqualTo(replaced);
    }

    @Test
    void putIgnoresTheReadOnlyFieldsOlderClientsSendBack() {
        JsonNode created = create("{\"Name\":\"Customers\"}", V1);
        int id = created.get("ID").asInt();

        Answer answer = json("PUT", "/api/groups/" + id, "{\"ID\":" + id + ",\"Name\":\"Renamed\",\"Color\":\"#228b22\","
                + "\"OwnerID\":\"ip1-99999\",\"Created\":\"2001-01-01T00:00:00Z\",\"Updated\":\"2001-01-01T00:00:00Z\"}", V1);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("OwnerID").asString()).isEqualTo(ACCOUNT);
        assertThat(answer.json().get("Created")).isEqualTo(created.get("Created"));
        assertThat(answer.json().get("Color").asString()).isEqualTo("#228b22");
    }

    @Test
    void putRefusesAnIdOtherThanTheUrlsAndInvalidFields() {
        int id = create("{\"Name\":\"Customers\"}", V1).get("ID").asInt();

        Answer otherId = json("PUT", "/api/groups/" + id, "{\"ID\":" + (id + 1) + ",\"Name\":\"x\"}", V1);
        Answer invalid = json("PUT", "/api/groups/" + id, "{\"Color\":\"#zzzzzz\"}", V1);

        assertThat(otherId.status()).isEqualTo(400);
        assertThat(otherId.json().get("ModelState").propertyNames()).containsExactly("group.ID");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("ModelState").propertyNames()).containsExactly("group.Color", "group.ID", "group.Name");
        assertThat(get("/api/groups/" + id, V1).json().get("Name").asString()).isEqualTo("Customers");
    }

    @Test
    void deleteAnswersTheDeletedGroupAndForgetsIt() {
        JsonNode created = create("{\"Name\":\"Customers\"}", V1);
        int id = created.get("ID").asInt();

        Answer answer = delete("/api/groups/" + id, V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(created);
        assertThat(get("/api/groups/" + id, V1).status()).isEqualTo(404);
        assertThat(get("/api/groups", V1).json()).isEmpty();
    }

    @Test
    void aGroupIdMustBeANumber() {
        Answer answer = get("/api/groups/abc", V1);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("ModelState").get("group").get(0).asString())
                .isEqualTo("The value 'abc' is not valid for group.");
    }
}
