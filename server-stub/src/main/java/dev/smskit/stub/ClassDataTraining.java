package dev.smskit.stub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The class-data sharing training run ({@code -XX:ArchiveClassesAtExit}, see stub.sh): starts
 * the stub on a free port, sends it the kinds of request each API gets, good and bad, and exits. The
 * archive then also holds the classes that answer requests, not only those that start the stub, so
 * the first answer after {@code stub.sh} comes sooner.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        SpringApplication application = new SpringApplication(StubServerApplication.class);
        // the AOT-processed context is looked up by the application's main class
        application.setMainApplicationClass(StubServerApplication.class);
        ConfigurableApplicationContext context = application.run(args);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        try {
            train(HttpClient.newHttpClient(), "http://localhost:" + port);
        } finally {
            System.exit(SpringApplication.exit(context));
        }
    }

    private static void train(HttpClient http, String stub) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString("ip1-12345:test-key".getBytes(StandardCharsets.UTF_8));
        String json = "application/json";
        for (int round = 0; round < 3; round++) {
            send(http, get(stub + "/api/groups").header("Authorization", basic));
            send(http, post(stub + "/api/groups", "{\"Name\":\"Training\",\"Color\":\"#1e90ff\"}")
                    .header("Authorization", basic).header("Content-Type", json));
            send(http, post(stub + "/api/groups", "{\"Name\":").header("Authorization", basic).header("Content-Type", json));
            send(http, post(stub + "/api/nkis/1/users/send",
                    "{\"Users\":[{\"FirstName\":\"Anna\",\"Phone\":\"+46701234567\"}],\"From\":\"smskit\",\"Message\":\"Hi\"}")
                    .header("Authorization", basic).header("Content-Type", json));
            send(http, get(stub + "/v2/conversations/46701234567").header("Authorization", "Bearer test-token"));
            send(http, get(stub + "/v2/conversations/46701234567?limit=0").header("Authorization", "Bearer test-token"));
            String[] keys = send(http, get(stub + "/API/v1.0/REST/token?username=test&password=test")).split(";");
            send(http, get(stub + "/API/v1.0/REST/groups").header("user_key", keys[0]).header("Access_token", keys[1]));
            send(http, get(stub + "/API/v1.0/REST/groups"));
            send(http, get(stub + "/nowhere"));
        }
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url));
    }

    private static HttpRequest.Builder post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String send(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
