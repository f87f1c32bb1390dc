package com.example.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v1.model.OutgoingSMS;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.BatchNew;
import dev.smskit.smsend.Smsend;
import dev.smskit.smsend.model.SmsMessageType;
import dev.smskit.smsend.model.SmsSendRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;

/**
 * Tells customers that their order has shipped, by the channel their country uses: IP1 V1 for
 * Sweden, IP1 V2 for Norway, smsend for Italy. Orders come as JSON, read with the application's
 * own (Spring Boot 3.5) Jackson.
 */
@Service
public class ShippingNotices {

    private final ObjectMapper json;
    private final Ip1V1 ip1V1;
    private final Ip1V2 ip1V2;
    private final Smsend smsend;

    ShippingNotices(ObjectMapper json, Ip1V1 ip1V1, Ip1V2 ip1V2, Smsend smsend) {
        this.json = json;
        this.ip1V1 = ip1V1;
        this.ip1V2 = ip1V2;
        this.smsend = smsend;
    }

    /** What was sent: through which API, and the smsend order to follow it by. */
    public record Notice(String api, String smsendOrder) {
    }

    /**
     * @param order e.g. {@code {"id":"A-1","phone":"+46701234567"}}
     * @return what was sent
     */
    public Notice orderShipped(String order) {
        JsonNode parsed;
        try {
            parsed = json.readTree(order);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        String phone = parsed.get("phone").asText();
        String text = "Order " + parsed.get("id").asText() + " has shipped.";
        if (phone.startsWith("+46")) {
            ip1V1.sendSms(new OutgoingSMS().addNumbersItem(phone).from("shop").message(text));
            return new Notice("ip1-v1", null);
        } else if (phone.startsWith("+47")) {
            ip1V2.createBatch(new BatchNew().sender("shop").addRecipientsItem(phone.substring(1)).body(text));
            return new Notice("ip1-v2", null);
        }
        String smsendOrder = smsend.sendSms(new SmsSendRequest().messageType(SmsMessageType.N).message(text)
                .addRecipientItem(phone)).getOrderId();
        return new Notice("smsend", smsendOrder);
    }
}
