package dev.smskit.stub.smsend;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactsTest extends SmsendHttpTest {

    @Test
    void addAnswers201WithAnEmptyBodyAndTheLocationThenTheContactReadsBack() {
        int group = smsend.createGroup(test, "VIP", "");

        HttpResponse<String> created = smsend.post("/contact", """
                {"email":"mario.rossi@example.com","phoneNumber":"+393471234567","name":"Mario","surname":"Rossi",
                 "gender":"m","city":"Milano","birthdate":"1980-02-29 10:30","custom3":"c3","groupIds":["%d"]}"""
                .formatted(group), test);

        assertEmpty(created, 201);
        assertThat(created.headers().allValues("Location")).containsExactly("/contact/1");
        HttpResponse<String> read = smsend.get("/contact/1", test);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValue("application/json");
        // ids as strings, and only the fields the contact has
        assertThat(json(read.body())).isEqualTo(json("""
                {"id":"1","email":"mario.rossi@example.com","phoneNumber":"+393471234567","name":"Mario",
                 "surname":"Rossi","gender":"m","city":"Milano","birthdate":"1980-02-29 10:30","custom3":"c3",
                 "groupIds":["1"]}"""));
    }

    @Test
    void anEmailOrAPhoneNumberIsEnough() {
        assertThat(smsend.createContact(test, "{\"email\":\"a@example.com\"}")).isEqualTo(1);
        assertThat(smsend.createContact(test, "{\"phoneNumber\":\"+393471234567\"}")).isEqualTo(2);
        assertThat(json(smsend.get("/contact/2", test).body()))
                .isEqualTo(json("{\"id\":\"2\",\"phoneNumber\":\"+393471234567\",\"groupIds\":[]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ddMMyy | 290280", "yyyyMMdd | 19800229", "ddMMyyHHmm | 2902801030",
            "yyyyMMddHHmmss | 19800229103059", "yyyy-MM-dd HH:mm | 1980-02-29 10:30",
            "yyyy-MM-dd HH:mm.0 | 1980-02-29 10:30.0"})
    void datesComeInSmsendsSixFormats(String format, String date) {
        int id = smsend.createContact(test, "{\"email\":\"a@example.com\",\"promotiondate\":\"" + date + "\"}");

        assertThat(json(smsend.get("/contact/" + id, test).body()).get("promotiondate").asString()).isEqualTo(date);
    }

    @Test
    void anUnknownContactIs404AndAnInvalidIdIs400() {
        assertError(smsend.get("/contact/7", test), 404, "The given contactid was not found");
        assertError(smsend.get("/contact/abc", test), 400, "Invalid contactid: abc");
        assertError(smsend.get("/contact/99999999999", test), 400, "Invalid contactid: 99999999999");
    }
}
