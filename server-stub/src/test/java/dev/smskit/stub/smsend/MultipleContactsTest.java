package dev.smskit.stub.smsend;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /contact with a {@code contacts} array: 200 with how many were saved, all or nothing. */
class MultipleContactsTest extends SmsendHttpTest {

    private HttpResponse<String> addContacts(String json) {
        return smsend.post("/contact", json, test);
    }

    private String contact(int id) {
        HttpResponse<String> contact = smsend.get("/contact/" + id, test);
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);
        return contact.body();
    }

    @Test
    void severalContactsAreSavedInOrderAndCountedIn200() {
        int vip = smsend.createGroup(test, "VIP", "");

        HttpResponse<String> added = addContacts("""
                {"contacts":[{"email":"mario.rossi@example.com","name":"Mario","groupIds":["%d"]},
                             {"phoneNumber":"+393478765432","birthdate":"1980-02-29 10:30"}]}""".formatted(vip));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(added.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(added.headers().firstValue("Location")).isEmpty();
        assertThat(json(added.body()).asInt()).isEqualTo(2);
        assertThat(json(contact(1))).isEqualTo(json("""
                {"id":"1","email":"mario.rossi@example.com","name":"Mario","groupIds":["1"]}"""));
        assertThat(json(contact(2))).isEqualTo(json("""
                {"id":"2","phoneNumber":"+393478765432","birthdate":"1980-02-29 10:30","groupIds":[]}"""));
    }

    @Test
    void oneContactStillAnswers201WithItsLocation() {
        HttpResponse<String> created = addContacts("{\"email\":\"a@example.com\"}");

        assertEmpty(created, 201);
        assertThat(created.headers().allValues("Location")).containsExactly("/contact/1");
    }

    @Test
    void byDefaultAClashingContactIsDroppedAndInsertedAgainWithTheNewGroupsOnly() {
        int vip = smsend.createGroup(test, "VIP", "");
        int news = smsend.createGroup(test, "Newsletter", "");
        smsend.createContact(test, """
                {"email":"Mario.Rossi@example.com","name":"Mario","city":"Milano","groupIds":["%d"]}""".formatted(vip));

        assertThat(json(addContacts("""
                {"contacts":[{"email":"mario.rossi@example.com","surname":"Rossi","groupIds":["%d"]}]}"""
                .formatted(news)).body()).asInt()).isEqualTo(1);

        assertError(smsend.get("/contact/1", test), 404, "The given contactid was not found");
        assertThat(json(contact(2))).isEqualTo(json("""
                {"id":"2","email":"mario.rossi@example.com","surname":"Rossi","groupIds":["%d"]}""".formatted(news)));
    }

    @Test
    void keepingGroupsTheInsertedContactIsAlsoInTheDroppedOnesGroups() {
        int vip = smsend.createGroup(test, "VIP", "");
        int news = smsend.createGroup(test, "Newsletter", "");
        smsend.createContact(test, "{\"phoneNumber\":\"+393471234567\",\"groupIds\":[\"%d\"]}".formatted(vip));

        addContacts("""
                {"contacts":[{"phoneNumber":"+393471234567","name":"Anna","groupIds":["%d"]}],
                 "keepExistingGroupsAndCampaigns":true}""".formatted(news));

        assertThat(json(contact(2))).isEqualTo(json("""
                {"id":"2","phoneNumber":"+393471234567","name":"Anna","groupIds":["%d","%d"]}""".formatted(vip, news)));
    }

    @Test
    void updatingAClashingContactKeepsItsIdAndTheFieldsNotSent() {
        int vip = smsend.createGroup(test, "VIP", "");
        int news = smsend.createGroup(test, "Newsletter", "");
        smsend.createContact(test, """
                {"email":"mario.rossi@example.com","name":"Mario","city":"Milano","groupIds":["%d"]}""".formatted(vip));
        smsend.createContact(test, "{\"phoneNumber\":\"+393478765432\",\"groupIds\":[\"%d\"]}".formatted(vip));

        assertThat(json(addContacts("""
                {"contacts":[{"email":"mario.rossi@example.com","city":"Roma","groupIds":["%d"]},
                             {"phoneNumber":"+393478765432","name":"Lucia","groupIds":["%d"]}],
                 "updateExistingContact":true}""".formatted(news, news)).body()).asInt()).isEqualTo(2);

        assertThat(json(contact(1))).isEqualTo(json("""
                {"id":"1","email":"mario.rossi@example.com","name":"Mario","city":"Roma","groupIds":["%d"]}"""
                .formatted(news)));
        assertThat(json(contact(2))).isEqualTo(json("""
                {"id":"2","phoneNumber":"+393478765432","name":"Lucia","groupIds":["%d"]}""".formatted(news)));
        assertError(smsend.get("/contact/3", test), 404, "The given contactid was not found");
    }

    @Test
    void updatingAndKeepingGroupsAddsTheNewGroups() {
        int vip = smsend.createGroup(test, "VIP", "");
        int news = smsend.createGroup(test, "Newsletter", "");
        smsend.createContact(test, "{\"phoneNumber\":\"+393471234567\",\"groupIds\":[\"%d\"]}".formatted(vip));

        addContacts("""
                {"contacts":[{"phoneNumber":"+393471234567","groupIds":["%d"]}],
                 "updateExistingContact":true,"keepExistingGroupsAndCampaigns":true}""".formatted(news));

        assertThat(json(contact(1)).get("groupIds")).isEqualTo(json("[\"%d\",\"%d\"]".formatted(vip, news)));
    }

    @Test
    void aLaterContactOfTheSameCallClashesWithAnEarlierOne() {
        assertThat(json(addContacts("""
                {"contacts":[{"email":"a@example.com","name":"First"},{"email":"A@example.com","name":"Second"}],
                 "updateExistingContact":true}""").body()).asInt()).isEqualTo(2);

        assertThat(json(contact(1)).get("name").asString()).isEqualTo("Second");
        assertError(smsend.get("/contact/2", test), 404, "The given contactid was not found");
    }

    @Test
    void aMalformedContactSavesNoneOfThem() {
        int vip = smsend.createGroup(test, "VIP", "");

        assertError(addContacts("""
                {"contacts":[{"email":"a@example.com","groupIds":["%d"]},{"name":"no email, no phone"}]}"""
                .formatted(vip)), 400, "Invalid contacts[1]: email or phoneNumber is required");
        assertError(addContacts("""
                {"contacts":[{"email":"a@example.com"},{"email":"b@example.com","groupIds":["%d","99"]}]}"""
                .formatted(vip)), 400, "Invalid contacts[1].groupIds: no group 99");

        assertError(smsend.get("/contact/1", test), 404, "The given contactid was not found");
        assertThat(smsend.createContact(test, "{\"email\":\"c@example.com\"}")).as("no id was used up").isEqualTo(1);
    }
}
