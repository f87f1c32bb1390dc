package dev.smskit.testing;

import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.smsend.Smsend;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.smskit.testing.control.api.StubControlApi;
import dev.smskit.testing.control.invoker.ApiClient;
import dev.smskit.testing.control.invoker.ApiException;
import dev.smskit.testing.control.model.RecordedMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One stub server in a JVM of its own, and the clients pointed at it. Closed by JUnit when the
 * scope it was started for ends (or by a shutdown hook if the test JVM ends first).
 */
final class StubServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final System.Logger log = System.getLogger(StubServer.class.getName());

    private final Process process;
    private final Path output;
    private final Path portFile;
    private final Thread shutdownHook;
    private final URI baseUrl;
    private final Duration startup;
    private final StubControl control;
    private final StubSettings settings;
    // built when first asked for: loading a client's classes takes a cold JVM a while
    private Ip1V1 ip1V1;
    private Ip1V2 ip1V2;
    private Smsend smsend;

    private StubServer(StubSettings settings, StubJar jar) throws IOException {
        output = Files.createTempFile("smskit-stub-", ".log");
        portFile = Files.createTempFile("smskit-stub-", ".port");
        Files.delete(portFile);
        List<String> command = new ArrayList<>(List.of(StubJar.java().toString(),
                // the stub.sh settings: one collector thread, a small heap that grows with the data
                "-XX:+UseSerialGC", "-Xms64m",
                // the quick compiler only: a test's stub serves few calls, and C2 compiling the start-up
                // took half its CPU (3.4 s to listen, 1.7 s without, on 2 cores); jvmOptions can undo it
                "-XX:TieredStopAtLevel=1",
                // the context worked out at build time
                "-Dspring.aot.enabled=true",
                // the stub writes the port it bound there (port 0 means any free one)
                "-DPORTFILE=" + portFile));
        if (jar.archive() != null) {
            command.add("-XX:SharedArchiveFile=" + jar.archive());
            command.add("-Xlog:cds*=error");
        }
        command.addAll(settings.jvmOptions());
        command.add("-jar");
        command.add(jar.application().toString());
        command.addAll(settings.arguments());

        long started = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        shutdownHook = new Thread(this::stop, "smskit-stub-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        ApiClient controlClient = new ApiClient();
        settings.controlToken().ifPresent(token ->
                controlClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token)));
        warmUp(controlClient);
        int port;
        try {
            port = awaitPort(settings.startTimeout());
        } catch (RuntimeException failed) {
            close();
            throw failed;
        }
        startup = Duration.ofNanos(System.nanoTime() - started);
        baseUrl = URI.create("http://127.0.0.1:" + port);
        control = new StubControl(controlClient, baseUrl);
        this.settings = settings;
        log.log(System.Logger.Level.INFO, () -> "smskit stub listening on " + baseUrl + " after " + startup.toMillis()
                + " ms (pid " + process.pid() + ", output in " + output + ")");
    }

    /**
     * Does, while the stub starts, the first-time work of the first control call in this JVM (as cold as
     * the stub's): loading the generated client, Jackson's reading of recorded messages, the JDK
     * HttpClient's connection machinery. It took 0.4 s of the 2 s before the first test when done after.
     */
    private static void warmUp(ApiClient client) {
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            client.getObjectMapper().readValue("[{\"api\":\"ip1\",\"direction\":\"OUTGOING\",\"step\":\"PHONE\","
                    + "\"created\":\"2026-01-01T00:00:00Z\"}]", new TypeReference<List<RecordedMessage>>() { });
            // a port just freed: the connection is refused at once (and a stranger's answer cut short)
            closed.close();
            client.updateBaseUri("http://127.0.0.1:" + closed.getLocalPort());
            client.setReadTimeout(Duration.ofMillis(200));
            new StubControlApi(client).resetState();
        } catch (ApiException | IOException | RuntimeException expected) {
            // only the work done on the way counts
        } finally {
            client.updateBaseUri("http://localhost");
        }
    }

    /**
     * Starts a stub and waits until it listens.
     *
     * @throws IllegalStateException with the stub's output if it exits or does not listen in time
     */
    static StubServer startFor(StubSettings settings) {
        StubJar jar = StubJar.prepare();
        try {
            return new StubServer(settings, jar);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot start the smskit stub", failed);
        }
    }

    private int awaitPort(Duration timeout) {
        try {
            return Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(this::portOrExit, Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException slow) {
            throw new IllegalStateException("the smskit stub did not listen within " + timeout.toSeconds() + " s; its output:\n" + output());
        }
    }

    /** The port once written; fails at once if the stub has ended. */
    private Optional<Integer> portOrExit() throws IOException {
        OptionalInt port = readPort();
        if (port.isPresent()) {
            return Optional.of(port.getAsInt());
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("the smskit stub did not start (exit code " + process.exitValue() + "); its output:\n" + output());
        }
        return Optional.empty();
    }

    private OptionalInt readPort() throws IOException {
        if (!Files.exists(portFile)) {
            return OptionalInt.empty();
        }
        // an empty or partial file is one being written
        String text = Files.readString(portFile, StandardCharsets.US_ASCII).trim();
        return text.matches("[0-9]{1,5}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }

    private String output() {
        try {
            // the stub is given time to finish its say
            process.waitFor(2, TimeUnit.SECONDS);
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException unreadable) {
            return "(unreadable: " + unreadable + ")";
        }
    }

    URI baseUrl() {
        return baseUrl;
    }

    Duration startup() {
        return startup;
    }

    StubControl control() {
        return control;
    }

    synchronized Ip1V1 ip1V1() {
        if (ip1V1 == null) {
            StubSettings.Ip1Account account = settings.ip1Account();
            ip1V1 = Ip1V1.builder().baseUrl(baseUrl.toString()).accountId(account.id()).apiKey(account.apiKey()).build();
        }
        return ip1V1;
    }

    synchronized Ip1V2 ip1V2() {
        if (ip1V2 == null) {
            ip1V2 = Ip1V2.builder().baseUrl(baseUrl.toString()).bearerToken(settings.ip1Account().token()).build();
        }
        return ip1V2;
    }

    synchronized Smsend smsend() {
        if (smsend == null) {
            StubSettings.SmsendUser user = settings.smsendUser();
            smsend = Smsend.builder().baseUrl(baseUrl.toString()).username(user.username()).password(user.password()).build();
        }
        return smsend;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(output);
            Files.deleteIfExists(portFile);
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // temporary files only
        }
    }
}
