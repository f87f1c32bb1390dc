package dev.smskit.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/** The ip1-v1 pact against the stub. */
@Provider("ip1-v1")
@PactFolder("target/pacts")
class Ip1V1ProviderPactIT extends StubProviderVerification {

    static final String AUTHORIZATION = Wire.basic(Ip1V1ConsumerPact.ACCOUNT, Ip1V1ConsumerPact.API_KEY);

    @State(Ip1V1States.GROUP)
    Map<String, Object> group() {
        Map<?, ?> group = stub().post().uri("/api/groups")
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("Name", "Customers", "Color", "#1e90ff"))
                .retrieve().body(Map.class);
        return Map.of("groupId", group.get("ID"));
    }

    @State(Ip1V1States.NOTHING)
    void nothing() {
        // the stores were wiped before the state ran: no groups, contacts, memberships, messages or blacklist entries
    }

    @State(Ip1V1States.NOT_MEMBER)
    Map<String, Object> groupAndContact() {
        return Map.of("groupId", group().get("groupId"), "contactId", post("/api/contacts",
                Map.of("FirstName", "Anna", "LastName", "Svensson", "Phone", Ip1V1ConsumerPact.PHONE)).get("ID"));
    }

    @State(Ip1V1States.MEMBER)
    Map<String, Object> member() {
        Map<String, Object> ids = new HashMap<>(groupAndContact());
        ids.put("membershipId", post("/api/memberships", Map.of("Group", ids.get("groupId"), "Contact", ids.get("contactId"))).get("ID"));
        return ids;
    }

    @State(Ip1V1States.BLACKLISTED)
    Map<String, Object> blacklisted() {
        return Map.of("entryId", post("/api/blacklist", Map.of("Phone", Ip1V1ConsumerPact.BLACKLISTED)).get("ID"));
    }

    @State(Ip1V1States.SENT)
    Map<String, Object> sent() {
        List<?> sent = stub().post().uri("/api/sms/send")
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("Numbers", List.of(Ip1V1ConsumerPact.PHONE), "From", "ip1sms", "Message", "Your order has shipped."))
                .retrieve().body(List.class);
        return Map.of("smsId", ((Map<?, ?>) sent.get(0)).get("ID"));
    }

    private Map<?, ?> post(String path, Map<String, Object> body) {
        return stub().post().uri(path)
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve().body(Map.class);
    }

    @State(Ip1V1States.NO_CREDITS)
    void noCreditsLeft() {
        noCredits();
    }
}
