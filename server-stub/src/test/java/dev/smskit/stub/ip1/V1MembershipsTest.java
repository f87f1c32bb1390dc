package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** IP1 V1 memberships over HTTP: {@code /api/memberships}, a group's contacts and its {@code ContactsCount}. */
class V1MembershipsTest extends StubHttpTest {

    private int customers;
    private int suppliers;
    private int anna;
    private int erik;

    @BeforeEach
    void addressBook() {
        customers = ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1)).get("ID").asInt();
        suppliers = ok(json("POST", "/api/groups", "{\"Name\":\"Suppliers\"}", V1)).get("ID").asInt();
        anna = ok(json("POST", "/api/contacts", "{\"FirstName\":\"Anna\",\"Phone\":\"+46701234567\"}", V1)).get("ID").asInt();
        erik = ok(json("POST", "/api/contacts", "{\"FirstName\":\"Erik\",\"Phone\":\"+46701234568\"}", V1)).get("ID").asInt();
    }

    private static String membership(int group, int contact) {
        return "{\"Group\":" + group + ",\"Contact\":" + contact + "}";
    }

    private int contactsCount(int group) {
        return get("/api/groups/" + group, V1).json().get("ContactsCount").asInt();
    }

    @Test
    void createAnswers200WithTheMembershipAndTheGroupCountsTheContact() {
        String modified = get("/api/groups/" + customers, V1).json().get("Modified").asString();

        Answer answer = json("POST", "/api/memberships", membership(customers, anna), V1);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode membership = answer.json();
        assertThat(membership.propertyNames()).containsExactly("ID", "OwnerID", "Created", "Group", "Contact");
        assertThat(membership.get("OwnerID").asString()).isEqualTo(ACCOUNT);
        assertThat(membership.get("Group").asInt()).isEqualTo(customers);
        assertThat(membership.get("Contact").asInt()).isEqualTo(anna);
        JsonNode group = get("/api/groups/" + customers, V1).json();
        assertThat(group.get("ContactsCount").asInt()).isEqualTo(1);
        assertThat(group.get("Modified").asString()).as("a membership does not modify the group").isEqualTo(modified);
        assertThat(get("/api/memberships", V1).json()).containsExactly(membership);
        assertThat(get("/api/groups/" + customers + "/memberships", V1).json()).containsExactly(membership);
        assertThat(get("/api/groups/" + customers + "/contacts", V1).json())
                .containsExactly(get("/api/contacts/" + anna, V1).json());
        assertThat(get("/api/groups/" + suppliers + "/contacts", V1).body()).isEqualTo("[]");
    }

    @Test
    void multipleCreatesEveryMembershipInOrder() {
        JsonNode created = ok(json("POST", "/api/memberships?multiple=1", "[" + membership(customers, erik) + ","
                + membership(customers, anna) + "," + membership(suppliers, anna) + "]", V1));

        assertThat(created.valueStream().map(m -> m.get("Group").asInt() + "/" + m.get("Contact").asInt()))
                .containsExactly(customers + "/" + erik, customers + "/" + anna, suppliers + "/" + anna);
        assertThat(contactsCount(customers)).isEqualTo(2);
        assertThat(contactsCount(suppliers)).isEqualTo(1);
        assertThat(get("/api/groups/" + customers + "/contacts", V1).json().valueStream()
                .map(contact -> contact.get("FirstName").asString())).as("in the order they joined").containsExactly("Erik", "Anna");
    }

    @Test
    void multipleIsAllOrNothingNamingEachRefusedMembership() {
        ok(json("POST", "/api/memberships", membership(suppliers, erik), V1));

        Answer answer = json("POST", "/api/memberships?multiple", "[" + membership(customers, anna) + ","
                + membership(999, anna) + "," + membership(customers, 998) + "," + membership(suppliers, erik) + ","
                + membership(customers, anna) + "]", V1);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode modelState = answer.json().get("ModelState");
        assertThat(modelState.propertyNames()).containsExactly("membership[1].Group", "membership[2].Contact",
                "membership[3]", "membership[4]");
        assertThat(modelState.get("membership[1].Group").get(0).asString()).isEqualTo("Group 999 was not found.");
        assertThat(modelState.get("membership[2].Contact").get(0).asString()).isEqualTo("Contact 998 was not found.");
        assertThat(modelState.get("membership[3]").get(0).asString())
                .isEqualTo("Contact " + erik + " is already a member of group " + suppliers + ".");
        assertThat(modelState.get("membership[4]").get(0).asString())
                .as("twice in one request").isEqualTo("Contact " + anna + " is already a member of group " + customers + ".");
        assertThat(get("/api/memberships", V1).json()).hasSize(1);
        assertThat(contactsCount(customers)).isZero();
    }

    @Test
    void aContactIsInAGroupAtMostOnce() {
        ok(json("POST", "/api/memberships", membership(customers, anna), V1));

        Answer again = json("POST", "/api/memberships", membership(customers, anna), V1);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("ModelState").get("membership").get(0).asString())
                .isEqualTo("Contact " + anna + " is already a member of group " + customers + ".");
        assertThat(contactsCount(customers)).isEqualTo(1);
    }

    @Test
    void anotherAccountsGroupsAndContactsCannotBeJoined() {
        Answer theirGroup = json("POST", "/api/memberships", membership(customers, anna), V1_OTHER);
        int theirContact = ok(json("POST", "/api/contacts", "{\"FirstName\":\"Theirs\",\"Phone\":\"+46701234569\"}",
                V1_OTHER)).get("ID").asInt();
        Answer mixed = json("POST", "/api/memberships", membership(customers, theirContact), V1);

        assertThat(theirGroup.status()).isEqualTo(400);
        assertThat(theirGroup.json().get("ModelState").propertyNames()).containsExactly("membership.Contact", "membership.Group");
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.json().get("ModelState").propertyNames()).containsExactly("membership.Contact");
        assertThat(get("/api/memberships", V1_OTHER).body()).isEqualTo("[]");
        assertThat(contactsCount(customers)).isZero();
    }

    @Test
    void invalidBodiesAreRefusedNamingTheField() {
        Answer missing = json("POST", "/api/memberships", "{\"Group\":" + customers + "}", V1);
        Answer wrongType = json("POST", "/api/memberships", "{\"Group\":\"Customers\",\"Contact\":" + anna + "}", V1);
        Answer array = json("POST", "/api/memberships", "[" + membership(customers, anna) + "]", V1);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("ModelState").get("membership.Contact").get(0).asString())
                .isEqualTo("The Contact field is required.");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("ModelState").get("membership.Group").get(0).asString()).isEqualTo("Expected a number.");
        assertThat(array.status()).isEqualTo(400);
        assertThat(get("/api/memberships", V1).body()).isEqualTo("[]");
    }

    @Test
    void deleteAnswersTheDeletedMembershipAndTheGroupCountsOneLess() {
        JsonNode membership = ok(json("POST", "/api/memberships", membership(customers, anna), V1));
        ok(json("POST", "/api/memberships", membership(customers, erik), V1));
        int id = membership.get("ID").asInt();

        Answer answer = delete("/api/memberships/" + id, V1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(membership);
        assertThat(contactsCount(customers)).isEqualTo(1);
        assertThat(get("/api/contacts/" + anna, V1).status()).as("the contact stays").isEqualTo(200);
        assertThat(get("/api/contacts/" + anna + "/groups", V1).body()).isEqualTo("[]");
        Answer again = delete("/api/memberships/" + id, V1);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("Message").asString()).isEqualTo("Membership " + id + " was not found.");
    }

    @Test
    void anotherAccountCannotDeleteAMembership() {
        int id = ok(json("POST", "/api/memberships", membership(customers, anna), V1)).get("ID").asInt();

        assertThat(delete("/api/memberships/" + id, V1_OTHER).status()).isEqualTo(404);
        assertThat(contactsCount(customers)).isEqualTo(1);
    }

    @Test
    void deletingAGroupDeletesItsMembershipsButNotItsContacts() {
        ok(json("POST", "/api/memberships?multiple", "[" + membership(customers, anna) + "," + membership(customers, erik)
                + "," + membership(suppliers, anna) + "]", V1));

        JsonNode deleted = ok(delete("/api/groups/" + customers, V1));

        assertThat(deleted.get("ContactsCount").asInt()).as("the group as it was").isEqualTo(2);
        assertThat(get("/api/memberships", V1).json().valueStream().map(m -> m.get("Group").asInt())).containsExactly(suppliers);
        assertThat(get("/api/contacts/" + erik + "/memberships", V1).body()).isEqualTo("[]");
        assertThat(get("/api/contacts/" + anna + "/groups", V1).json().get(0).get("ID").asInt()).isEqualTo(suppliers);
        assertThat(get("/api/contacts", V1).json()).hasSize(2);
        assertThat(get("/api/groups/" + customers + "/contacts", V1).status()).isEqualTo(404);
        assertThat(get("/api/groups/" + customers + "/memberships", V1).status()).isEqualTo(404);
    }

    @Test
    void unknownGroupsHaveNoContactsOrMemberships() {
        for (Answer answer : new Answer[] {get("/api/groups/999/contacts", V1), get("/api/groups/999/memberships", V1),
                get("/api/groups/" + customers + "/contacts", V1_OTHER)}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().get("Message").asString()).endsWith("was not found.");
        }
    }
}
