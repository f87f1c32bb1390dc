package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad requests to the V1 contacts, memberships, SMS and blacklist operations: a 4xx in V1's
 * {@code {"Message": ...}} shape, never a 500 or an HTML page, and nothing stored changes.
 */
class V1BadRequestsTest extends StubHttpTest {

    private void assertV1Error(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("Message").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("<html", "Exception", "at dev.", "at org.");
    }

    private void assertNothingStored() {
        for (String list : new String[] {"/api/contacts", "/api/memberships", "/api/blacklist", "/api/sms/sent"}) {
            assertThat(get(list, V1).body()).as(list).isEqualTo("[]");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST | /api/contacts | {\"FirstName\":",
            "POST | /api/contacts?multiple | [{\"FirstName\":\"a\"},",
            "POST | /api/contacts | ",
            "POST | /api/contacts | null",
            "PUT | /api/contacts/1 | {\"ID\":1",
            "POST | /api/memberships | {\"Group\":1,}",
            "POST | /api/memberships?multiple | ",
            "POST | /api/sms/send | {\"Numbers\":[\"+46701234567\"]",
            "POST | /api/sms/send | ",
            "POST | /api/blacklist | {\"Phone\"}",
            "POST | /api/blacklist?multiple | [1,2"})
    void malformedJsonIs400(String method, String path, String body) {
        assertV1Error(json(method, path, body == null ? "" : body, V1), 400);
        assertNothingStored();
    }

    @ParameterizedTest
    @CsvSource({"POST, /api/contacts", "PUT, /api/contacts/1", "POST, /api/memberships", "POST, /api/sms/send",
            "POST, /api/blacklist"})
    void aWrongContentTypeIs415(String method, String path) {
        Answer answer = send(method, path, "{\"Phone\":\"+46701234567\"}",
                headers(V1, new String[] {"Content-Type", "text/plain"}));

        assertV1Error(answer, 415);
        assertNothingStored();
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/contacts/abc", "DELETE, /api/memberships/abc", "GET, /api/sms/sent/abc",
            "GET, /api/blacklist/1.5", "GET, /api/groups/x/contacts"})
    void anIdThatIsNoNumberIs400(String method, String path) {
        assertV1Error(send(method, path, null, V1), 400);
    }

    @ParameterizedTest
    @CsvSource({"PATCH, /api/contacts/1", "GET, /api/memberships/1", "DELETE, /api/sms/sent/1", "PUT, /api/blacklist/1",
            "GET, /api/sms/send", "POST, /api/contacts/1/groups"})
    void anUnsupportedMethodIs405(String method, String path) {
        Answer answer = send(method, path, null, V1);

        assertV1Error(answer, 405);
        assertThat(answer.header("Allow")).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/contacts", "POST, /api/contacts", "GET, /api/contacts/1/memberships", "POST, /api/memberships",
            "DELETE, /api/memberships/1", "POST, /api/sms/send", "GET, /api/sms/sent/1", "GET, /api/blacklist",
            "DELETE, /api/blacklist/1", "GET, /api/groups/1/memberships"})
    void withoutCredentialsEveryOperationIs401(String method, String path) {
        Answer answer = send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}",
                headers(JSON_BODY, basic(ACCOUNT, "wrong-key")));

        assertV1Error(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).contains("Basic");
        assertNothingStored();
    }
}
