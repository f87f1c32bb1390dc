package dev.smskit.stub.smsend;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.smskit.stub.smsend.addressbook.AddressBook;
import dev.smskit.stub.smsend.addressbook.AddressBooks;
import dev.smskit.stub.smsend.addressbook.Contact;
import dev.smskit.stub.smsend.addressbook.UnknownIdException;
import dev.smskit.stub.smsend.api.ContactsApi;
import dev.smskit.stub.smsend.model.ContactRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The address book's contacts: {@code POST /contact} answers 201 with an empty body and
 * {@code Location: /contact/{id}}; {@code GET /contact/{id}} answers the fields as they were sent, plus
 * {@code id} and {@code groupIds} as strings, like {@code id_group}.
 */
@RestController
@RequestMapping(SmsendWebConfiguration.BASE_PATH)
class ContactsController implements ContactsApi {

    private static final Pattern ID = Pattern.compile("[0-9]{1,9}");
    private static final List<String> DATE_FIELDS = List.of("birthdate", "promotiondate", "rememberdate");
    // the formats smsend lists for its date fields, strictly (no 31 February)
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            "ddMMuu", "uuuuMMdd", "ddMMuuHHmm", "uuuuMMddHHmmss", "uuuu-MM-dd HH:mm", "uuuu-MM-dd HH:mm'.0'").stream()
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private final AddressBooks addressBooks;
    private final JsonMapper jsonMapper;

    ContactsController(AddressBooks addressBooks, JsonMapper jsonMapper) {
        this.addressBooks = addressBooks;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public ResponseEntity<Void> addContact(ContactRequest contactRequest) {
        // the fields as the client named them, without the ones it left out
        Map<String, Object> fields = new LinkedHashMap<>(
                jsonMapper.convertValue(contactRequest, new TypeReference<Map<String, Object>>() { }));
        fields.values().removeIf(Objects::isNull);
        fields.remove("groupIds");
        requireEmailOrPhone(contactRequest);
        DATE_FIELDS.forEach(field -> requireDate(field, fields.get(field)));
        Set<Integer> groupIds = new LinkedHashSet<>();
        for (String groupId : contactRequest.getGroupIds() == null ? List.<String>of() : contactRequest.getGroupIds()) {
            groupIds.add(id(groupId).orElseThrow(() -> invalidGroup(groupId)));
        }
        try {
            Contact contact = addressBook().addContact(fields, groupIds);
            return ResponseEntity.created(location(contact.id())).build();
        } catch (UnknownIdException e) {
            throw invalidGroup(String.valueOf(e.id()));
        }
    }

    @Override
    public ResponseEntity<dev.smskit.stub.smsend.model.Contact> getContact(String contactid) {
        int id = id(contactid).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid contactid: " + contactid));
        Contact contact = addressBook().contact(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The given contactid was not found"));
        Map<String, Object> json = new LinkedHashMap<>(contact.fields());
        json.put("id", String.valueOf(contact.id()));
        json.put("groupIds", contact.groupIds().stream().map(String::valueOf).toList());
        return ResponseEntity.ok(jsonMapper.convertValue(json, dev.smskit.stub.smsend.model.Contact.class));
    }

    static URI location(int contactId) {
        return URI.create("/contact/" + contactId);
    }

    private AddressBook addressBook() {
        return addressBooks.of(SessionCheck.caller());
    }

    private static void requireEmailOrPhone(ContactRequest contact) {
        if (contact.getEmail() != null && contact.getEmail().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid email: must not be blank");
        }
        if (contact.getEmail() == null && (contact.getPhoneNumber() == null || contact.getPhoneNumber().isBlank())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Invalid contact: email or phoneNumber is required");
        }
    }

    private static void requireDate(String field, @Nullable Object value) {
        if (value != null && DATE_FORMATS.stream().noneMatch(format -> parses(format, value.toString()))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid " + field + ": " + value);
        }
    }

    private static boolean parses(DateTimeFormatter format, String text) {
        try {
            format.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static ResponseStatusException invalidGroup(String groupId) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid groupIds: no group " + groupId);
    }

    /** A contact or group id as smsend writes it: decimal digits (ids start at 1 and fit an int). */
    private static Optional<Integer> id(@Nullable String text) {
        return text != null && ID.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
