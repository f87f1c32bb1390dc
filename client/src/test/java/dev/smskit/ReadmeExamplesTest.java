package dev.smskit;

import static dev.smskit.Wire.body;
import static dev.smskit.Wire.json;
import static dev.smskit.Wire.take;
import static dev.smskit.Wire.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.common.RetryPolicy;
import dev.smskit.common.ValidationException;
import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v1.model.ApiError;
import dev.smskit.ip1.v1.model.Contact;
import dev.smskit.ip1.v1.model.ContactNew;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupNew;
import dev.smskit.ip1.v1.model.MembershipNew;
import dev.smskit.ip1.v1.model.NKIUserNew;
import dev.smskit.ip1.v1.model.OutgoingNKI;
import dev.smskit.ip1.v1.model.OutgoingSMS;
import dev.smskit.ip1.v1.model.ProcessedOutgoingSMS;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.Batch;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.ip1.v2.model.MessageStatus;
import dev.smskit.ip1.v2.model.SortOrder;
import dev.smskit.smsend.Smsend;
import dev.smskit.smsend.model.GroupRequest;
import dev.smskit.smsend.model.SmsMessageType;
import dev.smskit.smsend.model.SmsOrder;
import dev.smskit.smsend.model.SmsSendRequest;
import feign.Logger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of the README's "Client" section, verbatim, run against a local server; the last
 * test fails when the README and this file drift apart.
 */
class ReadmeExamplesTest {

    private MockWebServer server;
    private String baseUrl;

    @BeforeEach
    void start() throws Exception {
        server = Wire.start();
        baseUrl = Wire.root(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void ip1V1CreateAGroupAndSendAnNki() throws Exception {
        server.enqueue(json(200, "{\"ID\":1017,\"Name\":\"Customers\",\"Color\":\"#1e90ff\",\"OwnerID\":\"ip1-12345\"}"));
        server.enqueue(json(200, "[{\"ID\":880123,\"Status\":0,\"To\":\"+46701234567\",\"From\":\"ip1sms\","
                + "\"Message\":\"How happy are you with your delivery?\"}]"));

        Ip1V1 ip1 = Ip1V1.builder()
                .baseUrl(baseUrl) // leave out for production: https://api.ip1sms.com
                .accountId("ip1-12345")
                .apiKey("your-api-key")
                .build();

        Group group = ip1.createGroup(new GroupNew().name("Customers").color("#1e90ff"));

        List<ProcessedOutgoingSMS> sent = ip1.nki().sendNkiToUsers(4711, new OutgoingNKI()
                .addUsersItem(new NKIUserNew().firstName("Anna").phone("+46701234567"))
                .from("ip1sms")
                .message("How happy are you with your delivery?"));

        assertThat(group.getID()).isEqualTo(1017);
        assertThat(sent).extracting(ProcessedOutgoingSMS::getTo).containsExactly("+46701234567");
        assertThat(body(take(server))).isEqualTo("{\"Name\":\"Customers\",\"Color\":\"#1e90ff\"}");
        assertThat(take(server).getTarget()).isEqualTo("/api/nkis/4711/users/send");
    }

    @Test
    void ip1V1SendAnSmsAndReadItsDeliveryStatusBack() throws Exception {
        server.enqueue(json(200, "{\"ID\":1735500,\"FirstName\":\"Anna\",\"LastName\":\"Svensson\",\"Phone\":\"+46701234568\"}"));
        server.enqueue(json(200, "{\"ID\":5001,\"Group\":1017,\"Contact\":1735500}"));
        server.enqueue(json(200, "[{\"ID\":880124,\"BundleID\":5022,\"Status\":0,\"To\":\"+46701234567\",\"From\":\"ip1sms\","
                + "\"Message\":\"Hi customer, your order has shipped.\"},{\"ID\":880125,\"BundleID\":5022,\"Status\":0,"
                + "\"To\":\"+46701234568\",\"From\":\"ip1sms\",\"Message\":\"Hi Anna, your order has shipped.\"}]"));
        server.enqueue(json(200, "{\"ID\":880124,\"Status\":22,\"StatusDescription\":\"Delivered to the phone\","
                + "\"To\":\"+46701234567\",\"From\":\"ip1sms\",\"Message\":\"Hi customer, your order has shipped.\"}"));
        Ip1V1 ip1 = Ip1V1.builder().baseUrl(baseUrl).accountId("ip1-12345").apiKey("your-api-key").build();
        Group group = new Group().ID(1017).name("Customers");
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Contact anna = ip1.createContact(new ContactNew().firstName("Anna").lastName("Svensson").phone("+46701234568"));
            ip1.createMembership(new MembershipNew().group(group.getID()).contact(anna.getID()));

            List<ProcessedOutgoingSMS> sms = ip1.sendSms(new OutgoingSMS()
                    .addNumbersItem("+46701234567")
                    .addGroupsItem(group.getID())
                    .putParametersItem("+46701234568", Map.of("name", "Anna"))
                    .putParametersItem("default", Map.of("name", "customer"))
                    .from("ip1sms")
                    .message("Hi {name}, your order has shipped."));

            ProcessedOutgoingSMS status = ip1.getSentSms(sms.get(0).getID());
            System.out.println(status.getTo() + ": " + status.getStatus() + " " + status.getStatusDescription());
        } finally {
            System.setOut(out);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("+46701234567: 22 Delivered to the phone" + System.lineSeparator());
        assertThat(take(server).getTarget()).isEqualTo("/api/contacts");
        assertThat(body(take(server))).isEqualTo("{\"Group\":1017,\"Contact\":1735500}");
        assertThat(body(take(server))).isEqualTo("{\"Numbers\":[\"+46701234567\"],\"Groups\":[1017],"
                + "\"Parameters\":{\"+46701234568\":{\"name\":\"Anna\"},\"default\":{\"name\":\"customer\"}},"
                + "\"From\":\"ip1sms\",\"Message\":\"Hi {name}, your order has shipped.\"}");
        assertThat(take(server).getTarget()).isEqualTo("/api/sms/sent/880124");
    }

    @Test
    void ip1V2ReadAConversationPageByPage() throws Exception {
        String next = baseUrl + "/v2/conversations/46701234567?start=100&limit=100&order=ASC";
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Link", "<" + next + ">; rel=\"next\"")
                .body("[{\"id\":\"m1\",\"body\":\"Your order has shipped.\"}]").build());
        server.enqueue(json(200, "[{\"id\":\"m2\",\"body\":\"Thanks!\",\"direction\":1}]"));

        Ip1V2 ip1v2 = Ip1V2.builder()
                .baseUrl(baseUrl) // leave out for production: https://api.ip1sms.com
                .bearerToken("your-api-token")
                .build();

        ip1v2.conversationMessages("46701234567", 100, SortOrder.ASC)
                .forEach(message -> System.out.println(message.getModified() + " " + message.getBody()));

        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567?limit=100&order=ASC");
        assertThat(take(server).getTarget()).isEqualTo("/v2/conversations/46701234567?start=100&limit=100&order=ASC");
    }

