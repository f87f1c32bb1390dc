package dev.smskit.testing;

import dev.smskit.testing.control.model.RecordedMessage;
import java.time.OffsetDateTime;

/**
 * A message as the stub recorded it, with its delivery step as of the moment it was listed.
 *
 * @param api       the API it went through; {@code null} for an SMS a phone sent to an IP1 account, which
 *                  both IP1 APIs read
 * @param account   the IP1 account (or smsend user) that sent or received it
 * @param incoming  {@code true} for an SMS a phone sent to the account
 * @param from      sender name or number, as sent
 * @param to        recipient number (E.164) or name
 * @param text      the text
 * @param step      where it is on its way
 * @param created   when the stub recorded it
 * @param recorded  the stub's full record, as generated from {@code specs/stub-admin.yaml}
 */
public record RecordedSms(Api api, String account, boolean incoming, String from, String to, String text,
        DeliveryStep step, OffsetDateTime created, RecordedMessage recorded) {

    static RecordedSms of(RecordedMessage message) {
        return new RecordedSms(apiOf(message), message.getAccount(),
                message.getDirection() == RecordedMessage.DirectionEnum.INCOMING,
                message.getFrom(), message.getTo(), message.getMessage(),
                step(message), message.getCreated(), message);
    }

    private static Api apiOf(RecordedMessage message) {
        if (message.getApi() == dev.smskit.testing.control.model.Api.SMSEND) {
            return Api.SMSEND;
        }
        if (message.getIp1Api() == null) {
            return null;
        }
        return message.getIp1Api() == RecordedMessage.Ip1ApiEnum.V1 ? Api.IP1_V1 : Api.IP1_V2;
    }

    private static DeliveryStep step(RecordedMessage message) {
        return message.getStep() == null ? DeliveryStep.GATEWAY : DeliveryStep.of(message.getStep());
    }

    /** @return {@code true} once delivered to the phone */
    public boolean delivered() {
        return step == DeliveryStep.PHONE;
    }

    /** @return {@code true} once it is known never to be delivered */
    public boolean failed() {
        return step == DeliveryStep.FAILED;
    }

    /**
     * @return its status in its API's own terms: the V2 status code for IP1 ({@code "201"}, {@code "404"}),
     *         the recipient's state for smsend ({@code "DLVRD"}, {@code "TIMEOUT"})
     */
    public String code() {
        if (recorded.getSmsendStatus() != null) {
            return recorded.getSmsendStatus().getValue();
        }
        return recorded.getStatusCode() == null ? "" : recorded.getStatusCode().toString();
    }

    @Override
    public String toString() {
        return (api == null ? "IP1" : api) + " " + account + (incoming ? " in " : " out ") + from + " -> " + to
                + " \"" + text + "\" " + step + (step == DeliveryStep.FAILED ? " " + code() : "");
    }
}
