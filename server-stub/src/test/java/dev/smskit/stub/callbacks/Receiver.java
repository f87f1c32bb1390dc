package dev.smskit.stub.callbacks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * An application receiving callbacks over real HTTP (the JDK's server on an ephemeral port): it
 * answers the statuses it is told to, in turn (200 once they run out), or holds every request until
 * released, and keeps what it received.
 */
final class Receiver implements AutoCloseable {

    /** One request as the application saw it. */
    record Call(String method, String path, String contentType, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> answers = new LinkedBlockingQueue<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean hanging;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (hanging) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL of {@code path} on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests answer these statuses, in turn. */
    Receiver answering(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Every request waits until {@link #release()}. */
    Receiver hanging() {
        hanging = true;
        return this;
    }

    /** Whether it is holding requests right now. */
    boolean holding() {
        return hanging && released.getCount() == 1;
    }

    void release() {
        released.countDown();
    }

    /** The next {@code count} requests, waiting for them as long as it takes a slow machine. */
    List<Call> take(int count) throws InterruptedException {
        List<Call> taken = new ArrayList<>();
        while (taken.size() < count) {
            Call call = calls.poll(30, TimeUnit.SECONDS);
            if (call == null) {
                throw new AssertionError("received " + taken.size() + " of " + count + " requests: " + taken);
            }
            taken.add(call);
        }
        return taken;
    }

    /** What arrived and was not taken yet. */
    List<Call> rest() {
        List<Call> rest = new ArrayList<>();
        calls.drainTo(rest);
        return rest;
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
