package dev.smskit.stub.smsend;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactsGroupsTest extends SmsendHttpTest {

    @Test
    void createAnswers201WithAnEmptyBodyAndTheRelativeLocation() {
        HttpResponse<String> created = smsend.post("/group",
                "{\"name\":\"VIP customers\",\"description\":\"Turnover above 10k\"}", test);

        assertEmpty(created, 201);
        assertThat(created.headers().allValues("Location")).containsExactly("/group/1");
        assertThat(json(smsend.get("/groups", test).body())).isEqualTo(json("""
                {"groups":[{"id_group":"1","group_name":"VIP customers","group_description":"Turnover above 10k"}],
                 "pageNumber":1,"pageSize":5,"Total":1}"""));
    }

    @Test
    void theSeedsJavaSampleAcceptingJsonGetsTheSameAnswer() {
        HttpResponse<String> created = smsend.send("POST", "/group", "{\"name\":\"a\",\"description\":\"\"}",
                "user_key", test.userKey(), "Session_key", test.key(), "Accept", "application/json");

        assertEmpty(created, 201);
        assertThat(created.headers().firstValue("Location")).hasValue("/group/1");
    }

    @Test
    void groupsArePagedFivePerPageByDefault() {
        for (int i = 1; i <= 7; i++) {
            smsend.createGroup(test, "group " + i, "");
        }

        assertThat(json(smsend.get("/groups", test).body())).isEqualTo(json(page(1, 5, 7, 1, 2, 3, 4, 5)));
        assertThat(json(smsend.get("/groups?pageNumber=2", test).body())).isEqualTo(json(page(2, 5, 7, 6, 7)));
        assertThat(json(smsend.get("/groups?pageNumber=2&pageSize=3", test).body()))
                .isEqualTo(json(page(2, 3, 7, 4, 5, 6)));
        assertThat(json(smsend.get("/groups?pageNumber=4&pageSize=3", test).body())).isEqualTo(json(page(4, 3, 7)));
        HttpResponse<String> list = smsend.get("/groups", test);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    private static String page(int pageNumber, int pageSize, int total, int... ids) {
        StringBuilder groups = new StringBuilder();
        for (int id : ids) {
            groups.append(groups.isEmpty() ? "" : ",").append("""
                    {"id_group":"%d","group_name":"group %d","group_description":""}""".formatted(id, id));
        }
        return """
                {"groups":[%s],"pageNumber":%d,"pageSize":%d,"Total":%d}"""
                .formatted(groups, pageNumber, pageSize, total);
    }

    @Test
    void modifyAnswers200WithAnEmptyBodyAndTheLocation() {
        int id = smsend.createGroup(test, "old", "old description");

        HttpResponse<String> modified =
                smsend.put("/group/" + id, "{\"name\":\"new\",\"description\":\"new one\"}", test);

        assertEmpty(modified, 200);
        assertThat(modified.headers().allValues("Location")).containsExactly("/group/" + id);
        assertThat(json(smsend.get("/groups", test).body()).get("groups").get(0)).isEqualTo(json("""
                {"id_group":"1","group_name":"new","group_description":"new one"}"""));
    }

    @Test
    void deleteAnswers200WithAnEmptyBodyAndKeepsTheContactsByDefault() {
        int group = smsend.createGroup(test, "a", "");
        int other = smsend.createGroup(test, "b", "");
        int contact = smsend.createContact(test, "{\"phoneNumber\":\"+393471234567\",\"groupIds\":[\"1\",\"2\"]}");

        HttpResponse<String> deleted = smsend.delete("/group/" + group, test);

        assertEmpty(deleted, 200);
        assertThat(json(smsend.get("/groups", test).body()).get("Total").asInt()).isEqualTo(1);
        assertThat(json(smsend.get("/contact/" + contact, test).body()).get("groupIds"))
                .isEqualTo(json("[\"" + other + "\"]"));
        assertEmpty(smsend.delete("/group/" + other + "?deletecontacts=false", test), 200);
        assertThat(json(smsend.get("/contact/" + contact, test).body()).get("groupIds")).isEqualTo(json("[]"));
    }

    @Test
    void deleteWithDeletecontactsAlsoDeletesTheGroupsContacts() {
        int group = smsend.createGroup(test, "a", "");
        int other = smsend.createGroup(test, "b", "");
        int member = smsend.createContact(test, "{\"email\":\"in@example.com\",\"groupIds\":[\"1\",\"2\"]}");
        int outsider = smsend.createContact(test, "{\"email\":\"out@example.com\",\"groupIds\":[\"2\"]}");

        assertEmpty(smsend.delete("/group/" + group + "?deletecontacts=true", test), 200);

        assertError(smsend.get("/contact/" + member, test), 404, "The given contactid was not found");
        assertThat(smsend.get("/contact/" + outsider, test).statusCode()).isEqualTo(200);
        // the deleted contact is gone from its other groups too: it cannot be added back
        assertError(smsend.post("/group/" + other + "/contact/" + member, "", test), 400,
                "Invalid contact_id: " + member);
    }

    @Test
    void addingAndRemovingAContactAnswers200WithTheContactsLocation() {
        int group = smsend.createGroup(test, "a", "");
        int contact = smsend.createContact(test, "{\"email\":\"a@example.com\"}");

        HttpResponse<String> added = smsend.post("/group/" + group + "/contact/" + contact, "", test);
        assertEmpty(added, 200);
        assertThat(added.headers().allValues("Location")).containsExactly("/contact/" + contact);
        assertThat(json(smsend.get("/contact/" + contact, test).body()).get("groupIds")).isEqualTo(json("[\"1\"]"));

        // adding again changes nothing
        assertEmpty(smsend.send("POST", "/group/" + group + "/contact/" + contact, null, test.headers()), 200);
        assertThat(json(smsend.get("/contact/" + contact, test).body()).get("groupIds")).isEqualTo(json("[\"1\"]"));

        HttpResponse<String> removed = smsend.delete("/group/" + group + "/contact/" + contact, test);
        assertEmpty(removed, 200);
        assertThat(removed.headers().allValues("Location")).containsExactly("/contact/" + contact);
        assertThat(json(smsend.get("/contact/" + contact, test).body()).get("groupIds")).isEqualTo(json("[]"));
    }

    @Test
    void unknownGroupsAndContactsAre400() {
        int group = smsend.createGroup(test, "a", "");
        int contact = smsend.createContact(test, "{\"email\":\"a@example.com\"}");
        String body = "{\"name\":\"b\",\"description\":\"\"}";

        assertError(smsend.put("/group/9", body, test), 400, "Invalid group_id: 9");
        assertError(smsend.delete("/group/9", test), 400, "Invalid group_id: 9");
        assertError(smsend.delete("/group/0?deletecontacts=true", test), 400, "Invalid group_id: 0");
        assertError(smsend.post("/group/9/contact/" + contact, "", test), 400, "Invalid group_id: 9");
        assertError(smsend.post("/group/" + group + "/contact/9", "", test), 400, "Invalid contact_id: 9");
        assertError(smsend.delete("/group/9/contact/" + contact, test), 400, "Invalid group_id: 9");
        assertError(smsend.delete("/group/" + group + "/contact/9", test), 400, "Invalid contact_id: 9");
        assertError(smsend.put("/group/-1", body, test), 400, "Invalid group_id: -1");
    }

    @Test
    void eachUserSeesOnlyItsOwnGroupsAndContacts() {
        int mine = smsend.createGroup(test, "mine", "");
        int contact = smsend.createContact(test, "{\"email\":\"a@example.com\",\"groupIds\":[\"1\"]}");
        int theirs = smsend.createGroup(test2, "theirs", "");

        assertThat(json(smsend.get("/groups", test).body()).get("groups").findValuesAsString("group_name"))
                .containsExactly("mine");
        assertThat(json(smsend.get("/groups", test2).body()).get("groups").findValuesAsString("group_name"))
                .containsExactly("theirs");
        assertError(smsend.put("/group/" + mine, "{\"name\":\"x\",\"description\":\"\"}", test2), 400,
                "Invalid group_id: " + mine);
        assertError(smsend.delete("/group/" + mine, test2), 400, "Invalid group_id: " + mine);
        assertError(smsend.post("/group/" + theirs + "/contact/" + contact, "", test2), 400,
                "Invalid contact_id: " + contact);
        assertError(smsend.post("/group/" + theirs + "/contact/" + contact, "", test), 400,
                "Invalid group_id: " + theirs);
        assertError(smsend.get("/contact/" + contact, test2), 404, "The given contactid was not found");
        assertError(smsend.post("/contact", "{\"email\":\"b@example.com\",\"groupIds\":[\"" + mine + "\"]}", test2),
                400, "Invalid groupIds: no group " + mine);

        assertThat(json(smsend.get("/groups", test).body()).get("groups").get(0).get("group_name").asString())
                .isEqualTo("mine");
        assertThat(json(smsend.get("/contact/" + contact, test).body()).get("groupIds")).isEqualTo(json("[\"1\"]"));
    }
}
