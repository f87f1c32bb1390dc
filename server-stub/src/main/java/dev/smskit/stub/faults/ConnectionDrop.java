package dev.smskit.stub.faults;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Drops a request's connection without any answer, as a crashed gateway or a cut network does. The
 * servlet API cannot: closing its output stream still writes a status line and headers, and
 * {@code Connection: close} is an answer. Tomcat's own {@code CLOSE_NOW} action (what it does when a
 * client goes away mid-request) discards whatever was not written yet and closes the socket; a valve
 * hands the connector's response, which can ask for it, to the fault filter.
 */
@Component
class ConnectionDrop implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String ATTRIBUTE = ConnectionDrop.class.getName();

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new ConnectorResponse());
    }

    /** Closes the connection of {@code request}: nothing more is written, whatever the code after tries. */
    static void close(HttpServletRequest request) {
        if (!(request.getAttribute(ATTRIBUTE) instanceof Response response)) {
            throw new IllegalStateException("not served by Tomcat: the connection cannot be dropped");
        }
        response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
    }

    private static final class ConnectorResponse extends ValveBase {

        ConnectorResponse() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            request.setAttribute(ATTRIBUTE, response);
            getNext().invoke(request, response);
        }
    }
}
