package dev.smskit.stub.smsend;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.boot.jackson.JacksonMixin;

import dev.smskit.stub.smsend.model.Contact;
import dev.smskit.stub.smsend.model.SmsOrder;

/**
 * A contact answers only the fields it has, an order {@code remaining_credits} only when asked for: the
 * spec's optional fields are never {@code null}.
 */
@JacksonMixin({Contact.class, SmsOrder.class})
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class OptionalFields {
}