    @Test
    void ip1V2SendAnSmsAndReadItsDeliveryStatusBack() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .setHeader("Location", baseUrl + "/v2/batches/6745a1f0c2d94b0e8f3a1b1f")
                .body("{\"id\":\"6745a1f0c2d94b0e8f3a1b1f\",\"sender\":\"ip1sms\",\"recipients\":[\"46701234567\"],"
                        + "\"body\":\"Your order has shipped.\",\"reference\":\"order-10023\"}").build());
        server.enqueue(json(200, "[{\"id\":\"6745a1f0c2d94b0e8f3a1b20\",\"batchId\":\"6745a1f0c2d94b0e8f3a1b1f\","
                + "\"recipient\":\"46701234567\",\"statuses\":[{\"code\":101,\"duration\":0,\"created\":\"2026-11-23T09:15:30.123Z\"},"
                + "{\"code\":102,\"duration\":0,\"created\":\"2026-11-23T09:15:31.123Z\"}]}]"));
        Ip1V2 ip1v2 = Ip1V2.builder().baseUrl(baseUrl).bearerToken("your-api-token").build();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Batch batch = ip1v2.createBatch(new BatchNew()
                    .sender("ip1sms")
                    .addRecipientsItem("46701234567")
                    .body("Your order has shipped.")
                    .reference("order-10023"));

            ip1v2.batchMessages(batch.getId()).forEach(message -> {
                List<MessageStatus> statuses = message.getStatuses();
                System.out.println(message.getRecipient() + " " + statuses.get(statuses.size() - 1).getCode());
            });
        } finally {
            System.setOut(out);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("46701234567 102" + System.lineSeparator());
        assertThat(body(take(server))).startsWith("{\"sender\":\"ip1sms\",\"recipients\":[\"46701234567\"],"
                + "\"body\":\"Your order has shipped.\"");
        assertThat(take(server).getTarget()).isEqualTo("/v2/batches/6745a1f0c2d94b0e8f3a1b1f/messages");
    }

    @Test
    void smsendLogInCreateAGroupListTheGroupsSendAnSmsAndReadItsState() throws Exception {
        String rest = "/API/v1.0/REST";
        server.enqueue(text(200, "USR3a9f2c;SESKb71e0d44a2"));
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Location", "/group/1234").build());
        server.enqueue(json(200, "{\"groups\":[{\"id_group\":\"1234\",\"group_name\":\"VIP customers\","
                + "\"group_description\":\"Yearly turnover above 10k\"}],\"pageNumber\":1,\"pageSize\":50,\"Total\":1}"));
        server.enqueue(json(201, "{\"result\":\"OK\",\"order_id\":\"3f2a9c1e\",\"total_sent\":1}"));
        server.enqueue(json(200, "{\"recipient_number\":1,\"result\":\"OK\",\"recipients\":[{\"status\":\"WAITING\","
                + "\"destination\":\"+393471234567\",\"delivery_date\":\"20270320090000\"}]}"));
        String baseUrl = this.baseUrl + rest;
        String printed = printedBy(() -> {
            Smsend smsend = Smsend.builder()
                    .baseUrl(baseUrl) // leave out for production: https://app.gateway.smsend.it
                    .username("my-user")
                    .password("my-password")
                    .build();

            int groupId = smsend.createGroup(new GroupRequest().name("VIP customers").description("Yearly turnover above 10k"));

            smsend.listGroups(50)
                    .forEach(g -> System.out.println(g.getIdGroup() + " " + g.getGroupName()));

            SmsOrder order = smsend.sendSms(new SmsSendRequest()
                    .messageType(SmsMessageType.N) // high quality, with delivery notification
                    .message("Your order has shipped.")
                    .addRecipientItem("+393471234567"));

            smsend.getSmsState(order.getOrderId()).getRecipients()
                    .forEach(r -> System.out.println(r.getDestination() + " " + r.getStatus())); // WAITING, SENT, DLVRD

            assertThat(groupId).isEqualTo(1234);
        });
        assertThat(printed).isEqualTo("1234 VIP customers" + System.lineSeparator()
                + "+393471234567 WAITING" + System.lineSeparator());
        assertThat(take(server).getTarget()).isEqualTo(rest + "/login?username=my-user&password=my-password");
        assertThat(take(server).getHeaders().get("Session_key")).isEqualTo("SESKb71e0d44a2");
        assertThat(take(server).getTarget()).isEqualTo(rest + "/groups?pageNumber=1&pageSize=50");
        RecordedRequest send = take(server);
        assertThat(send.getRequestLine()).isEqualTo("POST " + rest + "/sms HTTP/1.1");
        assertThat(body(send)).isEqualTo("{\"message_type\":\"N\",\"message\":\"Your order has shipped.\","
                + "\"recipient\":[\"+393471234567\"]}");
        assertThat(take(server).getTarget()).isEqualTo(rest + "/sms/3f2a9c1e");
    }

    @Test
    void errorsAndSettings() {
        server.enqueue(json(400, "{\"Message\":\"The request is invalid.\",\"ModelState\":{\"group.Color\":[\"bad\"]}}"));
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Ip1V1 tuned = Ip1V1.builder()
                    .baseUrl(baseUrl)
                    .bearerToken("your-api-token")
                    .connectTimeout(Duration.ofSeconds(5))
                    .readTimeout(Duration.ofSeconds(20))
                    .retryPolicy(RetryPolicy.builder().maxAttempts(4).maxDelay(Duration.ofSeconds(10)).build())
                    .logLevel(Logger.Level.BASIC)
                    .build();

            try {
                tuned.createGroup(new GroupNew().name("Customers").color("blue"));
            } catch (ValidationException e) {
                ApiError error = e.getError(ApiError.class).orElseThrow();
                System.out.println(e.getMessage() + " " + error.getModelState().keySet());
            }
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("POST " + baseUrl
                + "/api/groups failed with HTTP 400: The request is invalid. [group.Color: bad] [group.Color]"
                + System.lineSeparator());
    }

    @Test
    void everyJavaExampleOfTheReadmeClientSectionIsInThisFile() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("## Client");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        String here = normalise(Files.readString(Path.of("src/test/java/dev/smskit/ReadmeExamplesTest.java")));

        Set<String> importedHere = imports(here);
        Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
        int found = 0;
        while (blocks.find()) {
            found++;
            String example = normalise(blocks.group(1));
            Set<String> imported = imports(example);
            String code = example.lines().filter(line -> !line.startsWith("import ")).collect(Collectors.joining("\n"));
            assertThat(here).as("README example %d is compiled here verbatim", found).contains(code);
            assertThat(importedHere).as("the imports of README example %d are this file's", found).containsAll(imported);
            for (String type : importedHere) {
                String simpleName = type.substring(type.lastIndexOf('.') + 1);
                if (Pattern.compile("\\b" + simpleName + "\\b").matcher(code).find()) {
                    assertThat(imported).as("README example %d imports the %s it uses", found, simpleName).contains(type);
                }
            }
        }
        assertThat(found).as("java examples in the README's Client section").isEqualTo(6);
    }

    /** The types imported by {@code import} lines (static imports left out). */
    private static Set<String> imports(String code) {
        return code.lines().map(String::strip)
                .filter(line -> line.startsWith("import ") && !line.startsWith("import static "))
                .map(line -> line.substring("import ".length(), line.length() - 1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What the code prints on {@code System.out}. */
    private static String printedBy(Runnable code) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Lines without indentation and blank lines, so that only the code has to match. */
    private static String normalise(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }
}
