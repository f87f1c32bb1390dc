package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** IP1 V1 contacts over HTTP: {@code /api/contacts}. */
class V1ContactsTest extends StubHttpTest {

    private static final String ANNA = "{\"Title\":\"Head of purchasing\",\"Notes\":\"Prefers SMS before 10:00\","
            + "\"Organization\":\"Svensson Bygg AB\",\"FirstName\":\"Anna\",\"LastName\":\"Svensson\","
            + "\"Phone\":\"46701234567\",\"Email\":\"anna.svensson@example.com\"}";

    private JsonNode create(String body, String... auth) {
        return ok(json("POST", "/api/contacts", body, auth));
    }

    private static String contact(String firstName, String phone) {
        return "{\"FirstName\":\"" + firstName + "\",\"Phone\":\"" + phone + "\"}";
    }

    private static int id(JsonNode node) {
        return node.get("ID").asInt();
    }

    @Test
    void createAnswers200WithTheStoredContactInTheSpecsOrder() {
        Answer answer = json("POST", "/api/contacts", ANNA, V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode contact = answer.json();
        assertThat(contact.propertyNames()).containsExactly("OwnerID", "Created", "Modified", "ID", "Title", "Notes",
                "Organization", "FirstName", "LastName", "Phone", "Email");
        assertThat(contact.get("OwnerID").asString()).isEqualTo(ACCOUNT);
        assertThat(contact.get("Phone").asString()).as("as sent, without +").isEqualTo("46701234567");
        assertThat(contact.get("Email").asString()).isEqualTo("anna.svensson@example.com");
        assertThat(contact.get("Created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")
                .isEqualTo(contact.get("Modified").asString());
        assertThat(get("/api/contacts/" + id(contact), V1).json()).isEqualTo(contact);
    }

    @Test
    void unsetFieldsAreNull() {
        JsonNode contact = create(contact("Erik", "+46701234568"), V1);

        assertThat(contact.propertyNames()).containsExactly("OwnerID", "Created", "Modified", "ID", "Title", "Notes",
                "Organization", "FirstName", "LastName", "Phone", "Email");
        assertThat(List.of("Title", "Notes", "Organization", "LastName", "Email")).allSatisfy(unset ->
                assertThat(contact.get(unset).isNull()).as(unset).isTrue());
    }

    @Test
    void multipleTakesAnArrayAndAnswersTheCreatedContactsInOrder() {
        JsonNode created = ok(json("POST", "/api/contacts?multiple=true",
                "[" + contact("Anna", "+46701234567") + "," + contact("Erik", "+46701234568") + "]", V1));

        assertThat(created.isArray()).isTrue();
        assertThat(created.valueStream().map(contact -> contact.get("FirstName").asString())).containsExactly("Anna", "Erik");
        assertThat(id(created.get(1))).isGreaterThan(id(created.get(0)));
        assertThat(get("/api/contacts", V1).json()).isEqualTo(created);
    }

    @Test
    void oneInvalidContactRefusesTheWholeArrayNamingEachField() {
        Answer answer = json("POST", "/api/contacts?multiple", "[" + contact("Anna", "+46701234567") + ","
                + "{\"FirstName\":\" \",\"Phone\":\"+46 70 123 45 67\"}," + "{\"Phone\":\"+46701234569\",\"Colour\":\"red\","
                + "\"Email\":\"" + "e".repeat(51) + "\"}, 17]", V1);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("Message").asString()).isEqualTo("The request is invalid.");
        JsonNode modelState = answer.json().get("ModelState");
        assertThat(modelState.propertyNames()).containsExactly("contact[1].FirstName", "contact[1].Phone",
                "contact[2].Colour", "contact[3]");
        assertThat(modelState.get("contact[1].FirstName").get(0).asString()).isEqualTo("The FirstName field is required.");
        assertThat(modelState.get("contact[1].Phone").get(0).asString())
                .isEqualTo("The field Phone must be a valid phone number in E.164 format.");
        assertThat(modelState.get("contact[2].Colour").get(0).asString()).isEqualTo("Unknown field.");
        assertThat(get("/api/contacts", V1).json()).isEmpty();
    }

    @Test
    void createRefusesMissingAndOverlongFieldsNamingEach() {
        Answer answer = json("POST", "/api/contacts", "{\"LastName\":\"" + "x".repeat(101) + "\",\"Email\":\""
                + "e".repeat(51) + "\"}", V1);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode modelState = answer.json().get("ModelState");
        assertThat(modelState.propertyNames()).containsExactly("contact.Email", "contact.FirstName", "contact.LastName",
                "contact.Phone");
        assertThat(modelState.get("contact.LastName").get(0).asString())
                .isEqualTo("The field LastName must be a string with a maximum length of 100.");
        assertThat(modelState.get("contact.Phone").get(0).asString()).isEqualTo("The Phone field is required.");
        assertThat(get("/api/contacts", V1).json()).isEmpty();
    }

    @Test
    void anArrayNeedsMultipleAndMultipleNeedsAnArray() {
        Answer array = json("POST", "/api/contacts", "[" + contact("Anna", "+46701234567") + "]", V1);
        Answer object = json("POST", "/api/contacts?multiple", contact("Anna", "+46701234567"), V1);

        assertThat(array.status()).isEqualTo(400);
        assertThat(array.json().get("ModelState").get("contact").get(0).asString())
                .isEqualTo("The body must be one contact; add the multiple query parameter to send an array.");
        assertThat(object.status()).isEqualTo(400);
        assertThat(get("/api/contacts", V1).json()).isEmpty();
    }

    @Test
    void phoneNumbersFiltersTheListInTheRepeatedAndTheIndexedForm() {
        int anna = id(create(contact("Anna", "+46701234567"), V1));
        int erik = id(create(contact("Erik", "+46701234568"), V1));
        int lisa = id(create(contact("Lisa", "+14155552671"), V1));
        int annaAgain = id(create(contact("Anna (work)", "46701234567"), V1));

        assertThat(ids(get("/api/contacts?PhoneNumbers=%2B46701234567&PhoneNumbers=14155552671", V1)))
                .containsExactly(anna, lisa, annaAgain);
        assertThat(ids(get("/api/contacts?PhoneNumbers[0]=%2B46701234568&PhoneNumbers[1]=%2B14155552671", V1)))
                .containsExactly(erik, lisa);
        assertThat(ids(get("/api/contacts?phonenumbers=+46701234568", V1))).as("an unencoded + and any case")
                .containsExactly(erik);
        assertThat(ids(get("/api/contacts?PhoneNumbers=%2B46701234599", V1))).isEmpty();
        assertThat(ids(get("/api/contacts", V1))).containsExactly(anna, erik, lisa, annaAgain);
    }

    @Test
    void anInvalidPhoneNumberFilterIs400() {
        Answer answer = get("/api/contacts?PhoneNumbers=%2B46701234567&PhoneNumbers=abc", V1);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("ModelState").get("PhoneNumbers[1]").get(0).asString())
                .isEqualTo("The value 'abc' is not a valid phone number in E.164 format.");
    }

