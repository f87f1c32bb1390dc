package dev.smskit.stub.smsend;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.smskit.stub.StubState;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.RecordedSms;
import dev.smskit.stub.smsend.addressbook.AddressBooks;
import dev.smskit.stub.smsend.orders.SentSms;
import dev.smskit.stub.smsend.orders.SmsOrders;
import dev.smskit.stub.smsend.orders.Status;
import dev.smskit.stub.web.ErrorShape;
import dev.smskit.stub.web.StubError;
import org.springframework.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** smsend as the rest of the stub sees it. Its session keys outlive a reset: clients stay logged in. */
@Component
@Order(2)
class SmsendStub implements StubState {

    private final SmsOrders orders;
    private final AddressBooks addressBooks;
    private final SmsendProperties properties;
    private final Sessions sessions;

    SmsendStub(SmsOrders orders, AddressBooks addressBooks, SmsendProperties properties, Sessions sessions) {
        this.orders = orders;
        this.addressBooks = addressBooks;
        this.properties = properties;
        this.sessions = sessions;
    }

    @Override
    public Optional<String> caller(HttpServletRequest request) {
        return sessions.authenticate(request.getHeader("user_key"), request.getHeader("Session_key"),
                request.getHeader("Access_token"));
    }

    @Override
    public String name() {
        return "smsend";
    }

    @Override
    public List<Surface> surfaces() {
        return List.of(new Surface("smsend", SmsendWebConfiguration.BASE_PATH, ErrorShape.SMSEND));
    }

    @Override
    public void reset() {
        orders.reset();
        addressBooks.reset();
    }

    @Override
    public int settle(DeliveryStep until) {
        return orders.settle(until);
    }

    @Override
    public String credentials() {
        return "smsend users (username/password): " + properties.users().stream()
                .map(user -> user.username() + "/" + user.password())
                .collect(Collectors.joining(", "));
    }

    @Override
    public List<RecordedSms> messages() {
        return orders.sent().stream().map(this::recorded).toList();
    }

    @Override
    public List<RecordedSms> messages(String account) {
        return RecordedSms.view(orders.sent(account), this::recorded);
    }

    @Override
    public List<String> accounts() {
        return properties.users().stream().map(SmsendProperties.User::username).toList();
    }

    @Override
    public void reset(String account) {
        orders.reset(account);
        addressBooks.reset(account);
    }

    @Override
    public Optional<RecordedSms> settle(RecordedSms message, DeliveryStep until) {
        String orderId = (String) message.terms().get("orderId");
        if (!orders.settle(message.account(), orderId, until)) {
            return Optional.empty();
        }
        return messages(message.account()).stream()
                .filter(sms -> orderId.equals(sms.terms().get("orderId")) && sms.to().equals(message.to()))
                .findFirst();
    }

    @Override
    public boolean isFailureCode(String code) {
        return Status.isFailure(code);
    }

    @Override
    public List<RecordedSms> fail(List<RecordedSms> messages, String code) {
        if (messages.isEmpty()) {
            return List.of();
        }
        RecordedSms first = messages.get(0);
        String orderId = (String) first.terms().get("orderId");
        List<String> destinations = messages.stream().map(RecordedSms::to).toList();
        Optional<SmsOrders.Failing> failing = orders.fail(first.account(), orderId, destinations, code);
        if (failing.isEmpty()) {
            return List.of();
        }
        if (!failing.get().alreadyFinal().isEmpty()) {
            throw StubError.of(HttpStatus.CONFLICT, "The SMS of order " + orderId + " to " + failing.get().alreadyFinal()
                    .stream().map(state -> state.destination() + " is " + state.status()).collect(Collectors.joining(", "))
                    + " already: final.");
        }
        return messages(first.account()).stream()
                .filter(sms -> orderId.equals(sms.terms().get("orderId")) && destinations.contains(sms.to()))
                .toList();
    }

    private RecordedSms recorded(SentSms sms) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("orderId", sms.orderId());
        terms.put("smsendStatus", sms.status().name());
        String sender = sms.order().sender();
        return new RecordedSms(name(), sms.username(), RecordedSms.Direction.OUTGOING, sender == null ? "" : sender,
                sms.destination(), sms.order().message(), sms.order().text(),
                BigDecimal.valueOf(sms.order().segments()), "credits", sms.placedAt(), sms.history(), terms);
    }
}
