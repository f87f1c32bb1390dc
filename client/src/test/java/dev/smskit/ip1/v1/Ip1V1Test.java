package dev.smskit.ip1.v1;

import static dev.smskit.Wire.body;
import static dev.smskit.Wire.json;
import static dev.smskit.Wire.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.smskit.Wire;
import dev.smskit.common.ApiException;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.RetryPolicy;
import dev.smskit.common.ServerException;
import dev.smskit.common.SmskitException;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v1.model.ApiError;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.NKIUserNew;
import dev.smskit.ip1.v1.model.OutgoingNKI;
import dev.smskit.ip1.v1.model.ProcessedOutgoingSMS;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IP1 V1 over the wire: auth header, PascalCase bodies, typed group creation, typed errors. */
class Ip1V1Test {

    private static final String GROUP = """
            {"OwnerID":"ip1-12345","ContactsCount":0,"Created":"2026-11-23T09:15:30.123+01:00",
             "Modified":"2026-11-23T09:15:30.123Z","ID":1017,"Name":"Customers","Color":"#1e90ff"}""";

    private MockWebServer server;
    private Ip1V1 ip1;

    @BeforeEach
    void start() throws Exception {
        server = Wire.start();
        ip1 = Ip1V1.builder().baseUrl(Wire.root(server)).accountId("ip1-12345").apiKey("s3cr3t")
                .retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsHttpBasicMadeOfAccountIdAndApiKey() throws Exception {
        server.enqueue(json(200, "[" + GROUP + "]"));

        List<Group> groups = ip1.groups().listGroups();

        RecordedRequest request = take(server);
        assertThat(request.getRequestLine()).isEqualTo("GET /api/groups HTTP/1.1");
        assertThat(request.getHeaders().values("Authorization")).containsExactly(
                "Basic " + Base64.getEncoder().encodeToString("ip1-12345:s3cr3t".getBytes(StandardCharsets.UTF_8)));
        assertThat(groups).extracting(Group::getID, Group::getName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1017, "Customers"));
    }

    @Test
    void sendsABearerTokenWhenBuiltWithOne() throws Exception {
        Ip1V1 withToken = Ip1V1.builder().baseUrl(Wire.root(server)).bearerToken("tok-123").build();
        server.enqueue(json(200, "[]"));

        withToken.groups().listGroups();

        assertThat(take(server).getHeaders().values("Authorization")).containsExactly("Bearer tok-123");
    }

