package dev.smskit.stub.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before any servlet runs (an invalid URI such as {@code /api/groups/%zz})
 * would get Tomcat's HTML error report; this valve answers them in the API's shape instead.
 */
@Component
public class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new ShapedErrorValve());
    }

    static final class ShapedErrorValve extends ValveBase {

        ShapedErrorValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            // already failed while Tomcat parsed the request: the servlet will not run
            if (response.isError() && response.getStatus() >= 400 && response.setErrorReported()) {
                HttpStatusCode status = HttpStatusCode.valueOf(response.getStatus());
                HttpStatus known = HttpStatus.resolve(status.value());
                String title = known == null ? "Error" : known.getReasonPhrase();
                String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
                response.setSuspended(false); // sendError suspended the output
                String detail = response.getMessage() == null ? "The request cannot be answered: " + title + "."
                        : response.getMessage() + ".";
                ErrorShape.of(path).write(response, status, title, detail, path);
                return;
            }
            getNext().invoke(request, response);
        }
    }
}
