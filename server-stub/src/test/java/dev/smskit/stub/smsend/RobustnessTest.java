package dev.smskit.stub.smsend;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every bad request is a 400 with a short text/plain message, never a 500 or HTML, and changes nothing. */
class RobustnessTest extends SmsendHttpTest {

    private static final String JSON = "application/json";
    private static final String GROUP = "{'name':'VIP','description':'d'}";

    private String stateBefore;

    @BeforeEach
    void oneGroupWithOneContact() {
        smsend.createGroup(test, "VIP", "d");
        smsend.createContact(test, "{\"email\":\"a@example.com\",\"groupIds\":[\"1\"]}");
        stateBefore = state();
    }

    private String state() {
        return smsend.get("/groups?pageSize=100", test).body() + smsend.get("/contact/1", test).body();
    }

    // bodies are written with ' for " to keep them readable
    static Stream<Arguments> badRequests() {
        String unsupported = "Unsupported Content-Type: %s (application/json expected)";
        return Stream.of(
                bad("POST", "/group", JSON, "{'name':", "Malformed JSON body"),
                bad("POST", "/group", JSON, "{name:'a',description:'d'}", "Malformed JSON body"),
                bad("POST", "/group", JSON, "[]", "Invalid body: a JSON object is expected"),
                bad("POST", "/group", JSON, "'VIP'", "Invalid body: a JSON object is expected"),
                bad("POST", "/group", JSON, "", "Missing request body"),
                bad("POST", "/group", JSON, "{'name':['a'],'description':'d'}", "Invalid name: wrong type or value"),
                bad("POST", "/group", JSON, "{'name':{},'description':'d'}", "Invalid name: wrong type or value"),
                bad("POST", "/group", JSON, "{'name':'a'}", "Invalid description: must not be null"),
                bad("POST", "/group", JSON, "{}",
                        "Invalid description: must not be null; Invalid name: must not be null"),
                bad("POST", "/group", JSON, "{'name':'','description':'d'}", "Invalid name: must not be empty"),
                bad("POST", "/group", JSON, "{'name':'  ','description':'d'}", "Invalid group name: must not be blank"),
                bad("POST", "/group", JSON, "{'name':'a','description':'d','color':'red'}", "Unknown field: color"),
                bad("POST", "/group", "text/plain", GROUP, unsupported.formatted("text/plain")),
                bad("POST", "/group", "application/xml", "<group/>", unsupported.formatted("application/xml")),
                bad("POST", "/group", null, GROUP, "Missing Content-Type (application/json expected)"),
                bad("PUT", "/group/1", JSON, "{'name':'','description':'changed'}", "Invalid name: must not be empty"),
                bad("PUT", "/group/1", JSON, "{'name':'changed','description':'d','x':1}", "Unknown field: x"),
                bad("PUT", "/group/1", "text/plain", GROUP, unsupported.formatted("text/plain")),
                bad("PUT", "/group/abc", JSON, GROUP, "Invalid group_id: abc"),
                bad("PUT", "/group/99999999999", JSON, GROUP, "Invalid group_id: 99999999999"),
                bad("PUT", "/group/1.5", JSON, GROUP, "Invalid group_id: 1.5"),
                bad("DELETE", "/group/abc", null, null, "Invalid group_id: abc"),
                bad("DELETE", "/group/1?deletecontacts=yes", null, null, "Invalid deletecontacts: yes (true or false)"),
                bad("DELETE", "/group/1?deletecontacts=TRUE", null, null,
                        "Invalid deletecontacts: TRUE (true or false)"),
                bad("POST", "/group/1/contact/x", null, null, "Invalid contact_id: x"),
                bad("DELETE", "/group/x/contact/1", null, null, "Invalid group_id: x"),
                bad("GET", "/groups?pageNumber=0", null, null, "Invalid pageNumber: 0"),
                bad("GET", "/groups?pageSize=-1", null, null, "Invalid pageSize: -1"),
                bad("GET", "/groups?pageSize=five", null, null, "Invalid pageSize: five"),
                // an empty number is no number, not the default
                bad("GET", "/groups?pageSize=", null, null, "Invalid pageSize: "),
                bad("GET", "/groups?pageNumber=&pageSize=3", null, null, "Invalid pageNumber: "),
                bad("GET", "/groups?pageSize=%FF%FE", null, null,
                        "Invalid query string: its percent-encoded bytes are not UTF-8 text"),
                bad("DELETE", "/group/1?deletecontacts=%ED%A0%80false", null, null,
                        "Invalid query string: its percent-encoded bytes are not UTF-8 text"),
                // Tomcat refuses such a path before any API code runs; the stub words its 400
                bad("DELETE", "/group/1%C0%AF", null, null, "The request cannot be answered: Bad Request."),
                bad("POST", "/contact", JSON, "{'name':'Mario'}", "Invalid contact: email or phoneNumber is required"),
                bad("POST", "/contact", JSON, "{'phoneNumber':''}", "Invalid phoneNumber: must not be empty"),
                bad("POST", "/contact", JSON, "{'email':'not an email'}",
                        "Invalid email: must be a well-formed email address"),
                bad("POST", "/contact", JSON, "{'email':'','phoneNumber':'1'}", "Invalid email: must not be blank"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','name':'" + "x".repeat(41) + "'}",
                        "Invalid name: must be at most 40 characters"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','gender':'x'}",
                        "Invalid gender: wrong type or value"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','birthdate':'310280'}",
                        "Invalid birthdate: 310280"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','groupIds':['9']}",
                        "Invalid groupIds: no group 9"),
                // all or nothing: the contact is not stored, not even in group 1
                bad("POST", "/contact", JSON, "{'email':'b@example.com','groupIds':['1','9']}",
                        "Invalid groupIds: no group 9"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','groupIds':['one']}",
                        "Invalid groupIds: no group one"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','groupIds':[null]}",
                        "Invalid groupIds: no group null"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','groupIds':'1'}",
                        "Invalid groupIds: wrong type or value"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','groupIds':[{}]}",
                        "Invalid groupIds[0]: wrong type or value"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com','age':30}", "Unknown field: age"),
                bad("POST", "/contact", JSON, "{'email':'b@example.com'", "Malformed JSON body"),
                bad("POST", "/contact", "text/plain", "{'email':'b@example.com'}",
                        unsupported.formatted("text/plain")),
                bad("POST", "/contact", JSON, "{'contacts':[]}", "Invalid contacts: must not be empty"),
                bad("POST", "/contact", JSON, "{'contacts':{}}", "Invalid contacts: wrong type or value"),
                bad("POST", "/contact", JSON, "{'contacts':[{'email':'b@example.com'},null]}",
                        "Invalid contacts[1]: must not be null"),
                bad("POST", "/contact", JSON, "{'contacts':[{'email':'b@example.com'},{'email':'x'}]}",
                        "Invalid contacts[1].email: must be a well-formed email address"),
                bad("POST", "/contact", JSON, "{'contacts':[{'email':'b@example.com'},{'email':''}]}",
                        "Invalid contacts[1].email: must not be blank"),
                bad("POST", "/contact", JSON, "{'contacts':[{'email':'b@example.com','birthdate':'310280'}]}",
                        "Invalid contacts[0].birthdate: 310280"),
                bad("POST", "/contact", JSON, "{'contacts':[{'email':'b@example.com','groupIds':['x']}]}",
                        "Invalid contacts[0].groupIds: no group x"),
                bad("POST", "/contact", JSON, "{'contacts':[{'email':'b@example.com','age':30}]}",
                        "Unknown field: contacts[0].age"),
                bad("POST", "/contact", JSON, "{'contacts':[{'email':'b@example.com'}],'updateExistingContact':'yes'}",
                        "Invalid updateExistingContact: wrong type or value"),
                // one contact or several, not both: the first field tells which
                bad("POST", "/contact", JSON, "{'contacts':[{'email':'b@example.com'}],'email':'c@example.com'}",
                        "Unknown field: email"),
                bad("POST", "/contact", JSON, "{'email':'c@example.com','contacts':[{'email':'b@example.com'}]}",
                        "Unknown field: contacts"),
                bad("POST", "/sms", JSON, "{}", "Invalid message: must not be null; "
                        + "Invalid message_type: must not be null; Invalid recipient: must not be null"),
                bad("POST", "/sms", JSON, sms("'message_type':'X'"), "Invalid message_type: X is not one of N, L, LL"),
                bad("POST", "/sms", JSON, sms("'message':''"), "Invalid message: must not be empty"),
                bad("POST", "/sms", JSON, sms("'message':'" + "x".repeat(1001) + "'"),
                        "Invalid message: must be at most 1000 characters"),
                bad("POST", "/sms", JSON, sms("'message':'" + "x".repeat(451) + "','encoding':'ucs2'"),
                        "Invalid message: must be at most 450 characters with encoding ucs2"),
                bad("POST", "/sms", JSON, sms("'message':'" + "x".repeat(161) + "','message_type':'LL'"),
                        "Invalid message: must be at most 160 characters with message type LL"),
                bad("POST", "/sms", JSON, sms("'encoding':'utf8'"), "Invalid encoding: wrong type or value"),
                bad("POST", "/sms", JSON, sms("'message':'Dzień dobry'"),
                        "Invalid message: characters outside the GSM 03.38 alphabet need encoding ucs2"),
                bad("POST", "/sms", JSON, sms("'recipient':[]"), "Invalid recipient: must not be empty"),
                bad("POST", "/sms", JSON, sms("'recipient':'+393471234567'"), "Invalid recipient: wrong type or value"),
                bad("POST", "/sms", JSON, sms("'recipient':['']"), "Invalid recipient[0]: must not be empty"),
                bad("POST", "/sms", JSON, sms("'recipient':['+393471234567',null]"),
                        "Invalid recipient[1]: must not be null"),
                bad("POST", "/smstogroups", JSON, sms("'recipient':[null,'VIP']"), "Invalid recipient[0]: must not be null"),
                bad("POST", "/sms", JSON, sms("'recipient':['+393471234567','+39 347 1234567']"),
                        "Invalid recipient: +39 347 1234567"),
                bad("POST", "/sms", JSON, sms("'recipient':['+39000']"), "Invalid recipient: +39000"),
                bad("POST", "/sms", JSON, sms("'order_id':'" + "x".repeat(33) + "'"),
                        "Invalid order_id: must be at most 32 characters"),
                bad("POST", "/sms", JSON, sms("'order_id':'my order'"),
                        "Invalid order_id: must match \"^[A-Za-z0-9_.-]+$\""),
                bad("POST", "/sms", JSON, sms("'scheduled_delivery_time':'tomorrow'"),
                        "Invalid scheduled_delivery_time: tomorrow"),
                bad("POST", "/sms", JSON, sms("'scheduled_delivery_time':'2026-02-30 10:00'"),
                        "Invalid scheduled_delivery_time: 2026-02-30 10:00"),
                bad("POST", "/sms", JSON, sms("'scheduled_delivery_time':'2026-03-01 10:00',"
                        + "'scheduled_delivery_timezone':'Mars/Olympus'"),
                        "Invalid scheduled_delivery_timezone: Mars/Olympus"),
                bad("POST", "/sms", JSON, sms("'returnCredits':'yes'"), "Invalid returnCredits: wrong type or value"),
                bad("POST", "/sms", JSON, sms("'id_landing':'one'"), "Invalid id_landing: wrong type or value"),
                bad("POST", "/sms", JSON, sms("'short_link_url':'not a url'"),
                        "Invalid short_link_url: not a url is not an absolute URL"),
                bad("POST", "/sms", JSON, sms("'short_link_url':'/offer'"),
                        "Invalid short_link_url: /offer is not an absolute URL"),
                bad("POST", "/sms", JSON, sms("'short_link_url':12"), "Invalid short_link_url: wrong type or value"),
                bad("POST", "/sms", JSON, sms("'priority':1"), "Unknown field: priority"),
                bad("POST", "/sms", JSON, "[]", "Invalid body: a JSON object is expected"),
                bad("POST", "/sms", "text/plain", sms(""), unsupported.formatted("text/plain")),
                bad("POST", "/smstogroups", JSON, sms(""), "Groups could not be found: +393471234567"),
                bad("POST", "/smstogroups", JSON, sms("'recipient':['VIP','Nobody']"), "Groups could not be found: Nobody"),
                bad("POST", "/smstogroups", JSON, sms("'recipient':['VIP'],'message':''"),
                        "Invalid message: must not be empty"),
                bad("POST", "/smstogroups", JSON, sms("'recipient':['VIP'],'color':'red'"), "Unknown field: color"),
                bad("GET", "/sms/my%20order", null, null,
                        "Invalid order_id: only letters, numbers, underscore, dot and dash are allowed"),
                bad("DELETE", "/sms/my%20order", null, null,
                        "Invalid order_id: only letters, numbers, underscore, dot and dash are allowed"));
    }

    /** A valid body of POST /sms with these fields, which replace the defaults of the same names. */
    private static String sms(String fields) {
        List<String> all = new ArrayList<>();
        for (String field : List.of("'message_type':'N'", "'message':'Hi'", "'recipient':['+393471234567']")) {
            if (!fields.contains(field.substring(0, field.indexOf(':')))) {
                all.add(field);
            }
        }
        if (!fields.isEmpty()) {
            all.add(fields);
        }
        return "{" + String.join(",", all) + "}";
    }

    private static Arguments bad(String method, String path, String contentType, String body, String message) {
        String json = body == null ? null : body.replace('\'', '"');
        return arguments(method + " " + path + (contentType == null ? "" : " as " + contentType) + ": " + json,
                method, path, contentType, json, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isA400InSmsendsShapeAndChangesNothing(String name, String method, String path, String contentType,
            String body, String message) {
        List<String> headers = new ArrayList<>(List.of(test.headers()));
        if (contentType != null) {
            headers.addAll(List.of("Content-Type", contentType));
        }

        HttpResponse<String> response = smsend.sendRaw(method, path,
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body), headers.toArray(String[]::new));

        assertError(response, 400, message);
        assertNothingChanged();
    }

    @Test
    void anOversizedBodyIsRefused() {
        String big = "{\"name\":\"big\",\"description\":\"" + "x".repeat(70_000) + "\"}";

        assertError(smsend.post("/group", big, test), 400, "Request body too large: more than 65536 bytes");
        assertNothingChanged();
    }

    @Test
    void anOversizedChunkedBodyIsRefusedWhileItIsRead() {
        byte[] big = ("{\"email\":\"b@example.com\",\"custom1\":\"" + "x".repeat(70_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        // a body from a stream has no Content-Length: the client sends it chunked
        HttpResponse<String> response = smsend.sendRaw("POST", "/contact",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)),
                Stream.concat(Stream.of(test.headers()), Stream.of("Content-Type", JSON)).toArray(String[]::new));

        assertError(response, 400, "Request body too large: more than 65536 bytes");
        assertNothingChanged();
    }

    @Test
    void aBodyOverTheStubsOwnLimitIsSmsendsTooLarge400() {
        String huge = "{\"contacts\":[{\"email\":\"b@example.com\",\"custom1\":\"" + "x".repeat(2_000_000) + "\"}]}";

        assertError(smsend.post("/contact", huge, test), 400, "Request body too large: more than 65536 bytes");
        assertNothingChanged();
    }

    @Test
    void aLargeBodyUnderTheLimitIsFine() {
        assertThat(smsend.createGroup(test, "big", "x".repeat(60_000))).isEqualTo(2);
    }

    private void assertNothingChanged() {
        assertThat(state()).isEqualTo(stateBefore);
        // no id was used up and no credit taken: nothing was stored behind the scenes
        assertThat(smsend.createGroup(test, "next", "")).isEqualTo(2);
        assertThat(smsend.createContact(test, "{\"email\":\"next@example.com\"}")).isEqualTo(2);
        HttpResponse<String> sent = smsend.post("/sms",
                "{\"message_type\":\"N\",\"message\":\"Hi\",\"recipient\":[\"+393471234567\"],\"returnRemaining\":true}", test);
        assertThat(json(sent.body()).get("remaining_credits").asInt()).isEqualTo(properties.credits() - 1);
    }
}
