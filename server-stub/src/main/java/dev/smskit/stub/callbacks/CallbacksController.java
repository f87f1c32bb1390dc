package dev.smskit.stub.callbacks;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.smskit.stub.admin.api.CallbacksApi;
import dev.smskit.stub.admin.model.CallbackAttempt;
import dev.smskit.stub.admin.model.CallbackUrl;
import dev.smskit.stub.ip1.Ip1Properties;
import dev.smskit.stub.ip1.v2.Ip1Callbacks;
import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The control API's callback operations (specs/stub-admin.yaml, tag Callbacks). */
@RestController
class CallbacksController implements CallbacksApi {

    private final CallbackOutbox outbox;
    private final Ip1Properties ip1;

    CallbacksController(CallbackOutbox outbox, Ip1Properties ip1) {
        this.outbox = outbox;
        this.ip1 = ip1;
    }

    @Override
    public ResponseEntity<List<CallbackAttempt>> listCallbackAttempts(@Nullable String account) {
        return ResponseEntity.ok(outbox.attempts(account).stream().map(CallbacksController::json).toList());
    }

    @Override
    public ResponseEntity<CallbackUrl> setIp1IncomingUrl(String account, CallbackUrl callbackUrl) {
        Map<String, List<String>> errors = new TreeMap<>();
        checkAccount(account, errors);
        URI url = callbackUrl.getUrl();
        if (!url.isAbsolute() || url.getHost() == null
                || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            errors.put("url", List.of("must be an absolute http or https URL"));
        }
        if (!errors.isEmpty()) {
            throw StubError.invalid("The request is invalid.", errors);
        }
        outbox.setAccountUrl(Ip1Callbacks.INCOMING_SMS, account, url);
        return ResponseEntity.ok(callbackUrl);
    }

    @Override
    public ResponseEntity<Void> clearIp1IncomingUrl(String account) {
        Map<String, List<String>> errors = new TreeMap<>();
        checkAccount(account, errors);
        if (!errors.isEmpty()) {
            throw StubError.invalid("The request is invalid.", errors);
        }
        outbox.setAccountUrl(Ip1Callbacks.INCOMING_SMS, account, null);
        return ResponseEntity.noContent().build();
    }

    private void checkAccount(String account, Map<String, List<String>> errors) {
        if (ip1.accounts().stream().noneMatch(configured -> configured.id().equals(account))) {
            errors.put("account", List.of("is not one of the configured IP1 accounts (smskit.stub.ip1.accounts)"));
        }
    }

    private static CallbackAttempt json(CallbackOutbox.Attempt attempt) {
        return new CallbackAttempt(CallbackAttempt.KindEnum.fromValue(attempt.kind()), attempt.account(),
                attempt.attempt(), attempt.at().atOffset(ZoneOffset.UTC), attempt.url().toString(), attempt.body())
                .messageId(attempt.messageId())
                .status(attempt.status())
                .error(attempt.error())
                .outcome(CallbackAttempt.OutcomeEnum.fromValue(attempt.outcome().name()));
    }
}