    @Test
    void refusesToBuildWithoutOrWithTwoKindsOfCredentials() {
        assertThatThrownBy(() -> Ip1V1.builder().accountId("ip1-12345").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("apiKey is required");
        assertThatThrownBy(() -> Ip1V1.builder().accountId("ip1-1").apiKey("k").bearerToken("t").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    }

    @Test
    void createGroupPostsPascalCaseWithoutNullsAndAnswersTheTypedGroup() throws Exception {
        server.enqueue(json(200, GROUP));

        Group group = ip1.createGroup(new GroupNew().name("Customers"));

        RecordedRequest request = take(server);
        assertThat(request.getTarget()).isEqualTo("/api/groups");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request)).isEqualTo("{\"Name\":\"Customers\"}");
        assertThat(group.getID()).isEqualTo(1017);
        assertThat(group.getOwnerID()).isEqualTo("ip1-12345");
        assertThat(group.getCreated()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:15:30.123+01:00"));
        assertThat(group.getCreated().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void createGroupsSendsAnArrayWithMultipleAndAnswersEveryGroup() throws Exception {
        server.enqueue(json(200, "[" + GROUP + "," + GROUP.replace("1017", "1018").replace("Customers", "Suppliers") + "]"));

        List<Group> groups = ip1.createGroups(List.of(
                new GroupNew().name("Customers").color("#1e90ff"), new GroupNew().name("Suppliers")));

        RecordedRequest request = take(server);
        assertThat(request.getTarget()).isEqualTo("/api/groups?multiple=true");
        assertThat(body(request)).isEqualTo("[{\"Name\":\"Customers\",\"Color\":\"#1e90ff\"},{\"Name\":\"Suppliers\"}]");
        assertThat(groups).extracting(Group::getID).containsExactly(1017, 1018);
    }

    @Test
    void createGroupFailsClearlyWhenTheAnswerIsAnArray() {
        server.enqueue(json(200, "[" + GROUP + "]"));

        assertThatThrownBy(() -> ip1.createGroup(new GroupNew().name("Customers")))
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessageContaining("POST /api/groups answered a body that is not a")
                .hasMessageContaining("Group");
    }

    @Test
    void sendsAnNkiWithTheDocumentedBody() throws Exception {
        server.enqueue(json(200, """
                [{"ID":880123,"BundleID":5021,"Status":0,"StatusDescription":"Delivered to gateway",
                  "To":"+46701234567","CountryCode":"SE","Currency":752,"TotalPrice":0.35,"Price":0.35,
                  "Encoding":0,"Segments":1,"From":"ip1sms","Message":"How happy are you?"}]"""));

        List<ProcessedOutgoingSMS> sent = ip1.nki().sendNkiToUsers(4711, new OutgoingNKI()
                .addUsersItem(new NKIUserNew().firstName("Anna").phone("+46701234567"))
                .from("ip1sms").message("How happy are you?"));

        RecordedRequest request = take(server);
        assertThat(request.getTarget()).isEqualTo("/api/nkis/4711/users/send");
        assertThat(body(request)).isEqualTo(
                "{\"Users\":[{\"FirstName\":\"Anna\",\"Phone\":\"+46701234567\"}],\"From\":\"ip1sms\",\"Message\":\"How happy are you?\"}");
        assertThat(sent).singleElement().satisfies(sms -> {
            assertThat(sms.getCurrency()).isEqualTo(ProcessedOutgoingSMS.CurrencyEnum.SEK);
            assertThat(sms.getStatusDescription()).isEqualTo("Delivered to gateway");
        });
    }

    @Test
    void a400IsAValidationExceptionCarryingMessageAndModelState() {
        server.enqueue(json(400, """
                {"Message":"The request is invalid.",
                 "ModelState":{"group.Color":["The field Color must match the regular expression '^#([A-Fa-f0-9]{6})$'."]}}"""));

        assertThatThrownBy(() -> ip1.createGroup(new GroupNew().name("Customers").color("blue")))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("POST " + Wire.root(server) + "/api/groups failed with HTTP 400: The request is invalid. "
                        + "[group.Color: The field Color must match the regular expression '^#([A-Fa-f0-9]{6})$'.]")
                .asInstanceOf(type(ValidationException.class))
                .satisfies(e -> {
                    assertThat(e.getStatus()).isEqualTo(400);
                    assertThat(e.getMethod()).isEqualTo("POST");
                    assertThat(e.getHeader("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
                    assertThat(e.getBody()).contains("\"ModelState\"");
                    ApiError error = e.getError(ApiError.class).orElseThrow();
                    assertThat(error.getModelState()).containsOnlyKeys("group.Color");
                    assertThat(e.getError(String.class)).isEmpty();
                });
    }

    @Test
    void eachStatusHasItsExceptionType() {
        Map<Integer, Class<? extends ApiException>> types = Map.of(
                401, AuthenticationException.class,
                404, NotFoundException.class,
                500, ServerException.class,
                403, ApiException.class);
        types.forEach((status, exceptionType) -> {
            server.enqueue(json(status, "{\"Message\":\"status " + status + "\"}"));
            assertThatThrownBy(() -> ip1.groups().getGroup(1017))
                    .isExactlyInstanceOf(exceptionType)
                    .hasMessage("GET " + Wire.root(server) + "/api/groups/1017 failed with HTTP " + status
                            + ": status " + status);
        });
    }

    @Test
    void anErrorBodyOutsideTheApiShapeIsKeptRaw() {
        server.enqueue(Wire.answer(502, "text/html", "<html><body>Bad gateway</body></html>").build());

        assertThatThrownBy(() -> ip1.groups().listGroups())
                .isExactlyInstanceOf(ServerException.class)
                .hasMessageEndingWith("failed with HTTP 502: <html><body>Bad gateway</body></html>")
                .asInstanceOf(type(ServerException.class))
                .satisfies(e -> {
                    assertThat(e.getError()).isNull();
                    assertThat(e.getBody()).isEqualTo("<html><body>Bad gateway</body></html>");
                });
    }

    @Test
    void aSuccessBodyThatIsNotTheDocumentedJsonIsASmskitException() {
        server.enqueue(Wire.answer(200, "text/html", "<html>login page of a proxy</html>").build());

        assertThatThrownBy(() -> ip1.groups().listGroups())
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessageStartingWith("GET " + Wire.root(server) + "/api/groups answered HTTP 200 with a body that is not a "
                        + "java.util.List<dev.smskit.ip1.v1.model.Group>: ");
    }
}
