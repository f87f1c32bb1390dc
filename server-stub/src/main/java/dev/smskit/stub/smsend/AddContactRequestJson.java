package dev.smskit.stub.smsend;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.springframework.boot.jackson.JacksonMixin;

import dev.smskit.stub.smsend.model.AddContactRequest;
import dev.smskit.stub.smsend.model.ContactRequest;
import dev.smskit.stub.smsend.model.MultipleContactsRequest;

/**
 * {@code POST /contact} takes one contact or, with {@code contacts}, several: smsend's body has no type
 * field, so the shape is deduced from the fields sent; a body with no field of either is one contact
 * (and answered as one that lacks an email or phone number).
 */
@JacksonMixin(AddContactRequest.class)
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION, defaultImpl = ContactRequest.class)
@JsonSubTypes({@JsonSubTypes.Type(ContactRequest.class), @JsonSubTypes.Type(MultipleContactsRequest.class)})
abstract class AddContactRequestJson {
}
