package dev.smskit.stub.callbacks;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.smskit.stub.admin.api.CallbacksApi;
import dev.smskit.stub.admin.model.CallbackAttempt;
import dev.smskit.stub.admin.model.CallbackUrl;
import dev.smskit.stub.StubState;
import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The control API's callback operations (specs/stub-admin.yaml, tag Callbacks). Like the rest of the
 * control API it reaches the APIs only through their {@link StubState} beans.
 */
@RestController
public class CallbacksController implements CallbacksApi {

    // the kind IP1's incoming SMS are pushed as (ip1.v2.Ip1Callbacks), and the API whose accounts set the URL
    private static final String IP1_INCOMING_SMS = "IP1_INCOMING_SMS";
    private static final String IP1 = "ip1";

    private final CallbackOutbox outbox;
    private final List<StubState> apis;

    CallbacksController(CallbackOutbox outbox, List<StubState> apis) {
        this.outbox = outbox;
        this.apis = apis;
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
        outbox.setAccountUrl(IP1_INCOMING_SMS, account, url);
        return ResponseEntity.ok(callbackUrl);
    }

    @Override
    public ResponseEntity<Void> clearIp1IncomingUrl(String account) {
        Map<String, List<String>> errors = new TreeMap<>();
        checkAccount(account, errors);
        if (!errors.isEmpty()) {
            throw StubError.invalid("The request is invalid.", errors);
        }
        outbox.setAccountUrl(IP1_INCOMING_SMS, account, null);
        return ResponseEntity.noContent().build();
    }

    private void checkAccount(String account, Map<String, List<String>> errors) {
        apis.stream().filter(api -> api.name().equals(IP1))
                .flatMap(api -> api.inbox().stream())
                .findFirst().orElseThrow()
                .refusal(account).ifPresent(refusal -> errors.put("account", List.of(refusal)));
    }

    /** An attempt as the control API writes it. */
    public static CallbackAttempt json(CallbackOutbox.Attempt attempt) {
        return new CallbackAttempt(CallbackAttempt.KindEnum.fromValue(attempt.kind()), attempt.account(),
                attempt.attempt(), attempt.at().atOffset(ZoneOffset.UTC), attempt.url().toString(), attempt.body())
                .messageId(attempt.messageId())
                .status(attempt.status())
                .error(attempt.error())
                .outcome(CallbackAttempt.OutcomeEnum.fromValue(attempt.outcome().name()));
    }
}
