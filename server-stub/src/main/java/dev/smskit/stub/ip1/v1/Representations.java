package dev.smskit.stub.ip1.v1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.smskit.stub.ip1.ContactGroup;
import dev.smskit.stub.ip1.SmsMessage;
import dev.smskit.stub.ip1.store.AddressBook.ContactFields;
import dev.smskit.stub.ip1.v1.model.BlacklistEntry;
import dev.smskit.stub.ip1.v1.model.Contact;
import dev.smskit.stub.ip1.v1.model.Group;
import dev.smskit.stub.ip1.v1.model.Membership;
import dev.smskit.stub.ip1.v1.model.ProcessedOutgoingSMS;
import dev.smskit.stub.ip1.v1.model.ProcessedOutgoingSMS.CurrencyEnum;
import dev.smskit.stub.ip1.v1.model.ProcessedOutgoingSMS.EncodingEnum;
import dev.smskit.stub.sms.EncodedText;

/** What V1 answers for the things the store holds, in the generated models (the spec's field order and casing). */
final class Representations {

    private Representations() {
    }

    static Group group(ContactGroup group) {
        return new Group(group.id(), group.name())
                .ownerID(group.owner())
                .contactsCount(group.contactsCount())
                .created(utc(group.created()))
                .modified(utc(group.modified()))
                .color(group.color());
    }

    static Contact contact(dev.smskit.stub.ip1.Contact contact) {
        ContactFields fields = contact.fields();
        return new Contact(contact.id(), fields.firstName(), fields.phone().sent())
                .ownerID(contact.owner())
                .created(utc(contact.created()))
                .modified(utc(contact.modified()))
                .title(fields.title())
                .notes(fields.notes())
                .organization(fields.organization())
                .lastName(fields.lastName())
                .email(fields.email());
    }

    static Membership membership(dev.smskit.stub.ip1.Membership membership) {
        return new Membership(membership.id(), membership.group(), membership.contact())
                .ownerID(membership.owner())
                .created(utc(membership.created()));
    }

    static BlacklistEntry blacklistEntry(dev.smskit.stub.ip1.BlacklistEntry entry) {
        return new BlacklistEntry(entry.id(), entry.phone().sent()).created(utc(entry.created()));
    }

    static ProcessedOutgoingSMS processed(SmsMessage sent) {
        return new ProcessedOutgoingSMS(sent.from(), sent.body())
                .ID(sent.id())
                .bundleID(sent.batchSize() > 1 ? sent.batch() : null)
                .status(sent.status().v1Status())
                .statusDescription(sent.status().v1Description())
                .to(sent.to())
                .countryCode(sent.countryCode())
                .currency(CurrencyEnum.SEK)
                .price(sent.price().doubleValue())
                .totalPrice(sent.totalPrice().doubleValue())
                .encoding(sent.text().encoding() == EncodedText.Encoding.GSM ? EncodingEnum.GSM : EncodingEnum.UCS2)
                .segments(sent.text().segments())
                .created(utc(sent.created()))
                .modified(utc(sent.latest().at()));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