    private static java.util.List<Integer> ids(Answer answer) {
        return ok(answer).valueStream().map(V1ContactsTest::id).toList();
    }

    @Test
    void eachAccountSeesAndChangesOnlyItsOwnContacts() {
        JsonNode mine = create(contact("Anna", "+46701234567"), V1);
        create(contact("Theirs", "+46701234567"), V1_OTHER);
        int id = id(mine);

        assertThat(get("/api/contacts", V1).json()).containsExactly(mine);
        assertThat(get("/api/contacts?PhoneNumbers=%2B46701234567", V1_OTHER).json().get(0).get("FirstName").asString())
                .isEqualTo("Theirs");
        assertThat(get("/api/contacts/" + id, V1_OTHER).status()).isEqualTo(404);
        assertThat(json("PUT", "/api/contacts/" + id, "{\"ID\":" + id + ",\"FirstName\":\"x\",\"Phone\":\"+46701234567\"}",
                V1_OTHER).status()).isEqualTo(404);
        assertThat(delete("/api/contacts/" + id, V1_OTHER).status()).isEqualTo(404);
        assertThat(get("/api/contacts/" + id + "/groups", V1_OTHER).status()).isEqualTo(404);
        assertThat(get("/api/contacts/" + id, V1).json()).isEqualTo(mine);
    }

    @Test
    void putReplacesTheContactEntirelyMovingModifiedButNotCreated() {
        JsonNode created = create(ANNA, V1);
        int id = id(created);

        JsonNode replaced = ok(json("PUT", "/api/contacts/" + id, "{\"ID\":" + id + ",\"FirstName\":\"Anna\","
                + "\"LastName\":\"Svensson-Berg\",\"Phone\":\"+46701234567\",\"OwnerID\":\"ip1-99999\","
                + "\"Created\":\"2001-01-01T00:00:00Z\",\"Modified\":\"2001-01-01T00:00:00Z\"}", V1));

        assertThat(replaced.get("LastName").asString()).isEqualTo("Svensson-Berg");
        assertThat(replaced.get("Email").isNull()).as("omitted fields are cleared").isTrue();
        assertThat(replaced.get("Title").isNull()).isTrue();
        assertThat(replaced.get("OwnerID").asString()).isEqualTo(ACCOUNT);
        assertThat(replaced.get("Created")).isEqualTo(created.get("Created"));
        assertThat(OffsetDateTime.parse(replaced.get("Modified").asString()))
                .isAfter(OffsetDateTime.parse(created.get("Modified").asString()));
        assertThat(get("/api/contacts/" + id, V1).json()).isEqualTo(replaced);
    }

