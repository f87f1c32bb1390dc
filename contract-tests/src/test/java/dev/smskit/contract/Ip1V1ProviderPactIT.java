package dev.smskit.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.Map;
import org.springframework.http.MediaType;

/** The ip1-v1 pact against the stub. */
@Provider("ip1-v1")
@PactFolder("target/pacts")
class Ip1V1ProviderPactIT extends StubProviderVerification {

    static final String AUTHORIZATION = Wire.basic(Ip1V1ConsumerPactTest.ACCOUNT, Ip1V1ConsumerPactTest.API_KEY);

    @State(Ip1V1ConsumerPactTest.STATE_GROUP)
    Map<String, Object> group() {
        Map<?, ?> group = stub().post().uri("/api/groups")
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("Name", "Customers", "Color", "#1e90ff"))
                .retrieve().body(Map.class);
        return Map.of("groupId", group.get("ID"));
    }

    @State(Ip1V1ConsumerPactTest.STATE_NO_GROUP)
    void noGroup() {
        // the stores were wiped before the state ran: there are no groups at all
    }
}
