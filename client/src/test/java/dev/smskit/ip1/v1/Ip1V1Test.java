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
import dev.smskit.ip1.v1.model.BlacklistEntry;
import dev.smskit.ip1.v1.model.Contact;
import dev.smskit.ip1.v1.model.ContactNew;
import dev.smskit.ip1.v1.model.ContactUpdate;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.Membership;
import dev.smskit.ip1.v1.model.MembershipNew;
import dev.smskit.ip1.v1.model.NKIUserNew;
import dev.smskit.ip1.v1.model.OutgoingNKI;
import dev.smskit.ip1.v1.model.OutgoingSMS;
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

/**
 * IP1 V1 over the wire: auth header, PascalCase bodies, typed creates of groups, contacts, memberships
 * and blacklist entries, SMS sending and delivery status, typed errors.
 */
class Ip1V1Test {

    private static final String GROUP = """
            {"OwnerID":"ip1-12345","ContactsCount":0,"Created":"2026-11-23T09:15:30.123+01:00",
             "Modified":"2026-11-23T09:15:30.123Z","ID":1017,"Name":"Customers","Color":"#1e90ff"}""";

    private static final String CONTACT = """
            {"OwnerID":"ip1-12345","Created":"2026-11-23T09:16:02.001Z","Modified":"2026-11-23T09:16:02.001Z",
             "ID":1735500,"FirstName":"Anna","LastName":"Svensson","Phone":"+46701234567"}""";
    private static final String MEMBERSHIP = """
            {"ID":5001,"OwnerID":"ip1-12345","Created":"2026-11-23T09:17:45.318Z","Group":1017,"Contact":1735500}""";
    private static final String SENT = """
            {"ID":880124,"Status":%d,"StatusDescription":"%s","To":"+46701234567","CountryCode":"SE",
             "Currency":752,"TotalPrice":0.35,"Price":0.35,"Encoding":0,"Segments":1,"From":"ip1sms",
             "Message":"Your order has shipped."}""";

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

