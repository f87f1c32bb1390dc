package dev.smskit.stub.smsend;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.smskit.stub.smsend.addressbook.AddressBook;
import dev.smskit.stub.smsend.addressbook.AddressBooks;
import dev.smskit.stub.smsend.addressbook.Contact;
import dev.smskit.stub.smsend.addressbook.NewContact;
import dev.smskit.stub.smsend.addressbook.UnknownIdException;
import dev.smskit.stub.smsend.api.ContactsApi;
import dev.smskit.stub.smsend.model.AddContactRequest;
import dev.smskit.stub.smsend.model.ContactRequest;
import dev.smskit.stub.smsend.model.MultipleContactsRequest;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The address book's contacts: {@code POST /contact} answers 201 with an empty body and
 * {@code Location: /contact/{id}}, or, for a body with {@code contacts}, 200 with the number of contacts
 * saved, all or nothing; {@code GET /contact/{id}} answers the fields as they were sent, plus {@code id}
 * and {@code groupIds} as strings, like {@code id_group}.
 */
@RestController
@RequestMapping(SmsendWebConfiguration.BASE_PATH)
class ContactsController implements ContactsApi {

    private static final Pattern ID = Pattern.compile("[0-9]{1,9}");
    private static final List<String> DATE_FIELDS = List.of("birthdate", "promotiondate", "rememberdate");

    private final AddressBooks addressBooks;
    private final Caller caller;
    private final JsonMapper jsonMapper;

    ContactsController(AddressBooks addressBooks, JsonMapper jsonMapper, Caller caller) {
        this.addressBooks = addressBooks;
        this.caller = caller;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public ResponseEntity<Integer> addContact(AddContactRequest addContactRequest) {
        if (addContactRequest instanceof MultipleContactsRequest multiple) {
            return ResponseEntity.ok(addContacts(multiple));
        }
        NewContact contact = newContact((ContactRequest) addContactRequest, UnaryOperator.identity(), "contact");
        try {
            int id = addressBook().addContact(contact.fields(), contact.groupIds()).id();
            return ResponseEntity.created(location(id)).build();
        } catch (UnknownIdException e) {
            throw invalidGroup("groupIds", String.valueOf(e.id()));
        }
    }

    private int addContacts(MultipleContactsRequest multiple) {
        List<NewContact> contacts = new ArrayList<>();
        for (int i = 0; i < multiple.getContacts().size(); i++) {
            String where = "contacts[" + i + "]";
            ContactRequest contact = multiple.getContacts().get(i);
            if (contact == null) {
                throw StubError.of(HttpStatus.BAD_REQUEST, "Invalid " + where + ": must not be null");
            }
            contacts.add(newContact(contact, field -> where + "." + field, where));
        }
        try {
            return addressBook().addContacts(contacts, Boolean.TRUE.equals(multiple.getUpdateExistingContact()),
                    Boolean.TRUE.equals(multiple.getKeepExistingGroupsAndCampaigns()));
        } catch (UnknownIdException e) {
            int first = 0;
            while (!contacts.get(first).groupIds().contains(e.id())) {
                first++;
            }
            throw invalidGroup("contacts[" + first + "].groupIds", String.valueOf(e.id()));
        }
    }

    /**
     * A contact checked as smsend does beyond its schema, its fields as the client named them (without
     * the ones it left out); {@code field} names a field in messages, {@code whole} the contact.
     */
    private NewContact newContact(ContactRequest contact, UnaryOperator<String> field, String whole) {
        Map<String, Object> fields = new LinkedHashMap<>(
                jsonMapper.convertValue(contact, new TypeReference<Map<String, Object>>() { }));
        fields.values().removeIf(Objects::isNull);
        fields.remove("groupIds");
        if (contact.getEmail() != null && contact.getEmail().isBlank()) {
            throw StubError.of(HttpStatus.BAD_REQUEST,
                    "Invalid " + field.apply("email") + ": must not be blank");
        }
        if (contact.getEmail() == null && (contact.getPhoneNumber() == null || contact.getPhoneNumber().isBlank())) {
            throw StubError.of(HttpStatus.BAD_REQUEST,
                    "Invalid " + whole + ": email or phoneNumber is required");
        }
        for (String date : DATE_FIELDS) {
            Object value = fields.get(date);
            if (value != null && SmsendDates.parse(value.toString()).isEmpty()) {
                throw StubError.of(HttpStatus.BAD_REQUEST,
                        "Invalid " + field.apply(date) + ": " + value);
            }
        }
        LinkedHashSet<Integer> groupIds = new LinkedHashSet<>();
        for (String groupId : contact.getGroupIds() == null ? List.<String>of() : contact.getGroupIds()) {
            groupIds.add(id(groupId).orElseThrow(() -> invalidGroup(field.apply("groupIds"), groupId)));
        }
        return new NewContact(fields, List.copyOf(groupIds));
    }

    @Override
    public ResponseEntity<dev.smskit.stub.smsend.model.Contact> getContact(String contactid) {
        int id = id(contactid).orElseThrow(
                () -> StubError.of(HttpStatus.BAD_REQUEST, "Invalid contactid: " + contactid));
        Contact contact = addressBook().contact(id).orElseThrow(
                () -> StubError.of(HttpStatus.NOT_FOUND, "The given contactid was not found"));
        Map<String, Object> json = new LinkedHashMap<>(contact.fields());
        json.put("id", String.valueOf(contact.id()));
        json.put("groupIds", contact.groupIds().stream().map(String::valueOf).toList());
        return ResponseEntity.ok(jsonMapper.convertValue(json, dev.smskit.stub.smsend.model.Contact.class));
    }

    static URI location(int contactId) {
        return URI.create("/contact/" + contactId);
    }

    private AddressBook addressBook() {
        return addressBooks.of(caller.name());
    }

    private static StubError invalidGroup(String field, String groupId) {
        return SmsendErrorAdvice.invalid(field + ": no group " + groupId);
    }

    /** A contact or group id as smsend writes it: decimal digits (ids start at 1 and fit an int). */
    private static Optional<Integer> id(@Nullable String text) {
        return text != null && ID.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
