package dev.smskit.ip1.v2;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.internal.Json;
import dev.smskit.ip1.v2.invoker.ApiClient;
import dev.smskit.ip1.v2.model.DeliveryReport;
import dev.smskit.ip1.v2.model.IncomingMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the bodies IP1 POSTs to an application: a {@link DeliveryReport} per message and status change
 * to a batch's {@code deliveryReportUrl}, and an {@link IncomingMessage} per incoming SMS to the
 * account's incoming-SMS URL (both typed from the callbacks in ip1-v2.yaml). IP1 expects {@code 200 OK}
 * and sends the body again later on any other answer, so answer 200 once the body is safely stored.
 *
 * <pre>{@code
 * DeliveryReport report = Ip1V2Callbacks.deliveryReport(request.getInputStream());
 * if (report.getDuration() == DeliveryReport.DurationEnum.FINAL) { ... } // the last report of the message
 * }</pre>
 *
 * <p>Fields a newer API version adds are ignored, like in every answer the client reads.
 */
public final class Ip1V2Callbacks {

    private static final ObjectMapper MAPPER = Json.configure(ApiClient.createObjectMapper());

    private Ip1V2Callbacks() {
    }

    /**
     * Reads a delivery report.
     *
     * @param json the request body
     * @return the report
     * @throws IllegalArgumentException if the body is not a delivery report (answer it 400)
     */
    public static DeliveryReport deliveryReport(String json) {
        return read(json, DeliveryReport.class);
    }

    /**
     * Reads a delivery report from a request body stream (read to its end, not closed).
     *
     * @param body the request body
     * @return the report
     * @throws IllegalArgumentException if the body is not a delivery report (answer it 400)
     */
    public static DeliveryReport deliveryReport(InputStream body) {
        return read(body, DeliveryReport.class);
    }

    /**
     * Reads an incoming SMS.
     *
     * @param json the request body
     * @return the message
     * @throws IllegalArgumentException if the body is not an incoming SMS (answer it 400)
     */
    public static IncomingMessage incomingMessage(String json) {
        return read(json, IncomingMessage.class);
    }

    /**
     * Reads an incoming SMS from a request body stream (read to its end, not closed).
     *
     * @param body the request body
     * @return the message
     * @throws IllegalArgumentException if the body is not an incoming SMS (answer it 400)
     */
    public static IncomingMessage incomingMessage(InputStream body) {
        return read(body, IncomingMessage.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException unreadable) {
            throw new IllegalArgumentException("Not an IP1 " + type.getSimpleName() + ": " + unreadable.getOriginalMessage(),
                    unreadable);
        }
    }

    private static <T> T read(InputStream body, Class<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (JacksonException unreadable) {
            throw new IllegalArgumentException("Not an IP1 " + type.getSimpleName() + ": " + unreadable.getOriginalMessage(),
                    unreadable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
