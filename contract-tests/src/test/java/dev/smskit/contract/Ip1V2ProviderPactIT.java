package dev.smskit.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/** The ip1-v2 pact against the stub; V2 conversations show what was sent through V1. */
@Provider("ip1-v2")
@PactFolder("target/pacts")
class Ip1V2ProviderPactIT extends StubProviderVerification {

    @State(Ip1V2ConsumerPactTest.STATE_MESSAGES)
    void messages() {
        for (int i = 1; i <= 3; i++) {
            stub().post().uri("/api/nkis/4711/users/send")
                    .header("Authorization", Ip1V1ProviderPactIT.AUTHORIZATION)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("Users", List.of(Map.of("FirstName", "Anna", "Phone", "+" + Ip1V2ConsumerPactTest.PARTICIPANT)),
                            "From", "ip1sms", "Message", "Your order 1002" + i + " has shipped."))
                    .retrieve().toBodilessEntity();
        }
    }

    @State(Ip1V2ConsumerPactTest.STATE_NO_MESSAGES)
    void noMessages() {
        // the stores were wiped before the state ran: no conversation has messages
    }
}
