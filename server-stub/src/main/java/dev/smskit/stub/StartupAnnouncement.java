package dev.smskit.stub;

import java.util.List;
import java.util.stream.Collectors;

import dev.smskit.stub.admin.ControlToken;
import dev.smskit.stub.ip1.Ip1Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Logs the one startup line: where the stub listens, which credentials it accepts, whether the control API is protected. */
@Component
class StartupAnnouncement implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

    /** An smsend user as configured under {@code smskit.stub.smsend.users}. */
    record SmsendUser(String username, String password) {
    }

    private final Ip1Properties ip1;
    private final Environment environment;

    StartupAnnouncement(Ip1Properties ip1, Environment environment) {
        this.ip1 = ip1;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info(line(environment.getProperty("server.address", "localhost"), event.getWebServer().getPort()));
    }

    String line(String host, int port) {
        // read through the binder: the smsend stub owns the typed properties of its users
        List<SmsendUser> smsendUsers = Binder.get(environment)
                .bind("smskit.stub.smsend.users", Bindable.listOf(SmsendUser.class))
                .orElse(List.of());
        // the token itself stays out of the log: it protects a shared stub
        boolean controlProtected = StringUtils.hasText(environment.getProperty(ControlToken.PROPERTY));
        return "smskit stub listening on http://" + host + ":" + port
                + " (IP1 V1 /api, IP1 V2 /v2, smsend /API/v1.0/REST, control /_stub"
                + (controlProtected ? " protected by a Bearer token (" + ControlToken.PROPERTY + ")" : "")
                + "); IP1 accounts (id, V1 Basic API key, Bearer token): "
                + ip1.accounts().stream()
                        .map(account -> account.id() + " " + account.apiKey() + " " + account.token())
                        .collect(Collectors.joining(", "))
                + "; smsend users (username/password): "
                + smsendUsers.stream().map(user -> user.username() + "/" + user.password()).collect(Collectors.joining(", "));
    }
}
