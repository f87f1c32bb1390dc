package dev.smskit.smsend;

import static dev.smskit.Wire.body;
import static dev.smskit.Wire.empty;
import static dev.smskit.Wire.headerNames;
import static dev.smskit.Wire.json;
import static dev.smskit.Wire.take;
import static dev.smskit.Wire.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.smskit.Wire;
import dev.smskit.common.AuthenticationException;
import dev.smskit.common.NotFoundException;
import dev.smskit.common.RetryPolicy;
import dev.smskit.common.SmskitException;
import dev.smskit.common.ValidationException;
import dev.smskit.smsend.model.ContactRequest;
import dev.smskit.smsend.model.GroupRequest;
import dev.smskit.smsend.model.GroupSummary;
import dev.smskit.smsend.model.MultipleContactsRequest;
import dev.smskit.smsend.model.SmsEncoding;
import dev.smskit.smsend.model.SmsMessageType;
import dev.smskit.smsend.model.SmsOrder;
import dev.smskit.smsend.model.SmsOrderState;
import dev.smskit.smsend.model.SmsRecipientState;
import dev.smskit.smsend.model.SmsSendRequest;
import dev.smskit.smsend.model.SmsToGroupsRequest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** smsend over the wire: login and re-login, exact header names, ids from Location, paging by page number. */
class SmsendTest {

    private static final String REST = "/API/v1.0/REST";

    private MockWebServer server;
    private String baseUrl;