    @Test
    void putRefusesAnIdOtherThanTheUrlsAndInvalidFieldsChangingNothing() {
        JsonNode created = create(ANNA, V1);
        int id = id(created);

        Answer otherId = json("PUT", "/api/contacts/" + id, "{\"ID\":" + (id + 1) + ",\"FirstName\":\"x\",\"Phone\":\"+46701234567\"}", V1);
        Answer invalid = json("PUT", "/api/contacts/" + id, "{\"ID\":" + id + ",\"FirstName\":\"\",\"Phone\":\"12\"}", V1);

        assertThat(otherId.status()).isEqualTo(400);
        assertThat(otherId.json().get("ModelState").propertyNames()).containsExactly("contact.ID");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("ModelState").propertyNames()).containsExactly("contact.FirstName", "contact.Phone");
        assertThat(get("/api/contacts/" + id, V1).json()).isEqualTo(created);
    }

    @Test
    void deleteAnswersTheDeletedContactAndRemovesItsMemberships() {
        JsonNode contact = create(ANNA, V1);
        int id = id(contact);
        int stays = id(create(contact("Erik", "+46701234568"), V1));
        int group = ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1)).get("ID").asInt();
        ok(json("POST", "/api/memberships?multiple", "[{\"Group\":" + group + ",\"Contact\":" + id + "},{\"Group\":"
                + group + ",\"Contact\":" + stays + "}]", V1));

        Answer answer = delete("/api/contacts/" + id, V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(contact);
        assertThat(get("/api/contacts/" + id, V1).status()).isEqualTo(404);
        assertThat(get("/api/contacts/" + id + "/memberships", V1).status()).isEqualTo(404);
        assertThat(get("/api/groups/" + group, V1).json().get("ContactsCount").asInt()).isEqualTo(1);
        assertThat(ids(get("/api/groups/" + group + "/contacts", V1))).containsExactly(stays);
        assertThat(get("/api/memberships", V1).json().valueStream().map(m -> m.get("Contact").asInt())).containsExactly(stays);
    }

    @Test
    void aContactsGroupsAndMembershipsInTheOrderItJoined() {
        int id = id(create(ANNA, V1));
        int first = ok(json("POST", "/api/groups", "{\"Name\":\"First\"}", V1)).get("ID").asInt();
        int second = ok(json("POST", "/api/groups", "{\"Name\":\"Second\",\"Color\":\"#ff8c00\"}", V1)).get("ID").asInt();
        ok(json("POST", "/api/groups", "{\"Name\":\"Not joined\"}", V1));
        JsonNode joinedSecond = ok(json("POST", "/api/memberships", "{\"Group\":" + second + ",\"Contact\":" + id + "}", V1));
        JsonNode joinedFirst = ok(json("POST", "/api/memberships", "{\"Group\":" + first + ",\"Contact\":" + id + "}", V1));

        JsonNode groups = ok(get("/api/contacts/" + id + "/groups", V1));
        JsonNode memberships = ok(get("/api/contacts/" + id + "/memberships", V1));

        assertThat(groups.valueStream().map(group -> group.get("Name").asString())).containsExactly("Second", "First");
        assertThat(groups.get(0)).isEqualTo(get("/api/groups/" + second, V1).json());
        assertThat(memberships).containsExactly(joinedSecond, joinedFirst);
    }

    @Test
    void aContactWithoutGroupsHasEmptyLists() {
        int id = id(create(ANNA, V1));

        assertThat(get("/api/contacts/" + id + "/groups", V1).body()).isEqualTo("[]");
        assertThat(get("/api/contacts/" + id + "/memberships", V1).body()).isEqualTo("[]");
    }

    @Test
    void unknownContactIs404InV1Shape() {
        for (Answer answer : new Answer[] {
                get("/api/contacts/999", V1),
                json("PUT", "/api/contacts/999", "{\"ID\":999,\"FirstName\":\"x\",\"Phone\":\"+46701234567\"}", V1),
                delete("/api/contacts/999", V1),
                get("/api/contacts/999/groups", V1),
                get("/api/contacts/999/memberships", V1)}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.json().get("Message").asString()).isEqualTo("Contact 999 was not found.");
        }
    }

    @Test
    void anEmptyListIsAnEmptyArrayAndNeedsCredentials() {
        assertThat(get("/api/contacts", V1).body()).isEqualTo("[]");
        Answer anonymous = get("/api/contacts");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("Message").asString()).isEqualTo("Authorization has been denied for this request.");
    }
}
