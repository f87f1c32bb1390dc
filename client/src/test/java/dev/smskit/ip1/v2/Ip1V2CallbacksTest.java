package dev.smskit.ip1.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smskit.ip1.v2.model.DeliveryReport;
import dev.smskit.ip1.v2.model.IncomingMessage;
import dev.smskit.ip1.v2.model.MessageStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Reading IP1's callback bodies, as its developer pages show them. */
class Ip1V2CallbacksTest {

    // IP1 "Receive delivery reports" example, with a real timestamp for its "ISO-8601 string"
    private static final String REPORT = """
            {
                "messageId": "5c613848879973045cf39ac4",
                "batchId": "5c613848879973045cf39ac3",
                "recipient": "456189040623",
                "code": 102,
                "duration": 0,
                "created": "2019-02-11T09:15:30.123Z",
                "segments": 2,
                "price": 0.082,
                "currency": "eur",
                "reference": "A client reference"
            }""";

    // IP1 "Receive incoming SMS" example
    private static final String INCOMING = """
            { "id": "5c613848879973045cf39ac4", "batchId": "5c613848879973045cf39ac3", "owner": "ip1-XXXXX",
              "sender": "46712345678", "recipient": "456189040623", "body": "Hi my name is earl", "direction": "mo",
              "segments": 1, "type":"SMS", "datacoding": "GSM", "priority": 1,
              "statuses": [ { "created" : "2018-10-23T17:43:21Z", "code": 201, "duration": 1 } ],
              "modified": "2018-10-23T17:43:19Z", "mcc": "431" , "mnc": "20" }""";

    @Test
    void readsIp1sDeliveryReportExample() {
        DeliveryReport report = Ip1V2Callbacks.deliveryReport(REPORT);

        assertThat(report.getMessageId()).isEqualTo("5c613848879973045cf39ac4");
        assertThat(report.getBatchId()).isEqualTo("5c613848879973045cf39ac3");
        assertThat(report.getRecipient()).isEqualTo("456189040623");
        assertThat(report.getCode()).isEqualTo(102);
        assertThat(report.getDuration()).isEqualTo(DeliveryReport.DurationEnum.NOT_FINAL);
        assertThat(report.getCreated()).isEqualTo(OffsetDateTime.parse("2019-02-11T09:15:30.123Z"));
        assertThat(report.getSegments()).isEqualTo(2);
        assertThat(report.getPrice()).isEqualTo(0.082);
        assertThat(report.getCurrency()).isEqualTo("eur");
        assertThat(report.getReference()).isEqualTo("A client reference");
    }

    @Test
    void readsARequestBodyStreamAndIgnoresFieldsItDoesNotKnow() {
        String withMore = REPORT.replace("\"duration\": 0", "\"duration\": 1, \"operator\": \"Telia\"");

        DeliveryReport report = Ip1V2Callbacks.deliveryReport(new ByteArrayInputStream(withMore.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.getDuration()).isEqualTo(DeliveryReport.DurationEnum.FINAL);
    }

    @Test
    void readsIp1sIncomingSmsExample() {
        IncomingMessage message = Ip1V2Callbacks.incomingMessage(INCOMING);

        assertThat(message.getOwner()).isEqualTo("ip1-XXXXX");
        assertThat(message.getSender()).isEqualTo("46712345678");
        assertThat(message.getBody()).isEqualTo("Hi my name is earl");
        assertThat(message.getDirection()).isEqualTo("mo");
        assertThat(message.getStatuses()).extracting(MessageStatus::getCode).containsExactly(MessageStatus.CodeEnum.DELIVERED_TO_HANDSET);
        assertThat(message.getMcc()).isEqualTo("431");
    }

    @Test
    void aBodyThatIsNoReportIsAnIllegalArgument() {
        assertThatThrownBy(() -> Ip1V2Callbacks.deliveryReport("<html>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not an IP1 DeliveryReport");
        assertThatThrownBy(() -> Ip1V2Callbacks.deliveryReport("{\"code\":\"delivered\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
