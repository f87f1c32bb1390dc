package dev.smskit.stub.inbox;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.smskit.stub.StubState;
import dev.smskit.stub.admin.RecordedMessages;
import dev.smskit.stub.admin.model.Api;
import dev.smskit.stub.faults.FaultRules;
import dev.smskit.stub.sms.Delivery;
import dev.smskit.stub.sms.DeliveryStep;
import dev.smskit.stub.sms.RecordedSms;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /_stub/feed/events} (specs/stub-admin.yaml, tag Inbox events): new messages and status
 * changes of one account as Server-Sent Events. Deliveries move on by the clock, not by events (see
 * {@link Delivery}), so the account's messages are compared with what was last seen every
 * {@link #LOOK_EVERY}, by one thread for every open stream. Not a
 * generated interface: the generator cannot return an {@link SseEmitter}.
 */
@RestController
class FeedEvents implements SmartLifecycle {

    static final Duration LOOK_EVERY = Duration.ofMillis(250);
    // comments keep proxies from closing an idle stream and reveal gone clients (writes to them fail)
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    // a browser's EventSource reconnects by itself, and the page reads the list again when it does
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Duration RECONNECT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(FeedEvents.class);

    private final List<StubState> apis;
    private final RecordedMessages messages;
    private final FaultRules faults;
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    // while running (a test context that is paused is stopped, and started again when used)
    private @Nullable ScheduledExecutorService looker;
    private long looks;

    FeedEvents(List<StubState> apis, RecordedMessages messages, FaultRules faults) {
        this.apis = apis;
        this.messages = messages;
        this.faults = faults;
    }

    @GetMapping(path = "/_stub/feed/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam("api") Api api, @RequestParam("account") String account,
            @RequestParam(name = "access_token", required = false) @Nullable String accessToken) {
        StubState state = apis.stream().filter(candidate -> candidate.name().equals(api.getValue())).findFirst()
                .orElseThrow();
        Feed.checkAccount(state, account);
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        try {
            // written as the answer starts: a browser's EventSource is open only once something arrives
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("open"));
        } catch (IOException notYetWritten) {
            throw new IllegalStateException(notYetWritten);
        }
        Stream stream = new Stream(state, account, emitter);
        // seen before the answer starts: an event names only what happened after the stream opened,
        // and a page reads the list once the stream is open
        stream.saw(state.messages(account));
        stream.faultsSeen = faults.triggeredCount();
        streams.add(stream);
        emitter.onCompletion(() -> streams.remove(stream));
        emitter.onTimeout(() -> streams.remove(stream));
        emitter.onError(failure -> streams.remove(stream));
        return emitter;
    }

    /** One open stream and the last step (and time) of every message it has seen, by the message's ids. */
    private static final class Stream {
        final StubState state;
        final String account;
        final SseEmitter emitter;
        Map<Object, Delivery.@Nullable Change> seen = Map.of();
        int size;
        @Nullable Object newest;
        // how many of them could still move on (not delivered, not failed)
        int pending;
        long notBefore = System.nanoTime();
        long faultsSeen;

        Stream(StubState state, String account, SseEmitter emitter) {
            this.state = state;
            this.account = account;
            this.emitter = emitter;
        }

        /** Takes {@code messages} as seen; answers the events they make: new ones, and those that moved on. */
        List<Map.Entry<String, RecordedSms>> saw(List<RecordedSms> messages) {
            Map<Object, Delivery.@Nullable Change> seen = new HashMap<>(messages.size() * 2);
            List<Map.Entry<String, RecordedSms>> events = new ArrayList<>();
            int pending = 0;
            for (RecordedSms message : messages) {
                Object identity = identity(message);
                Delivery.Change last = last(message);
                seen.put(identity, last);
                if (last == null || last.step() != DeliveryStep.PHONE && last.step() != DeliveryStep.FAILED) {
                    pending++;
                }
                if (!this.seen.containsKey(identity)) {
                    events.add(Map.entry("message", message));
                } else if (!Objects.equals(this.seen.get(identity), last)) {
                    events.add(Map.entry("status", message));
                }
            }
            this.seen = seen;
            this.size = messages.size();
            this.newest = newest(messages);
            this.pending = pending;
            return events;
        }

        /** Whether nothing can have changed since it last saw them: no new message, none that moves on. */
        boolean unchanged(List<RecordedSms> messages) {
            return pending == 0 && messages.size() == size && Objects.equals(newest(messages), newest);
        }
    }

    private static @Nullable Object newest(List<RecordedSms> messages) {
        return messages.isEmpty() ? null : identity(messages.get(messages.size() - 1));
    }

    private void look() {
        try {
            lookAtEveryStream();
        } catch (RuntimeException unexpected) {
            // a periodic task that throws is never run again: every open stream would go quiet
            log.warn("Inbox events failed", unexpected);
        }
    }

    private void lookAtEveryStream() {
        boolean heartbeat = ++looks % (HEARTBEAT.toMillis() / LOOK_EVERY.toMillis()) == 0;
        for (Stream stream : streams) {
            try {
                look(stream, heartbeat);
            } catch (IOException | IllegalStateException gone) {
                // the client went away: the container completes the emitter, which removes the stream
                streams.remove(stream);
            } catch (RuntimeException unexpected) {
                log.warn("Inbox events of {} failed", stream.account, unexpected);
                streams.remove(stream);
                try {
                    stream.emitter.completeWithError(unexpected);
                } catch (RuntimeException alreadyComplete) {
                    // nothing more to tell that client
                }
            }
        }
    }

    private void look(Stream stream, boolean heartbeat) throws IOException {
        if (heartbeat) {
            stream.emitter.send(SseEmitter.event().comment("keep-alive"));
        }
        long faultsNow = faults.triggeredCount();
        if (faultsNow != stream.faultsSeen) {
            // a faulted call may record nothing (a GET answered 503): the page reads the list of faults again
            stream.faultsSeen = faultsNow;
            stream.emitter.send(SseEmitter.event().name("fault").data("{}", MediaType.APPLICATION_JSON));
        }
        List<RecordedSms> now = stream.state.messages(stream.account);
        // an account of 100,000 delivered messages costs nothing to watch; one with many moving
        // messages is compared at most a quarter of the time
        long started = System.nanoTime();
        if (stream.unchanged(now) || started - stream.notBefore < 0) {
            return;
        }
        Object newestBefore = stream.newest;
        List<Map.Entry<String, RecordedSms>> events = stream.saw(now);
        if (newestBefore != null && !stream.seen.containsKey(newestBefore)) {
            // the newest message seen is gone: a reset, not the retention (which drops the oldest)
            stream.emitter.send(SseEmitter.event().name("reload").data("{}", MediaType.APPLICATION_JSON));
        } else {
            for (Map.Entry<String, RecordedSms> event : events) {
                stream.emitter.send(SseEmitter.event().name(event.getKey())
                        .data(messages.json(event.getValue()), MediaType.APPLICATION_JSON));
            }
        }
        stream.notBefore = System.nanoTime() + 3 * (System.nanoTime() - started);
    }

    /** The ids that name a message in its API, cheaper than its key. */
    private static Object identity(RecordedSms message) {
        Object id = message.terms().get("id");
        return id != null ? id : List.of(message.terms().get("orderId"), message.to());
    }

    private static Delivery.@Nullable Change last(RecordedSms message) {
        List<Delivery.Change> history = message.history();
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    @Override
    public synchronized void start() {
        looker = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "smskit-feed-events");
            thread.setDaemon(true);
            return thread;
        });
        looker.scheduleWithFixedDelay(this::look, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the open streams before the server's graceful shutdown, which would wait for them otherwise. */
    @Override
    public synchronized void stop() {
        if (looker != null) {
            looker.shutdownNow();
            looker = null;
        }
        streams.forEach(stream -> stream.emitter.complete());
        streams.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return looker != null;
    }

    /** Stopped first: before the web server, whose graceful shutdown waits for open requests. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
