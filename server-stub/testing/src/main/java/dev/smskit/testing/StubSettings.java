package dev.smskit.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a stub is started with; equal settings share one stub per JVM.
 *
 * @param perClass     a stub per test class instead of one per JVM
 * @param ip1Accounts  the IP1 accounts, empty for the stub's defaults
 * @param smsendUsers  the smsend users, empty for the stub's defaults
 * @param delivery     how messages move on
 * @param port         the port, 0 for a free one
 * @param jvmOptions   extra options of the stub's JVM
 * @param properties   extra settings of the stub, {@code name=value}
 * @param startTimeout how long the stub may take to listen
 */
record StubSettings(boolean perClass, List<Ip1Account> ip1Accounts, List<SmsendUser> smsendUsers,
        DeliveryTiming delivery, int port, List<String> jvmOptions, List<String> properties, Duration startTimeout) {

    /** The first IP1 account of the stub's own defaults ({@code server-stub/src/main/resources/application.yaml}). */
    static final Ip1Account DEFAULT_IP1_ACCOUNT = new Ip1Account("ip1-12345", "test-key", "test-token");

    /** The first smsend user of the stub's own defaults. */
    static final SmsendUser DEFAULT_SMSEND_USER = new SmsendUser("test", "test");

    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    record Ip1Account(String id, String apiKey, String token) {
    }

    record SmsendUser(String username, String password) {
    }

    StubSettings {
        ip1Accounts = List.copyOf(ip1Accounts);
        smsendUsers = List.copyOf(smsendUsers);
        jvmOptions = List.copyOf(jvmOptions);
        properties = List.copyOf(properties);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port (0 for a free one)");
        }
        for (String property : properties) {
            if (property.indexOf('=') < 1) {
                throw new IllegalArgumentException("stub property \"" + property + "\" is not name=value");
            }
        }
    }

    static StubSettings of(SmskitStub annotation) {
        return new StubSettings(annotation.perClass(),
                Arrays.stream(annotation.ip1Accounts()).map(a -> new Ip1Account(a.id(), a.apiKey(), a.token())).collect(Collectors.toList()),
                Arrays.stream(annotation.smsendUsers()).map(u -> new SmsendUser(u.username(), u.password())).collect(Collectors.toList()),
                annotation.delivery(), annotation.port(), List.of(annotation.jvmOptions()), List.of(annotation.properties()),
                DEFAULT_START_TIMEOUT);
    }

    /**
     * The control API's token when the stub is started with {@code smskit.stub.control.token} (the
     * last one given, as for the stub), else empty: the control handle then sends it with every call.
     */
    Optional<String> controlToken() {
        String prefix = "smskit.stub.control.token=";
        Optional<String> token = Optional.empty();
        for (String property : properties) {
            if (property.startsWith(prefix)) {
                String value = property.substring(prefix.length()).strip();
                token = value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return token;
    }

    Ip1Account ip1Account() {
        return ip1Accounts.isEmpty() ? DEFAULT_IP1_ACCOUNT : ip1Accounts.get(0);
    }

    SmsendUser smsendUser() {
        return smsendUsers.isEmpty() ? DEFAULT_SMSEND_USER : smsendUsers.get(0);
    }

    /** The stub's command-line arguments: Spring Boot settings, the later ones winning. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        // tests talk to it from this machine only
        arguments.add("--server.address=127.0.0.1");
        for (int i = 0; i < ip1Accounts.size(); i++) {
            Ip1Account account = ip1Accounts.get(i);
            String prefix = "--smskit.stub.ip1.accounts[" + i + "].";
            arguments.add(prefix + "id=" + account.id());
            arguments.add(prefix + "api-key=" + account.apiKey());
            arguments.add(prefix + "token=" + account.token());
        }
        for (int i = 0; i < smsendUsers.size(); i++) {
            SmsendUser user = smsendUsers.get(i);
            String prefix = "--smskit.stub.smsend.users[" + i + "].";
            arguments.add(prefix + "username=" + user.username());
            arguments.add(prefix + "password=" + user.password());
        }
        if (delivery == DeliveryTiming.INSTANT) {
            for (String api : List.of("ip1", "smsend")) {
                arguments.add("--smskit.stub." + api + ".delivery.to-network=0s");
                arguments.add("--smskit.stub." + api + ".delivery.to-phone=0s");
            }
        }
        properties.forEach(property -> arguments.add("--" + property));
        return arguments;
    }
}
