package dev.smskit.stub.inbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.smskit.stub.StubState;
import dev.smskit.stub.admin.RecordedMessages;
import dev.smskit.stub.admin.Until;
import dev.smskit.stub.admin.api.InboxApi;
import dev.smskit.stub.admin.model.Api;
import dev.smskit.stub.admin.model.CharacterMark;
import dev.smskit.stub.admin.model.DeliveryStep;
import dev.smskit.stub.admin.model.FeedPage;
import dev.smskit.stub.admin.model.MessageDetail;
import dev.smskit.stub.admin.model.RecordedMessage;
import dev.smskit.stub.admin.model.StepReached;
import dev.smskit.stub.admin.model.StubAccount;
import dev.smskit.stub.admin.model.TextPart;
import dev.smskit.stub.callbacks.CallbackOutbox;
import dev.smskit.stub.callbacks.CallbacksController;
import dev.smskit.stub.sms.RecordedSms;
import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The control API's inbox operations (specs/stub-admin.yaml, tag Inbox): what the inbox page reads and
 * does, through the {@link StubState} beans only.
 */
@RestController
class InboxController implements InboxApi {

    private final List<StubState> apis;
    private final RecordedMessages messages;
    private final CallbackOutbox callbacks;

    InboxController(List<StubState> apis, RecordedMessages messages, CallbackOutbox callbacks) {
        this.apis = apis;
        this.messages = messages;
        this.callbacks = callbacks;
    }

    @Override
    public ResponseEntity<List<StubAccount>> listAccounts() {
        return ResponseEntity.ok(apis.stream()
                .flatMap(api -> api.accounts().stream().map(account -> new StubAccount(Api.fromValue(api.name()), account)))
                .toList());
    }

    @Override
    public ResponseEntity<Void> resetAccount(Api api, String account) {
        StubState state = state(api);
        if (!state.accounts().contains(account)) {
            throw StubError.notFound("No " + api.getValue() + " account is named " + account + ".");
        }
        state.reset(account);
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<FeedPage> listFeed(Api api, String account, @Nullable String q, @Nullable DeliveryStep step,
            @Nullable String direction, @Nullable OffsetDateTime since, @Nullable OffsetDateTime until, Integer limit,
            @Nullable String cursor) {
        StubState state = state(api);
        Feed.checkAccount(state, account);
        RecordedSms.Direction wanted = null;
        if (direction != null) {
            try {
                wanted = RecordedSms.Direction.valueOf(direction);
            } catch (IllegalArgumentException unknown) {
                throw StubError.invalid("The request is invalid.",
                        Map.of("direction", List.of("must be OUTGOING or INCOMING")));
            }
        }
        Feed.Page page = Feed.page(state.messages(account), new Feed.Query(q, step, wanted,
                since == null ? null : since.toInstant(), until == null ? null : until.toInstant()), limit, cursor);
        return ResponseEntity.ok(new FeedPage(page.messages().stream().map(messages::json).toList(), page.total())
                .next(page.next()));
    }

    @Override
    public ResponseEntity<MessageDetail> showMessage(String key) {
        RecordedSms message = find(key);
        RecordedMessage json = messages.json(message);
        List<TextPart> parts = message.text().parts(message.body()).stream()
                .map(part -> new TextPart(part.text(), part.units())).toList();
        List<CharacterMark> marks = message.text().marks(message.body()).stream()
                .map(mark -> new CharacterMark(mark.index(), mark.character(),
                        mark.forcedUcs2() ? CharacterMark.ReasonEnum.UCS2 : CharacterMark.ReasonEnum.DOUBLE))
                .toList();
        List<StepReached> history = message.history().stream()
                .map(change -> new StepReached(DeliveryStep.fromValue(change.step().name()),
                        change.at().atOffset(ZoneOffset.UTC)).code(change.code()))
                .toList();
        // a V2 delivery report names the message by its V2 id
        String reportedAs = json.getConversationId();
        return ResponseEntity.ok(new MessageDetail(json, parts, marks, history, reportedAs == null ? List.of()
                : callbacks.attempts(message.account()).stream()
                        .filter(attempt -> reportedAs.equals(attempt.messageId()))
                        .map(CallbacksController::json)
                        .toList()));
    }

    @Override
    public ResponseEntity<RecordedMessage> deliverMessage(String key, String until) {
        dev.smskit.stub.sms.DeliveryStep step = Until.parse(until);
        RecordedSms message = find(key);
        RecordedSms settled = state(Api.fromValue(message.api())).settle(message, step)
                .orElseThrow(() -> gone(key));
        return ResponseEntity.ok(messages.json(settled));
    }

    private RecordedSms find(String key) {
        return RecordedMessages.find(apis, key).orElseThrow(() -> gone(key));
    }

    private static StubError gone(String key) {
        return StubError.notFound("No message has the key " + key + ".");
    }

    private StubState state(Api api) {
        return apis.stream().filter(state -> state.name().equals(api.getValue())).findFirst().orElseThrow();
    }
}
