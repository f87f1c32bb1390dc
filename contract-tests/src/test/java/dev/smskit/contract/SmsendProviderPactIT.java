package dev.smskit.contract;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The smsend pact against the stub; states log user test in and hand the keys to the replayed requests. */
@Provider("smsend")
@PactFolder("target/pacts")
class SmsendProviderPactIT extends StubProviderVerification {

    private static final String BASE = SmsendConsumerPact.BASE;

    @State(SmsendStates.USER)
    Map<String, Object> loggedIn() {
        String[] token = login("/token");
        String[] session = login("/login");
        Map<String, Object> keys = new HashMap<>();
        keys.put("userKey", token[0]);
        keys.put("accessToken", token[1]);
        keys.put("sessionKey", session[1]);
        return keys;
    }

    @State(SmsendStates.GROUP)
    Map<String, Object> group() {
        Map<String, Object> state = loggedIn();
        state.put("groupId", createGroup(state));
        return state;
    }

    @State(SmsendStates.CONTACT)
    Map<String, Object> contact() {
        Map<String, Object> state = loggedIn();
        state.put("contactId", createContact(state));
        return state;
    }

    @State(SmsendStates.GROUP_AND_CONTACT)
    Map<String, Object> groupAndContact() {
        Map<String, Object> state = group();
        state.put("contactId", createContact(state));
        return state;
    }

    @State(SmsendStates.MEMBER)
    Map<String, Object> member() {
        Map<String, Object> state = groupAndContact();
        authenticated(stub().post().uri(BASE + "/group/{g}/contact/{c}", state.get("groupId"), state.get("contactId")), state)
                .retrieve().toBodilessEntity();
        return state;
    }

    @State(SmsendStates.ORDER)
    Map<String, Object> order() {
        Map<String, Object> state = loggedIn();
        sendSms(state, SmsendConsumerPact.ORDER_ID, null);
        return state;
    }

    @State(SmsendStates.SCHEDULED_ORDER)
    Map<String, Object> scheduledOrder() {
        Map<String, Object> state = loggedIn();
        sendSms(state, SmsendConsumerPact.SCHEDULED_ORDER_ID, "2099-01-01 09:00");
        return state;
    }

    private void sendSms(Map<String, Object> keys, String orderId, String scheduledFor) {
        Map<String, Object> sms = new HashMap<>(Map.of("message_type", "N", "message", "Your order has shipped.",
                "recipient", List.of("+393471234567"), "order_id", orderId));
        if (scheduledFor != null) {
            sms.put("scheduled_delivery_time", scheduledFor);
        }
        authenticated(stub().post().uri(BASE + "/sms"), keys).contentType(MediaType.APPLICATION_JSON).body(sms)
                .retrieve().toBodilessEntity();
    }

    private String[] login(String path) {
        String keys = stub().get().uri(BASE + path + "?username=test&password=test").retrieve().body(String.class);
        return keys.split(";");
    }

    private int createGroup(Map<String, Object> keys) {
        ResponseEntity<Void> created = authenticated(stub().post().uri(BASE + "/group"), keys)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "VIP customers", "description", "Customers with a yearly turnover above 10k"))
                .retrieve().toBodilessEntity();
        return idFromLocation(created);
    }

    private int createContact(Map<String, Object> keys) {
        ResponseEntity<Void> created = authenticated(stub().post().uri(BASE + "/contact"), keys)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("phoneNumber", "+393471234567", "name", "Mario", "surname", "Rossi"))
                .retrieve().toBodilessEntity();
        return idFromLocation(created);
    }

    private static RestClient.RequestBodySpec authenticated(RestClient.RequestBodySpec request, Map<String, Object> keys) {
        return request.header("user_key", (String) keys.get("userKey")).header("Access_token", (String) keys.get("accessToken"));
    }

    /** {@code /group/1234} → 1234: smsend answers creates with a relative Location. */
    private static int idFromLocation(ResponseEntity<Void> created) {
        String location = created.getHeaders().getLocation().toString();
        return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
    }
}
