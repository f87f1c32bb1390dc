package dev.smskit.stub.ip1.v1;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.smskit.stub.ip1.store.AddressBook.ContactFields;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.v1.api.ContactsApi;
import dev.smskit.stub.ip1.v1.model.Contact;
import dev.smskit.stub.ip1.v1.model.ContactNew;
import dev.smskit.stub.ip1.v1.model.ContactUpdate;
import dev.smskit.stub.ip1.v1.model.Group;
import dev.smskit.stub.ip1.v1.model.Membership;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** IP1 V1 contacts ({@code /api/contacts}) and their groups and memberships. */
// named: smsend has controllers of the same simple names
@RestController("ip1V1ContactsController")
class ContactsController implements ContactsApi {

    static final String PARAMETER = "contact";

    // ASP.NET binds a list from the repeated form and from the indexed one, its parameter names in any case
    private static final Pattern PHONE_NUMBERS = Pattern.compile("(?i)PhoneNumbers(\\[\\d+])?");

    private final Ip1Stores stores;
    private final OneOrMany body;
    private final HttpServletRequest request;
    private final Caller caller;

    ContactsController(Ip1Stores stores, OneOrMany body, HttpServletRequest request, Caller caller) {
        this.stores = stores;
        this.body = body;
        this.request = request;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<JsonNode> createContact(JsonNode json, @Nullable String multiple) {
        OneOrMany.Items<ContactNew> contacts = body.read(json, multiple, PARAMETER, "contact", ContactNew.class);
        List<ContactFields> fields = contacts.items().stream()
                .map(contact -> new ContactFields(contact.getFirstName(), contact.getLastName(), phone(contact.getPhone()),
                        contact.getEmail(), contact.getTitle(), contact.getOrganization(), contact.getNotes()))
                .toList();
        return ResponseEntity.ok(body.answer(contacts, stores.inAccount(account(), data -> data.addressBook().createContacts(fields)), Representations::contact));
    }

    /** Reads {@code PhoneNumbers} itself: the generated parameter only sees the repeated form. */
    @Override
    public ResponseEntity<List<Contact>> listContacts(@Nullable List<String> ignored) {
        List<String> filter = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (PHONE_NUMBERS.matcher(parameter.getKey()).matches()) {
                filter.addAll(List.of(parameter.getValue()));
            }
        }
        Set<String> phones = new HashSet<>();
        ModelState modelState = new ModelState();
        for (int i = 0; i < filter.size(); i++) {
            // an unencoded + arrives as a space
            Optional<PhoneNumber> phone = PhoneNumber.parse(filter.get(i).strip());
            if (phone.isPresent()) {
                phones.add(phone.get().e164());
            } else {
                modelState.add("PhoneNumbers[" + i + "]",
                        "The value '" + filter.get(i) + "' is not a valid phone number in E.164 format.");
            }
        }
        if (!modelState.isEmpty()) {
            throw modelState.invalid();
        }
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.addressBook().contacts()).stream()
                .filter(contact -> filter.isEmpty() || phones.contains(contact.fields().phone().e164()))
                .map(Representations::contact)
                .toList());
    }

    @Override
    public ResponseEntity<Contact> getContact(Integer contact) {
        return ResponseEntity.ok(Representations.contact(stores.inAccount(account(), data -> data.addressBook().contact(contact)).orElseThrow(() -> notFound(contact))));
    }

    @Override
    public ResponseEntity<Contact> updateContact(Integer contact, ContactUpdate update) {
        if (!update.getID().equals(contact)) {
            throw new ModelState().add(PARAMETER + ".ID",
                    "The ID must be the ID of the contact in the URL (" + contact + ").").invalid();
        }
        ContactFields fields = new ContactFields(update.getFirstName(), update.getLastName(), phone(update.getPhone()),
                update.getEmail(), update.getTitle(), update.getOrganization(), update.getNotes());
        return ResponseEntity.ok(Representations.contact(stores.inAccount(account(), data -> data.addressBook().replaceContact(contact, fields))
                .orElseThrow(() -> notFound(contact))));
    }

    @Override
    public ResponseEntity<Contact> deleteContact(Integer contact) {
        return ResponseEntity.ok(Representations.contact(stores.inAccount(account(), data -> data.addressBook().deleteContact(contact))
                .orElseThrow(() -> notFound(contact))));
    }

    @Override
    public ResponseEntity<List<Group>> listContactGroups(Integer contact) {
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.addressBook().groupsOf(contact)).orElseThrow(() -> notFound(contact))
                .stream().map(Representations::group).toList());
    }

    @Override
    public ResponseEntity<List<Membership>> listContactMemberships(Integer contact) {
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.addressBook().membershipsOfContact(contact)).orElseThrow(() -> notFound(contact))
                .stream().map(Representations::membership).toList());
    }

    private String account() {
        return caller.name();
    }

    /** A phone Bean Validation has already accepted (see V1Configuration). */
    static PhoneNumber phone(String valid) {
        return PhoneNumber.parse(valid).orElseThrow();
    }

    private static StubError notFound(int contact) {
        return StubError.notFound("Contact " + contact + " was not found.");
    }
}
