package dev.smskit.stub.smsend;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.boot.jackson.JacksonMixin;

import dev.smskit.stub.smsend.model.Contact;

/** A contact answers only the fields it has: the spec's fields are strings, never {@code null}. */
@JacksonMixin(Contact.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class ContactJson {
}
