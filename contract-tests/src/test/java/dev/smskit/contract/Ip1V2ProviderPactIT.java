package dev.smskit.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/** The ip1-v2 pact against the stub; V2 conversations show what was sent through V1, and batches are sent through V2. */
@Provider("ip1-v2")
@PactFolder("target/pacts")
class Ip1V2ProviderPactIT extends StubProviderVerification {

    @State(Ip1V2States.MESSAGES)
    void messages() {
        for (int i = 1; i <= 3; i++) {
            stub().post().uri("/api/nkis/4711/users/send")
                    .header("Authorization", Ip1V1ProviderPactIT.AUTHORIZATION)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("Users", List.of(Map.of("FirstName", "Anna", "Phone", "+" + Ip1V2ConsumerPact.PARTICIPANT)),
                            "From", "ip1sms", "Message", "Your order 1002" + i + " has shipped."))
                    .retrieve().toBodilessEntity();
        }
    }

    @State(Ip1V2States.REPLY)
    void reply() {
        stub().post().uri("/_stub/ip1/incoming")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("account", "ip1-12345", "from", "+" + Ip1V2ConsumerPact.PARTICIPANT, "to", "ip1sms",
                        "message", "Thanks! Can you leave it at the door?"))
                .retrieve().toBodilessEntity();
    }

    /** A V2 batch, sent as a client would; the pact reads it by the ids it got. */
    @State(Ip1V2States.BATCH)
    Map<String, Object> batch() {
        Map<?, ?> batch = stub().post().uri("/v2/batches")
                .header("Authorization", "Bearer " + Ip1V2ConsumerPact.TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sender", "ip1sms",
                        "recipients", List.of(Ip1V2ConsumerPact.PARTICIPANT, Ip1V2ConsumerPact.OTHER_PARTICIPANT),
                        "body", Ip1V2ConsumerPact.SHIPPED, "reference", "order-10023", "tags", List.of("shipping")))
                .retrieve().body(Map.class);
        String batchId = String.valueOf(batch.get("id"));
        List<?> messages = stub().get().uri("/v2/batches/" + batchId + "/messages")
                .header("Authorization", "Bearer " + Ip1V2ConsumerPact.TOKEN)
                .retrieve().body(List.class);
        return Map.of("batchId", batchId, "messageId", ((Map<?, ?>) messages.get(0)).get("id"));
    }

    @State(Ip1V2States.NO_MESSAGES)
    void noMessages() {
        // the stores were wiped before the state ran: no conversation has messages
    }

    @State(Ip1V2States.NO_CREDITS)
    void noCreditsLeft() {
        noCredits();
    }
}
