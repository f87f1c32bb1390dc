package dev.smskit.stub.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.smskit.stub.StubHttpTest;
import dev.smskit.stub.TestClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The control API's inbox operations (specs/stub-admin.yaml, tags Inbox and Inbox events). */
class InboxApiTest extends StubHttpTest {

    private void sendV1(String text, String phone) {
        ok(json("POST", "/api/nkis/1/users/send", nki(text, phone), V1));
    }

    private static List<String> texts(JsonNode page) {
        return page.get("messages").valueStream().map(message -> message.get("message").asString()).toList();
    }

    @Test
    void accountsAreEveryConfiguredIp1AccountAndSmsendUser() {
        assertThat(ok(get("/_stub/accounts")).valueStream()
                .map(account -> account.get("api").asString() + " " + account.get("account").asString()))
                .containsExactly("ip1 ip1-12345", "ip1 ip1-54321", "smsend test", "smsend test2");
    }

    @Test
    void theFeedIsOneAccountsMessagesNewestFirstAndItsCursorIsNotShiftedByNewMessages() {
        for (int i = 1; i <= 5; i++) {
            sendV1("Message " + i, "+4670123456" + i);
        }
        ok(json("POST", "/api/nkis/1/users/send", nki("Not mine", "+46701234567"), V1_OTHER));

        JsonNode first = ok(get("/_stub/feed?api=ip1&account=" + ACCOUNT + "&limit=2"));
        sendV1("Message 6", "+46701234566");
        JsonNode second = ok(get("/_stub/feed?api=ip1&account=" + ACCOUNT + "&limit=2&cursor=" + first.get("next").asString()));
        JsonNode third = ok(get("/_stub/feed?api=ip1&account=" + ACCOUNT + "&limit=2&cursor=" + second.get("next").asString()));

        assertThat(texts(first)).containsExactly("Message 5", "Message 4");
        assertThat(first.get("total").asInt()).isEqualTo(5);
        assertThat(texts(second)).containsExactly("Message 3", "Message 2");
        assertThat(second.get("total").asInt()).isEqualTo(6);
        assertThat(texts(third)).containsExactly("Message 1");
        assertThat(third.has("next")).isFalse();
    }

    @Test
    void searchFindsANumberHoweverItIsWrittenAndTextIgnoringCase() {
        sendV1("Your parcel is on its way", "+46701234567");
        sendV1("Your table is booked", "+46709876543");

        assertThat(texts(ok(get("/_stub/feed?api=ip1&account=" + ACCOUNT + "&q=%2B46%2070%20987"))))
                .containsExactly("Your table is booked");
        assertThat(texts(ok(get("/_stub/feed?api=ip1&account=" + ACCOUNT + "&q=PARCEL"))))
                .containsExactly("Your parcel is on its way");
        assertThat(texts(ok(get("/_stub/feed?api=ip1&account=" + ACCOUNT + "&q=ip1sms")))).hasSize(2);
    }

    @Test
    void filtersByStepDirectionAndTime() {
        sendV1("Early", "+46701234567");
        clock.setInstant(TestClock.START.plus(Duration.ofHours(1)));
        sendV1("Late", "+46701234568");
        assertThat(json("POST", "/_stub/ip1/incoming", "{\"account\":\"" + ACCOUNT + "\",\"from\":\"+46701234567\",\"message\":\"Hi\"}").status()).isEqualTo(201);
        String feed = "/_stub/feed?api=ip1&account=" + ACCOUNT;

        // the clock moved on an hour: Early has reached the phone since
        assertThat(texts(ok(get(feed + "&step=ACCEPTED")))).containsExactly("Late");
        assertThat(texts(ok(get(feed + "&step=PHONE")))).containsExactly("Hi", "Early");
        assertThat(texts(ok(get(feed + "&direction=OUTGOING")))).containsExactly("Late", "Early");
        assertThat(texts(ok(get(feed + "&since=2026-01-01T00:30:00Z")))).containsExactly("Hi", "Late");
        assertThat(texts(ok(get(feed + "&until=2026-01-01T00:30:00Z")))).containsExactly("Early");
    }

    @Test
    void aBadQueryIsA400NamingTheParameter() {
        String feed = "/_stub/feed?api=ip1&account=" + ACCOUNT;
        assertBadRequest(get(feed + "&cursor=nonsense"), "cursor");
        assertBadRequest(get(feed + "&direction=SIDEWAYS"), "direction");
        assertBadRequest(get("/_stub/feed?api=ip1&account=nobody"), "account");
        assertBadRequest(get("/_stub/feed?api=smsend&account=" + ACCOUNT), "account");
        assertThat(get(feed + "&limit=0").status()).isEqualTo(400);
        assertThat(get(feed + "&limit=501").status()).isEqualTo(400);
        assertThat(get("/_stub/feed?api=ip1").status()).isEqualTo(400);
    }