    @BeforeEach
    void start() throws Exception {
        server = Wire.start();
        baseUrl = Wire.root(server) + REST;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Smsend.Builder builder() {
        return Smsend.builder().baseUrl(baseUrl).retryPolicy(RetryPolicy.none());
    }

    private Smsend sessionClient() {
        return builder().username("mario").password("pa55").build();
    }

    private static MockResponse created(String location) {
        return new MockResponse.Builder().code(201).setHeader("Location", location).build();
    }

    private static GroupRequest vip() {
        return new GroupRequest().name("VIP customers").description("Yearly turnover above 10k");
    }

    @Test
    void logsInOnTheFirstCallAndSendsTheKeysUnderTheirExactHeaderNames() throws Exception {
        Smsend smsend = sessionClient();
        assertThat(server.getRequestCount()).as("building does not log in").isZero();
        server.enqueue(text(200, "USR3a9f2c;SESKb71e0d44a2"));
        server.enqueue(created("/group/1234"));

        int id = smsend.createGroup(vip());

        assertThat(id).isEqualTo(1234);
        RecordedRequest login = take(server);
        assertThat(login.getRequestLine()).isEqualTo("GET " + REST + "/login?username=mario&password=pa55 HTTP/1.1");
        assertThat(headerNames(login)).doesNotContain("user_key", "Session_key");
        RecordedRequest create = take(server);
        assertThat(create.getRequestLine()).isEqualTo("POST " + REST + "/group HTTP/1.1");
        assertThat(headerNames(create)).contains("user_key", "Session_key").doesNotContain("Access_token");
        assertThat(create.getHeaders().values("user_key")).containsExactly("USR3a9f2c");
        assertThat(create.getHeaders().values("Session_key")).containsExactly("SESKb71e0d44a2");
        assertThat(body(create)).isEqualTo("{\"name\":\"VIP customers\",\"description\":\"Yearly turnover above 10k\"}");
    }

    @Test
    void oneLoginServesLaterCalls() throws Exception {
        Smsend smsend = sessionClient();
        server.enqueue(text(200, "USR1;SES1"));
        server.enqueue(created("/group/1"));
        server.enqueue(empty(200));

        smsend.createGroup(vip());
        smsend.contactsGroups().deleteGroup(1, "true");

        assertThat(server.getRequestCount()).isEqualTo(3);
        take(server);
        take(server);
        RecordedRequest delete = take(server);
        assertThat(delete.getTarget()).isEqualTo(REST + "/group/1?deletecontacts=true");
        assertThat(delete.getHeaders().values("Session_key")).containsExactly("SES1");
    }

    @Test
    void anExpiredSessionLogsInAgainOnceAndRetriesTheSameCallEvenAPost() throws Exception {
        Smsend smsend = sessionClient();
        server.enqueue(text(200, "USR1;SES-old"));
        server.enqueue(text(401, "User_key, Token or Session_key are invalid or not provided"));
        server.enqueue(text(200, "USR1;SES-new"));
        server.enqueue(created("/group/77"));

        assertThat(smsend.createGroup(vip())).isEqualTo(77);

        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(take(server).getTarget()).startsWith(REST + "/login?");
        RecordedRequest refused = take(server);
        assertThat(refused.getHeaders().values("Session_key")).containsExactly("SES-old");
        assertThat(take(server).getTarget()).startsWith(REST + "/login?");
        RecordedRequest retried = take(server);
        assertThat(retried.getRequestLine()).isEqualTo("POST " + REST + "/group HTTP/1.1");
        assertThat(retried.getHeaders().values("Session_key")).containsExactly("SES-new");
        assertThat(body(retried)).isEqualTo(body(refused));
    }

    @Test
    void aSecond401AfterTheNewLoginIsAnAuthenticationException() {
        Smsend smsend = sessionClient();
        server.enqueue(text(200, "USR1;SES1"));
        server.enqueue(text(401, "User_key, Token or Session_key are invalid or not provided"));
        server.enqueue(text(200, "USR1;SES2"));
        server.enqueue(text(401, "User_key, Token or Session_key are invalid or not provided"));

        assertThatThrownBy(() -> smsend.listGroups().toList())
                .isExactlyInstanceOf(AuthenticationException.class)
                .hasMessage("GET " + baseUrl + "/groups?pageNumber=1 failed with HTTP 401: "
                        + "User_key, Token or Session_key are invalid or not provided")
                .asInstanceOf(type(AuthenticationException.class))
                .satisfies(e -> assertThat(e.getError(String.class))
                        .contains("User_key, Token or Session_key are invalid or not provided"));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void givenKeysAreSentAsUserKeyAndAccessTokenWithoutAnyLogin() throws Exception {
        Smsend smsend = builder().userKey("USR9").accessToken("TOK9").build();
        server.enqueue(created("/contact/5678"));
        server.enqueue(text(401, "User_key, Token or Session_key are invalid or not provided"));

        assertThat(smsend.addContact(new ContactRequest().phoneNumber("+393471234567"))).isEqualTo(5678);
        assertThatThrownBy(() -> smsend.contactsGroups().addContactToGroup(1, 5678))
                .isExactlyInstanceOf(AuthenticationException.class);

        assertThat(server.getRequestCount()).as("fixed keys cannot be renewed: no login").isEqualTo(2);
        RecordedRequest add = take(server);
        assertThat(headerNames(add)).contains("user_key", "Access_token").doesNotContain("Session_key");
        assertThat(add.getHeaders().values("Access_token")).containsExactly("TOK9");
        assertThat(body(add)).as("unset fields left out, the spec's default groupIds kept")
                .isEqualTo("{\"phoneNumber\":\"+393471234567\",\"groupIds\":[]}");
    }

    @Test
    void tokenLoginUsesGetTokenAndSendsTheAccessToken() throws Exception {
        Smsend smsend = builder().username("mario").password("pa55").tokenLogin(true).build();
        server.enqueue(text(200, "USR1;TOKc0ffee"));
        server.enqueue(json(200, "{\"groups\":[],\"pageNumber\":1,\"pageSize\":5,\"Total\":0}"));

        assertThat(smsend.listGroups()).isEmpty();

        assertThat(take(server).getTarget()).isEqualTo(REST + "/token?username=mario&password=pa55");
        RecordedRequest list = take(server);
        assertThat(headerNames(list)).contains("user_key", "Access_token").doesNotContain("Session_key");
        assertThat(list.getHeaders().values("Access_token")).containsExactly("TOKc0ffee");
    }

    @Test
    void credentialsAreEncodedInTheLoginQuery() throws Exception {
        Smsend smsend = builder().username("mario rossi").password("p&ss=w+rd;%").build();
        server.enqueue(text(200, "USR1;SES1"));
        server.enqueue(json(200, "{\"groups\":[],\"pageNumber\":1,\"pageSize\":5,\"Total\":0}"));

        smsend.listGroups().toList();

        RecordedRequest login = take(server);
        assertThat(login.getUrl().queryParameter("username")).isEqualTo("mario rossi");
        assertThat(login.getUrl().queryParameter("password")).isEqualTo("p&ss=w+rd;%");
    }

    @Test
    void wrongCredentialsFailTheCallWithoutShowingThePassword() {
        Smsend smsend = builder().username("mario").password("wrong-secret").build();
        server.enqueue(text(404, "Credentials are incorrect"));

        assertThatThrownBy(() -> smsend.createGroup(vip()))
                .isExactlyInstanceOf(AuthenticationException.class)
                .hasMessage("GET " + baseUrl + "/login?username=mario&password=*** failed with HTTP 404: "
                        + "Credentials are incorrect")
                .hasMessageNotContaining("wrong-secret");
        assertThat(server.getRequestCount()).as("the create was never sent").isEqualTo(1);
    }

    @Test
    void aLoginAnswerThatIsNotTwoKeysFailsClearly() {
        Smsend smsend = sessionClient();
        server.enqueue(text(200, "<html>maintenance</html>"));

        assertThatThrownBy(() -> smsend.createGroup(vip()))
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessage("GET /login answered 24 characters instead of USER_KEY;SESSION_KEY");
    }

    @Test
    void theGeneratedLoginAnswersThePlainText() throws Exception {
        server.enqueue(text(200, "USR3a9f2c;SESKb71e0d44a2"));

        assertThat(sessionClient().authentication().login("mario", "pa55")).isEqualTo("USR3a9f2c;SESKb71e0d44a2");
        assertThat(take(server).getHeaders().get("Accept")).isEqualTo("text/plain");
    }

    @Test
    void aRejectedGroupIsAValidationExceptionWithTheTextOfTheApi() {
        Smsend smsend = builder().userKey("USR9").accessToken("TOK9").build();
        server.enqueue(text(400, "Invalid group name: must not be empty"));

        assertThatThrownBy(() -> smsend.createGroup(new GroupRequest().name("").description("x")))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("POST " + baseUrl + "/group failed with HTTP 400: Invalid group name: must not be empty")
                .asInstanceOf(type(ValidationException.class))
                .satisfies(e -> assertThat(e.getError()).isEqualTo("Invalid group name: must not be empty"));
    }

    @Test
    void aCreateWithoutLocationFailsClearly() {
        Smsend smsend = builder().userKey("USR9").accessToken("TOK9").build();
        server.enqueue(empty(201));
        server.enqueue(created("/group/abc"));

        assertThatThrownBy(() -> smsend.createGroup(vip()))
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessage("POST /group answered 201 without a Location header");
        assertThatThrownBy(() -> smsend.createGroup(vip()))
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessage("POST /group answered Location '/group/abc', which does not end with an id");
    }

    private static String groupPage(int pageNumber, int pageSize, int total, int... ids) {
        String groups = IntStream.of(ids)
                .mapToObj(id -> "{\"id_group\":\"" + id + "\",\"group_name\":\"g" + id + "\",\"group_description\":\"d\"}")
                .collect(Collectors.joining(","));
        return "{\"groups\":[" + groups + "],\"pageNumber\":" + pageNumber + ",\"pageSize\":" + pageSize
                + ",\"Total\":" + total + "}";
    }

    @Test
    void listGroupsReadsPageAfterPageUntilTotal() throws Exception {
        Smsend smsend = builder().userKey("USR9").accessToken("TOK9").build();
        server.enqueue(json(200, groupPage(1, 2, 5, 1, 2)));
        server.enqueue(json(200, groupPage(2, 2, 5, 3, 4)));
        server.enqueue(json(200, groupPage(3, 2, 5, 5)));

        Stream<GroupSummary> groups = smsend.listGroups(2);
        assertThat(server.getRequestCount()).isZero();

        assertThat(groups.map(GroupSummary::getIdGroup)).containsExactly("1", "2", "3", "4", "5");
        assertThat(server.getRequestCount()).isEqualTo(3);
        for (int page = 1; page <= 3; page++) {
            assertThat(take(server).getTarget()).isEqualTo(REST + "/groups?pageNumber=" + page + "&pageSize=2");
        }
    }

    @Test
    void listGroupsStopsAtAnEmptyPageAndStopsEarlyWhenTheStreamDoes() {
        Smsend smsend = builder().userKey("USR9").accessToken("TOK9").build();
        server.enqueue(json(200, groupPage(1, 5, 12, 1, 2, 3, 4, 5)));

        assertThat(smsend.listGroups().findFirst()).map(GroupSummary::getIdGroup).contains("1");
        assertThat(server.getRequestCount()).isEqualTo(1);
        server.enqueue(json(200, groupPage(1, 5, 12, 1, 2, 3, 4, 5)));
        server.enqueue(json(200, groupPage(2, 5, 12)));

        assertThat(smsend.listGroups()).hasSize(5);
        assertThat(server.getRequestCount()).as("the empty page 2 ends the list although Total says 12").isEqualTo(3);
    }

    @Test
    void concurrentCallsShareOneLogin() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getTarget().startsWith(REST + "/login")) {
                    return text(200, "USR1;SES" + logins.incrementAndGet());
                }
                return json(200, groupPage(1, 5, 1, 1));
            }
        });
        Smsend smsend = sessionClient();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<Long> list = () -> smsend.listGroups().count();
            List<Future<Long>> results = pool.invokeAll(IntStream.range(0, 16).mapToObj(i -> list).toList());
            for (Future<Long> result : results) {
                assertThat(result.get()).isEqualTo(1L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(logins.get()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(17);
    }

    @Test
    void refusesToBuildWithIncompleteOrMixedCredentials() {
        assertThatThrownBy(() -> Smsend.builder().username("mario").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("password is required");
        assertThatThrownBy(() -> Smsend.builder().userKey("USR").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("accessToken is required");
        assertThatThrownBy(() -> Smsend.builder().username("mario").password("p").userKey("USR").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    }

    private Smsend keyClient() {
        return builder().userKey("USR9").accessToken("TOK9").build();
    }

    @Test
    void sendSmsPostsOnlyTheFieldsSetAndReadsTheOrder() throws Exception {
        server.enqueue(json(201, "{\"result\":\"OK\",\"order_id\":\"order-1\",\"total_sent\":2,\"remaining_credits\":998}"));

        SmsOrder order = keyClient().sendSms(new SmsSendRequest()
                .messageType(SmsMessageType.N)
                .message("Your order has shipped.")
                .recipient(List.of("+393471234567", "+393478765432"))
                .orderId("order-1")
                .scheduledDeliveryTime("2027-03-20 09:00")
                .encoding(SmsEncoding.UCS2)
                .returnRemaining(true));

        assertThat(order.getResult()).isEqualTo("OK");
        assertThat(order.getOrderId()).isEqualTo("order-1");
        assertThat(order.getTotalSent()).isEqualTo(2);
        assertThat(order.getRemainingCredits()).isEqualTo(998);
        RecordedRequest send = take(server);
        assertThat(send.getRequestLine()).isEqualTo("POST " + REST + "/sms HTTP/1.1");
        assertThat(send.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(headerNames(send)).contains("user_key", "Access_token");
        assertThat(body(send)).isEqualTo("{\"message_type\":\"N\",\"message\":\"Your order has shipped.\","
                + "\"scheduled_delivery_time\":\"2027-03-20 09:00\",\"order_id\":\"order-1\",\"returnRemaining\":true,"
                + "\"encoding\":\"ucs2\",\"recipient\":[\"+393471234567\",\"+393478765432\"]}");
    }

    @Test
    void sendSmsToGroupsPostsTheGroupNames() throws Exception {
        server.enqueue(json(200, "{\"result\":\"OK\",\"order_id\":\"5f0c2a1e\",\"total_sent\":12}"));

        SmsOrder order = keyClient().sendSmsToGroups(new SmsToGroupsRequest()
                .messageType(SmsMessageType.L).message("Spring sale").addRecipientItem("VIP customers"));

        assertThat(order.getTotalSent()).isEqualTo(12);
        assertThat(order.getRemainingCredits()).isNull();
        RecordedRequest send = take(server);
        assertThat(send.getRequestLine()).isEqualTo("POST " + REST + "/smstogroups HTTP/1.1");
        assertThat(body(send)).isEqualTo(
                "{\"message_type\":\"L\",\"message\":\"Spring sale\",\"recipient\":[\"VIP customers\"]}");
    }

    @Test
    void aSendIsNotRetriedByDefaultEvenWhenTheServerIsUnavailable() {
        Smsend smsend = Smsend.builder().baseUrl(baseUrl).userKey("USR9").accessToken("TOK9")
                .retryPolicy(RetryPolicy.builder().sleeper(new Wire.Waits()).build()).build();
        server.enqueue(text(503, "Service unavailable"));

        assertThatThrownBy(() -> smsend.sendSms(new SmsSendRequest()
                .messageType(SmsMessageType.N).message("Hi").addRecipientItem("+393471234567")))
                .isInstanceOf(SmskitException.class);

        assertThat(server.getRequestCount()).as("a second attempt could send the SMS twice").isEqualTo(1);
    }

    @Test
    void aRefusedSendIsAValidationExceptionWithTheTextOfTheApi() {
        server.enqueue(text(400, "Invalid recipient: +39000"));

        assertThatThrownBy(() -> keyClient().sendSms(new SmsSendRequest()
                .messageType(SmsMessageType.N).message("Hi").addRecipientItem("+39000")))
                .isExactlyInstanceOf(ValidationException.class)
                .asInstanceOf(type(ValidationException.class))
                .satisfies(e -> assertThat(e.getError()).isEqualTo("Invalid recipient: +39000"));
    }

    @Test
    void smsStateReadsEachRecipientsStatus() throws Exception {
        server.enqueue(json(200, """
                {"recipient_number":2,"result":"OK","recipients":[
                  {"status":"DLVRD","destination":"+393471234567","delivery_date":"20270320090012"},
                  {"status":"INVALIDDST","destination":"+39000","delivery_date":"20270320090000"}]}"""));

        SmsOrderState state = keyClient().getSmsState("order-1");

        assertThat(state.getRecipientNumber()).isEqualTo(2);
        assertThat(state.getRecipients()).extracting(SmsRecipientState::getStatus)
                .containsExactly(SmsRecipientState.StatusEnum.DLVRD, SmsRecipientState.StatusEnum.INVALIDDST);
        assertThat(state.getRecipients().get(0).getDeliveryDate()).isEqualTo("20270320090012");
        assertThat(take(server).getRequestLine()).isEqualTo("GET " + REST + "/sms/order-1 HTTP/1.1");
    }

    @Test
    void cancellingDeletesTheOrderAndAnOrderNoLongerScheduledIsANotFoundException() throws Exception {
        server.enqueue(empty(200));
        server.enqueue(text(404, "The message sending could not be removed: the order is not SCHEDULED"));
        Smsend smsend = keyClient();

        smsend.deleteScheduledSms("order-1");
        assertThatThrownBy(() -> smsend.deleteScheduledSms("order-2"))
                .isExactlyInstanceOf(NotFoundException.class)
                .hasMessage("DELETE " + baseUrl + "/sms/order-2 failed with HTTP 404: "
                        + "The message sending could not be removed: the order is not SCHEDULED");

        assertThat(take(server).getRequestLine()).isEqualTo("DELETE " + REST + "/sms/order-1 HTTP/1.1");
        assertThat(take(server).getRequestLine()).isEqualTo("DELETE " + REST + "/sms/order-2 HTTP/1.1");
    }

    @Test
    void addContactsPostsTheContactsArrayAndReadsTheNumberSaved() throws Exception {
        server.enqueue(json(200, "2"));
        server.enqueue(json(200, "1"));
        Smsend smsend = keyClient();

        int saved = smsend.addContacts(List.of(new ContactRequest().email("mario.rossi@example.com"),
                new ContactRequest().phoneNumber("+393478765432").addGroupIdsItem("1234")));
        int updated = smsend.addContacts(new MultipleContactsRequest()
                .addContactsItem(new ContactRequest().email("mario.rossi@example.com").name("Mario"))
                .updateExistingContact(true));

        assertThat(saved).isEqualTo(2);
        assertThat(updated).isEqualTo(1);
        RecordedRequest first = take(server);
        assertThat(first.getRequestLine()).isEqualTo("POST " + REST + "/contact HTTP/1.1");
        assertThat(body(first)).as("no type field: smsend tells one contact from several by contacts")
                .isEqualTo("{\"contacts\":[{\"email\":\"mario.rossi@example.com\",\"groupIds\":[]},"
                        + "{\"phoneNumber\":\"+393478765432\",\"groupIds\":[\"1234\"]}]}");
        assertThat(body(take(server))).isEqualTo("{\"contacts\":[{\"email\":\"mario.rossi@example.com\","
                + "\"name\":\"Mario\",\"groupIds\":[]}],\"updateExistingContact\":true}");
    }

    @Test
    void aMultipleAddAnsweredWithoutANumberFailsClearly() {
        server.enqueue(empty(200));

        assertThatThrownBy(() -> keyClient().addContacts(List.of(new ContactRequest().email("a@example.com"))))
                .isExactlyInstanceOf(SmskitException.class)
                .hasMessage("POST /contact answered without the number of contacts saved");
    }
}
