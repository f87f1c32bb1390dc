package dev.smskit.stub.smsend;

import java.util.List;
import java.util.Map;

import dev.smskit.stub.admin.api.SmsendCreditsApi;
import dev.smskit.stub.admin.model.SmsendCredits;
import dev.smskit.stub.smsend.orders.SmsOrders;
import dev.smskit.stub.web.StubError;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** An smsend user's credits in the control API ({@code /_stub/smsend/users/{user}/credits}). */
@RestController
class SmsendCreditsController implements SmsendCreditsApi {

    private final SmsOrders orders;
    private final SmsendStub smsend;

    SmsendCreditsController(SmsOrders orders, SmsendStub smsend) {
        this.orders = orders;
        this.smsend = smsend;
    }

    @Override
    public ResponseEntity<SmsendCredits> setSmsendCredits(String user, SmsendCredits credits) {
        checkUser(user);
        orders.remainingCredits(user, credits.getRemaining());
        return getSmsendCredits(user);
    }

    @Override
    public ResponseEntity<SmsendCredits> getSmsendCredits(String user) {
        checkUser(user);
        return ResponseEntity.ok(new SmsendCredits(orders.remainingCredits(user)));
    }

    private void checkUser(String user) {
        if (!smsend.accounts().contains(user)) {
            throw StubError.invalid("The request is invalid.", Map.of("user",
                    List.of("is not one of the configured smsend users (smskit.stub.smsend.users)")));
        }
    }
}
