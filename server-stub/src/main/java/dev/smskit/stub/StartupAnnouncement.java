package dev.smskit.stub;

import java.util.List;
import java.util.stream.Collectors;

import dev.smskit.stub.admin.ControlToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Logs the one startup line: where the stub listens, where each simulated API lives and which
 * credentials it accepts (each {@link StubState} says), whether the control API is protected.
 */
@Component
class StartupAnnouncement implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

    private final List<StubState> apis;
    private final Environment environment;

    StartupAnnouncement(List<StubState> apis, Environment environment) {
        this.apis = apis;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info(line(environment.getProperty("server.address", "localhost"), event.getWebServer().getPort()));
    }

    String line(String host, int port) {
        // the token itself stays out of the log: it protects a shared stub
        boolean controlProtected = StringUtils.hasText(environment.getProperty(ControlToken.PROPERTY));
        return "smskit stub listening on http://" + host + ":" + port + " ("
                + apis.stream().flatMap(api -> api.surfaces().stream())
                        .map(surface -> surface.title() + " " + surface.basePath())
                        .collect(Collectors.joining(", "))
                + ", control /_stub"
                + (controlProtected ? " protected by a Bearer token (" + ControlToken.PROPERTY + ")" : "")
                + "); inbox http://" + host + ":" + port + "/_stub/inbox/; "
                + apis.stream().map(StubState::credentials).collect(Collectors.joining("; "));
    }
}