    private static void assertBadRequest(Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().get("errors").has(field)).as(answer.toString()).isTrue();
    }

    @Test
    void theDetailShowsEachSegmentAndTheCharactersThatCountDouble() {
        // 150 plain characters, then "€" (two septets) would straddle the end of the first part
        String text = "a".repeat(152) + "€" + "b".repeat(10);
        sendV1(text, "+46701234567");
        String key = ok(get("/_stub/feed?api=ip1&account=" + ACCOUNT)).get("messages").get(0).get("key").asString();

        JsonNode detail = ok(get("/_stub/messages/" + key));

        assertThat(detail.get("message").get("encoding").asString()).isEqualTo("GSM");
        assertThat(detail.get("message").get("segments").asInt()).isEqualTo(2);
        assertThat(detail.get("parts").valueStream().map(part -> part.get("units").asInt())).containsExactly(152, 12);
        assertThat(detail.get("parts").get(1).get("text").asString()).isEqualTo("€" + "b".repeat(10));
        assertThat(detail.get("marks").valueStream()
                .map(mark -> mark.get("index").asInt() + " " + mark.get("character").asString() + " " + mark.get("reason").asString()))
                .containsExactly("152 € DOUBLE");
        assertThat(detail.get("history").valueStream().map(step -> step.get("step").asString())).containsExactly("ACCEPTED");
        assertThat(detail.get("reports")).isEmpty();
    }

    @Test
    void anUnknownKeyIs404() {
        Answer answer = get("/_stub/messages/ip1-bm9ib2R5CjE");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(get("/_stub/messages/garbage").status()).isEqualTo(404);
        sendV1("Only one", "+46701234567");
        // well-formed: recorded at the clock's start by this account, but with id 99
        assertThat(get("/_stub/messages/ip1-MjAyNi0wMS0wMVQwMDowMDowMFoKaXAxLTEyMzQ1Cjk5").status()).isEqualTo(404);
        assertThat(send("POST", "/_stub/messages/garbage/deliver", null).status()).isEqualTo(404);
    }

    @Test
    void deliverMovesOnThatMessageOnly() {
        sendV1("First", "+46701234567");
        sendV1("Second", "+46701234568");
        String key = ok(get("/_stub/feed?api=ip1&account=" + ACCOUNT)).get("messages").get(0).get("key").asString();

        JsonNode network = ok(send("POST", "/_stub/messages/" + key + "/deliver?until=NETWORK", null));
        JsonNode phone = ok(send("POST", "/_stub/messages/" + key + "/deliver", null));

        assertThat(network.get("status").asInt()).isEqualTo(21);
        assertThat(phone.get("message").asString()).isEqualTo("Second");
        assertThat(phone.get("statusCode").asInt()).isEqualTo(201);
        assertThat(ok(get("/api/sms/sent/2", V1)).get("Status").asInt()).isEqualTo(22);
        assertThat(ok(get("/api/sms/sent/1", V1)).get("Status").asInt()).isEqualTo(0);
        assertBadRequest(send("POST", "/_stub/messages/" + key + "/deliver?until=SIDEWAYS", null), "until");
    }

    @Test
    void deliverMovesAnSmsendSmsOnWithItsOrder() {
        String[] keys = get("/API/v1.0/REST/token?username=test&password=test").body().split(";");
        Answer placed = json("POST", "/API/v1.0/REST/sms",
                "{\"message_type\":\"N\",\"message\":\"Ciao\",\"recipient\":[\"+393471234567\",\"+393471234568\"],\"order_id\":\"o-1\"}",
                "user_key", keys[0], "Access_token", keys[1]);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String key = ok(get("/_stub/feed?api=smsend&account=test")).get("messages").get(1).get("key").asString();

        JsonNode delivered = ok(send("POST", "/_stub/messages/" + key + "/deliver", null));

        assertThat(delivered.get("to").asString()).isEqualTo("+393471234567");
        assertThat(delivered.get("smsendStatus").asString()).isEqualTo("DLVRD");
        assertThat(ok(get("/_stub/feed?api=smsend&account=test")).get("messages").valueStream()
                .map(message -> message.get("smsendStatus").asString())).containsExactly("DLVRD", "DLVRD");
    }

    @Test
    void resetAccountForgetsOneAccountOnly() {
        sendV1("Mine", "+46701234567");
        ok(json("POST", "/api/nkis/1/users/send", nki("Theirs", "+46701234567"), V1_OTHER));
        ok(json("POST", "/api/groups", "{\"Name\":\"Customers\"}", V1));

        Answer reset = send("POST", "/_stub/accounts/ip1/" + ACCOUNT + "/reset", null);

        assertThat(reset.status()).isEqualTo(204);
        assertThat(ok(get("/api/sms/sent", V1))).isEmpty();
        assertThat(ok(get("/api/groups", V1))).isEmpty();
        assertThat(ok(get("/api/sms/sent", V1_OTHER))).hasSize(1);
        assertThat(send("POST", "/_stub/accounts/ip1/nobody/reset", null).status()).isEqualTo(404);
        assertThat(send("POST", "/_stub/accounts/smsend/" + ACCOUNT + "/reset", null).status()).isEqualTo(404);
    }

    @Test
    void theEventStreamNamesNewMessagesAndStatusChangesOfItsAccountOnly() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/_stub/feed/events?api=ip1&account=" + ACCOUNT)).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        // closing the stream itself (not a reader, whose lock a read that timed out still holds) ends it
        try (InputStream body = response.body()) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            ok(json("POST", "/api/nkis/1/users/send", nki("Not mine", "+46701234567"), V1_OTHER));
            sendV1("Mine", "+46701234567");
            List<String> message = event(lines);
            ok(json("POST", "/_stub/deliveries/settle", ""));
            List<String> status = event(lines);

            assertThat(message.get(0)).isEqualTo("event:message");
            assertThat(message.get(1)).startsWith("data:").contains("\"message\":\"Mine\"", "\"step\":\"ACCEPTED\"");
            assertThat(status.get(0)).isEqualTo("event:status");
            assertThat(status.get(1)).contains("\"message\":\"Mine\"", "\"step\":\"PHONE\"", "\"status\":22");
        }
    }

    /** The next event's lines (comments and {@code retry} skipped), waiting at most 10 s. */
    private static List<String> event(BufferedReader lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            List<String> event = new ArrayList<>();
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty() && !event.isEmpty()) {
                        return event;
                    }
                    // comments and the reconnection time are no event
                    if (!line.isEmpty() && !line.startsWith(":") && !line.startsWith("retry:")) {
                        event.add(line);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return event;
        }).get(10, TimeUnit.SECONDS);
    }
}