    @Test
    void createContactPostsOnlyTheFieldsSetAndAnswersTheTypedContact() throws Exception {
        server.enqueue(json(200, CONTACT));

        Contact contact = ip1.createContact(new ContactNew().firstName("Anna").lastName("Svensson").phone("+46701234567"));

        RecordedRequest request = take(server);
        assertThat(request.getRequestLine()).isEqualTo("POST /api/contacts HTTP/1.1");
        assertThat(body(request)).isEqualTo("{\"FirstName\":\"Anna\",\"LastName\":\"Svensson\",\"Phone\":\"+46701234567\"}");
        assertThat(contact.getID()).isEqualTo(1735500);
        assertThat(contact.getCreated()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:16:02.001Z"));
    }

    @Test
    void createContactsSendsAnArrayWithMultiple() throws Exception {
        server.enqueue(json(200, "[" + CONTACT + "," + CONTACT.replace("1735500", "1735501") + "]"));

        List<Contact> contacts = ip1.createContacts(List.of(new ContactNew().firstName("Anna").phone("+46701234567"),
                new ContactNew().firstName("Erik").phone("+46701234568")));

        RecordedRequest request = take(server);
        assertThat(request.getTarget()).isEqualTo("/api/contacts?multiple=true");
        assertThat(body(request)).isEqualTo("[{\"FirstName\":\"Anna\",\"Phone\":\"+46701234567\"},"
                + "{\"FirstName\":\"Erik\",\"Phone\":\"+46701234568\"}]");
        assertThat(contacts).extracting(Contact::getID).containsExactly(1735500, 1735501);
    }

    @Test
    void listContactsRepeatsPhoneNumbersPercentEncodingThePlus() throws Exception {
        server.enqueue(json(200, "[" + CONTACT + "]"));
        server.enqueue(json(200, "[]"));

        List<Contact> found = ip1.contacts().listContacts(List.of("+46701234567", "46701234568"));
        ip1.contacts().listContacts((List<String>) null);

        assertThat(take(server).getTarget()).isEqualTo("/api/contacts?PhoneNumbers=%2B46701234567&PhoneNumbers=46701234568");
        assertThat(take(server).getTarget()).isEqualTo("/api/contacts");
        assertThat(found).extracting(Contact::getPhone).containsExactly("+46701234567");
    }

    @Test
    void updateAndDeleteAContact() throws Exception {
        server.enqueue(json(200, CONTACT));
        server.enqueue(json(200, CONTACT));

        ip1.contacts().updateContact(1735500, new ContactUpdate().ID(1735500).firstName("Anna").phone("+46701234567"));
        Contact deleted = ip1.contacts().deleteContact(1735500);

        RecordedRequest put = take(server);
        assertThat(put.getRequestLine()).isEqualTo("PUT /api/contacts/1735500 HTTP/1.1");
        assertThat(body(put)).isEqualTo("{\"ID\":1735500,\"FirstName\":\"Anna\",\"Phone\":\"+46701234567\"}");
        assertThat(take(server).getRequestLine()).isEqualTo("DELETE /api/contacts/1735500 HTTP/1.1");
        assertThat(deleted.getFirstName()).as("a delete answers the deleted contact").isEqualTo("Anna");
    }

    @Test
    void aContactsGroupsAndAGroupsContacts() throws Exception {
        server.enqueue(json(200, "[{\"ID\":1017,\"Name\":\"Customers\",\"ContactsCount\":1}]"));
        server.enqueue(json(200, "[" + CONTACT + "]"));
        server.enqueue(json(200, "[" + MEMBERSHIP + "]"));

        List<Group> groups = ip1.contacts().listContactGroups(1735500);
        List<Contact> contacts = ip1.groups().listGroupContacts(1017);
        List<Membership> memberships = ip1.groups().listGroupMemberships(1017);

        assertThat(take(server).getTarget()).isEqualTo("/api/contacts/1735500/groups");
        assertThat(take(server).getTarget()).isEqualTo("/api/groups/1017/contacts");
        assertThat(take(server).getTarget()).isEqualTo("/api/groups/1017/memberships");
        assertThat(groups).extracting(Group::getContactsCount).containsExactly(1);
        assertThat(contacts).extracting(Contact::getID).containsExactly(1735500);
        assertThat(memberships).extracting(Membership::getContact).containsExactly(1735500);
    }

    @Test
    void createMembershipsOneOrSeveral() throws Exception {
        server.enqueue(json(200, MEMBERSHIP));
        server.enqueue(json(200, "[" + MEMBERSHIP + "]"));

        Membership one = ip1.createMembership(new MembershipNew().group(1017).contact(1735500));
        List<Membership> several = ip1.createMemberships(List.of(new MembershipNew().group(1017).contact(1735500)));

        RecordedRequest first = take(server);
        assertThat(first.getTarget()).isEqualTo("/api/memberships");
        assertThat(body(first)).isEqualTo("{\"Group\":1017,\"Contact\":1735500}");
        RecordedRequest second = take(server);
        assertThat(second.getTarget()).isEqualTo("/api/memberships?multiple=true");
        assertThat(body(second)).isEqualTo("[{\"Group\":1017,\"Contact\":1735500}]");
        assertThat(one.getID()).isEqualTo(5001);
        assertThat(several).containsExactly(one);
    }

    @Test
    void createMembershipFailsClearlyWhenTheAnswerIsNoMembership() {
        server.enqueue(json(200, "[" + MEMBERSHIP + "]"));

        assertThatThrownBy(() -> ip1.createMembership(new MembershipNew().group(1017).contact(1735500)))
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessageStartingWith("POST /api/memberships answered a body that is not a dev.smskit.ip1.v1.model.Membership");
    }

    @Test
    void sendSmsPostsOnlyWhatIsSetAndTheStatusIsReadBack() throws Exception {
        server.enqueue(json(200, "[" + SENT.formatted(0, "Delivered to gateway") + "]"));
        server.enqueue(json(200, SENT.formatted(22, "Delivered to the phone")));

        List<ProcessedOutgoingSMS> sent = ip1.sendSms(new OutgoingSMS()
                .addNumbersItem("+46701234567")
                .addGroupsItem(1017)
                .putParametersItem("default", Map.of("name", "customer"))
                .from("ip1sms")
                .message("Hi {name}, your order has shipped."));
        ProcessedOutgoingSMS delivered = ip1.getSentSms(sent.get(0).getID());

        RecordedRequest send = take(server);
        assertThat(send.getRequestLine()).isEqualTo("POST /api/sms/send HTTP/1.1");
        assertThat(body(send)).isEqualTo("{\"Numbers\":[\"+46701234567\"],\"Groups\":[1017],"
                + "\"Parameters\":{\"default\":{\"name\":\"customer\"}},\"From\":\"ip1sms\","
                + "\"Message\":\"Hi {name}, your order has shipped.\"}");
        assertThat(take(server).getRequestLine()).isEqualTo("GET /api/sms/sent/880124 HTTP/1.1");
        assertThat(sent).singleElement().extracting(ProcessedOutgoingSMS::getStatus).isEqualTo(0);
        assertThat(delivered.getStatus()).isEqualTo(22);
        assertThat(delivered.getStatusDescription()).isEqualTo("Delivered to the phone");
    }

    @Test
    void aSendLeftWithoutRecipientsIsAValidationException() {
        server.enqueue(json(400, "{\"Message\":\"No recipients left to send to; every recipient is on the blacklist.\"}"));

        assertThatThrownBy(() -> ip1.sendSms(new OutgoingSMS().addNumbersItem("+46701234599").from("ip1sms").message("Hi")))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessageEndingWith("/api/sms/send failed with HTTP 400: No recipients left to send to; every recipient "
                        + "is on the blacklist.")
                .asInstanceOf(type(ValidationException.class))
                .satisfies(e -> assertThat(e.getError(ApiError.class).orElseThrow().getModelState()).isNull());
    }

    @Test
    void anUnknownSentSmsIsANotFoundException() {
        server.enqueue(json(404, "{\"Message\":\"SMS 7 was not found.\"}"));

        assertThatThrownBy(() -> ip1.getSentSms(7)).isExactlyInstanceOf(NotFoundException.class)
                .hasMessageEndingWith("/api/sms/sent/7 failed with HTTP 404: SMS 7 was not found.");
    }

    @Test
    void blacklistOneOrSeveralNumbersAndRemoveOne() throws Exception {
        String entry = "{\"ID\":301,\"Phone\":\"+46701234599\",\"Created\":\"2026-11-23T09:18:12.004Z\"}";
        server.enqueue(json(200, entry));
        server.enqueue(json(200, "[" + entry + "]"));
        server.enqueue(json(200, entry));

        BlacklistEntry one = ip1.addToBlacklist("+46701234599");
        List<BlacklistEntry> several = ip1.addToBlacklist(List.of("+46701234599"));
        BlacklistEntry removed = ip1.blacklist().deleteBlacklistEntry(301);

        RecordedRequest first = take(server);
        assertThat(first.getTarget()).isEqualTo("/api/blacklist");
        assertThat(body(first)).isEqualTo("{\"Phone\":\"+46701234599\"}");
        RecordedRequest second = take(server);
        assertThat(second.getTarget()).isEqualTo("/api/blacklist?multiple=true");
        assertThat(body(second)).isEqualTo("[{\"Phone\":\"+46701234599\"}]");
        assertThat(take(server).getRequestLine()).isEqualTo("DELETE /api/blacklist/301 HTTP/1.1");
        assertThat(one.getID()).isEqualTo(301);
        assertThat(several).containsExactly(one);
        assertThat(removed).isEqualTo(one);
    }
}
