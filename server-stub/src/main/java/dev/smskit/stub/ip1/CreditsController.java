package dev.smskit.stub.ip1;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.admin.api.CreditsApi;
import dev.smskit.stub.web.StubError;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** An IP1 account's credits in the control API ({@code /_stub/ip1/accounts/{account}/credits}). */
@RestController
class CreditsController implements CreditsApi {

    private final Credits credits;
    private final Ip1Stub ip1;

    CreditsController(Credits credits, Ip1Stub ip1) {
        this.credits = credits;
        this.ip1 = ip1;
    }

    @Override
    public ResponseEntity<dev.smskit.stub.admin.model.Credits> setCredits(String account,
            dev.smskit.stub.admin.model.Credits balance) {
        checkAccount(account);
        credits.set(account, balance.getBalance() == null ? null : BigDecimal.valueOf(balance.getBalance()));
        return getCredits(account);
    }

    @Override
    public ResponseEntity<dev.smskit.stub.admin.model.Credits> getCredits(String account) {
        checkAccount(account);
        dev.smskit.stub.admin.model.Credits json = new dev.smskit.stub.admin.model.Credits().currency("SEK");
        credits.balance(account).ifPresentOrElse(left -> json.balance(left.doubleValue()).unlimited(false),
                () -> json.unlimited(true));
        return ResponseEntity.ok(json);
    }

    private void checkAccount(String account) {
        ip1.refusal(account).ifPresent(refusal -> {
            throw StubError.invalid("The request is invalid.", Map.of("account", List.of(refusal)));
        });
    }
}
