package dev.smskit.stub.callbacks;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.smskit.stub.sms.MessageCallbacks;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts callbacks to applications the way a gateway does: off the request threads, in order per
 * message (a report waits until the one before it was delivered or discarded), each retried after
 * failing until {@link CallbackProperties#maxAttempts()}, every try recorded. All bookkeeping runs on
 * one thread, the dispatcher; answers come back on the sending threads and are handed to it. Waits
 * between tries are read off the stub's clock, so tests move retries on by moving the clock.
 */
@Component
public class CallbackOutbox implements MessageCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackOutbox.class);

    /** What became of one try. */
    public enum Outcome {
        DELIVERED,
        RETRY,
        DISCARDED
    }

    /** One try to deliver one callback. */
    public record Attempt(String kind, String account, String messageId, int attempt, Instant at, URI url, String body,
            @Nullable Integer status, @Nullable String error, Outcome outcome) {
    }

    /** One callback body on its way; its tries so far and when the next is due. */
    private static final class Pending {
        final String body;
        int attempts;
        Instant due;

        Pending(String body, Instant due) {
            this.body = body;
            this.due = due;
        }
    }

    /** One message's callbacks: those not yet delivered, in order, and how many were taken from its reports. */
    private static final class Followed {
        final String kind;
        final String account;
        final String messageId;
        final URI url;
        final Supplier<Reports> reports;
        final Deque<Pending> queue = new ArrayDeque<>();
        int taken;
        boolean complete;
        boolean sending;

        Followed(String kind, String account, String messageId, URI url, Supplier<Reports> reports) {
            this.kind = kind;
            this.account = account;
            this.messageId = messageId;
            this.url = url;
            this.reports = reports;
        }
    }

    private final CallbackProperties settings;
    private final Clock clock;
    private final JsonMapper json;
    private final ScheduledExecutorService dispatcher;
    private final ExecutorService senders;
    private final HttpClient http;

    // owned by the dispatcher thread
    private final List<Followed> followed = new ArrayList<>();
    private int sending;
    // a reset forgets the answers still to come of the tries before it
    private int generation;

    // read by the control API on request threads
    private final Deque<Attempt> attempts = new ArrayDeque<>();
    private final Map<String, URI> accountUrls = new ConcurrentHashMap<>();

    public CallbackOutbox(CallbackProperties settings, Clock clock, JsonMapper json) {
        this.settings = settings;
        this.clock = clock;
        this.json = json;
        this.dispatcher = Executors.newSingleThreadScheduledExecutor(threads("smskit-callbacks"));
        this.senders = Executors.newFixedThreadPool(settings.threads(), threads("smskit-callback-sender"));
        this.http = HttpClient.newBuilder()
                .executor(senders)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        long poll = settings.poll().toMillis();
        dispatcher.scheduleWithFixedDelay(this::look, poll, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public void follow(String kind, String account, String messageId, URI url, Supplier<Reports> reports) {
        Followed message = new Followed(kind, account, messageId, url, reports);
        dispatcher.execute(() -> {
            followed.add(message);
            look();
        });
    }

    @Override
    public void push(String kind, String account, String messageId, Object body) {
        URI url = accountUrls.get(key(kind, account));
        if (url != null) {
            Reports one = new Reports(List.of(body), true);
            follow(kind, account, messageId, url, () -> one);
        }
    }

    /** Sets where callbacks of {@code kind} for {@code account} go; null stops them. */
    public void setAccountUrl(String kind, String account, @Nullable URI url) {
        if (url == null) {
            accountUrls.remove(key(kind, account));
        } else {
            accountUrls.put(key(kind, account), url);
        }
    }

    /** Every try so far, oldest first; only {@code account}'s unless null. */
    public List<Attempt> attempts(@Nullable String account) {
        synchronized (attempts) {
            return attempts.stream().filter(attempt -> account == null || attempt.account().equals(account)).toList();
        }
    }

    @Override
    public void reset() {
        try {
            dispatcher.submit(() -> {
                followed.clear();
                sending = 0;
                generation++;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        accountUrls.clear();
        synchronized (attempts) {
            attempts.clear();
        }
    }

    @PreDestroy
    void stop() {
        dispatcher.shutdownNow();
        senders.shutdownNow();
    }

    // on the dispatcher: takes the reports that became due and sends what may be sent now
    private void look() {
        try {
            Instant now = clock.instant();
            for (Iterator<Followed> each = followed.iterator(); each.hasNext();) {
                Followed message = each.next();
                if (!message.complete) {
                    Reports reports = message.reports.get();
                    for (Object report : reports.due().subList(Math.min(message.taken, reports.due().size()), reports.due().size())) {
                        message.queue.add(new Pending(json.writeValueAsString(report), now));
                    }
                    message.taken = Math.max(message.taken, reports.due().size());
                    message.complete = reports.complete();
                }
                if (message.sending) {
                    continue;
                }
                if (message.queue.isEmpty()) {
                    if (message.complete) {
                        each.remove();
                    }
                } else if (!message.queue.peek().due.isAfter(now) && sending < settings.maxInFlight()) {
                    send(message, now);
                }
            }
        } catch (RuntimeException e) {
            // the next look tries again; a failing look must not stop the ones after it
            LOG.warn("Looking for due callbacks failed", e);
        }
    }

    private void send(Followed message, Instant now) {
        Pending next = Objects.requireNonNull(message.queue.peek());
        next.attempts++;
        if (!settings.allows(message.url.getHost())) {
            message.queue.poll();
            record(message, next, now, null, "host " + message.url.getHost()
                    + " is not in smskit.stub.callbacks.allowed-hosts; not called", Outcome.DISCARDED);
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(message.url)
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(next.body, StandardCharsets.UTF_8))
                .build();
        message.sending = true;
        sending++;
        int sentIn = generation;
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) ->
                dispatcher.execute(() -> answered(sentIn, message, next, now,
                        answer == null ? null : answer.statusCode(), failure)));
    }

    private void answered(int sentIn, Followed message, Pending pending, Instant at, @Nullable Integer status,
            @Nullable Throwable failure) {
        if (sentIn != generation) {
            return;
        }
        sending--;
        message.sending = false;
        Outcome outcome;
        if (status != null && status == 200) {
            outcome = Outcome.DELIVERED;
        } else if (pending.attempts >= settings.maxAttempts()) {
            outcome = Outcome.DISCARDED;
        } else {
            outcome = Outcome.RETRY;
        }
        if (outcome == Outcome.RETRY) {
            pending.due = at.plus(settings.waitBefore(pending.attempts + 1));
        } else {
            message.queue.poll();
        }
        record(message, pending, at, status, failure == null ? null : describe(failure), outcome);
        look();
    }

    private void record(Followed message, Pending pending, Instant at, @Nullable Integer status, @Nullable String error,
            Outcome outcome) {
        synchronized (attempts) {
            attempts.add(new Attempt(message.kind, message.account, message.messageId, pending.attempts, at, message.url,
                    pending.body, status, error, outcome));
            if (attempts.size() > settings.keptAttempts()) {
                attempts.removeFirst();
            }
        }
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "timeout: no answer within " + settings.readTimeout().toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection failed" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String key(String kind, String account) {
        return kind + " " + account;
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
