package dev.smskit.internal;

import feign.Logger;
import feign.Request;
import feign.Response;
import feign.slf4j.Slf4jLogger;
import java.io.IOException;

/**
 * Feign's SLF4J logger without credentials: secret headers are left out, passwords in URLs are
 * masked, and the body of a login answer (it is a session key or an access token) is not logged.
 */
final class RedactingLogger extends Slf4jLogger {

    RedactingLogger(Class<?> client) {
        super(client);
    }

    RedactingLogger(org.slf4j.Logger logger) {
        super(logger);
    }

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return !Redaction.isSecretHeader(header);
    }

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        super.logRequest(configKey, logLevel, Request.create(request.httpMethod(), Redaction.url(request.url()),
                request.headers(), request.body(), request.charset(), request.requestTemplate()));
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response,
                                              long elapsedTime) throws IOException {
        Level level = logLevel == Level.FULL && Redaction.carriesPassword(response.request().url())
                ? Logger.Level.HEADERS
                : logLevel;
        return super.logAndRebufferResponse(configKey, level, response, elapsedTime);
    }
}
