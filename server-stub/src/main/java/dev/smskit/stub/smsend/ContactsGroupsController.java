package dev.smskit.stub.smsend;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.smskit.stub.smsend.addressbook.AddressBook;
import dev.smskit.stub.smsend.addressbook.AddressBooks;
import dev.smskit.stub.smsend.addressbook.GroupPage;
import dev.smskit.stub.smsend.api.ContactsGroupsApi;
import dev.smskit.stub.smsend.model.GroupList;
import dev.smskit.stub.smsend.model.GroupRequest;
import dev.smskit.stub.smsend.model.GroupSummary;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;

/**
 * Contacts groups. Success bodies are empty (Content-Length 0) and {@code Location} is relative to
 * the REST root, exactly as smsend documents: {@code /group/{id}}, or {@code /contact/{id}} for
 * memberships. Unknown group or contact ids are 400s ({@link SmsendErrorAdvice}).
 */
@RestController
@RequestMapping(SmsendWebConfiguration.BASE_PATH)
class ContactsGroupsController implements ContactsGroupsApi {

    private final AddressBooks addressBooks;
    private final Caller caller;

    ContactsGroupsController(AddressBooks addressBooks, Caller caller) {
        this.addressBooks = addressBooks;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<Void> createGroup(GroupRequest groupRequest) {
        requireName(groupRequest);
        int id = addressBook().createGroup(groupRequest.getName(), groupRequest.getDescription()).id();
        return ResponseEntity.created(groupLocation(id)).build();
    }

    @Override
    public ResponseEntity<Void> modifyGroup(Integer groupId, GroupRequest groupRequest) {
        requireName(groupRequest);
        addressBook().modifyGroup(groupId, groupRequest.getName(), groupRequest.getDescription());
        return ResponseEntity.ok().location(groupLocation(groupId)).build();
    }

    @Override
    public ResponseEntity<Void> deleteGroup(Integer groupId, String deletecontacts) {
        boolean deleteContacts = switch (deletecontacts) {
            case "true" -> true;
            case "false" -> false;
            default -> throw StubError.of(HttpStatus.BAD_REQUEST,
                    "Invalid deletecontacts: " + deletecontacts + " (true or false)");
        };
        addressBook().deleteGroup(groupId, deleteContacts);
        return ResponseEntity.ok().build();
    }

    @Override
    public ResponseEntity<GroupList> listGroups(Integer pageNumber, Integer pageSize) {
        GroupPage page = addressBook().groups(pageNumber, pageSize);
        return ResponseEntity.ok(new GroupList(
                page.groups().stream()
                        .map(group -> new GroupSummary(String.valueOf(group.id()), group.name(), group.description()))
                        .toList(),
                pageNumber, pageSize, page.total()));
    }

    @Override
    public ResponseEntity<Void> addContactToGroup(Integer groupId, Integer contactId) {
        addressBook().addToGroup(groupId, contactId);
        return ResponseEntity.ok().location(ContactsController.location(contactId)).build();
    }

    @Override
    public ResponseEntity<Void> removeContactFromGroup(Integer groupId, Integer contactId) {
        addressBook().removeFromGroup(groupId, contactId);
        return ResponseEntity.ok().location(ContactsController.location(contactId)).build();
    }

    private AddressBook addressBook() {
        return addressBooks.of(caller.name());
    }

    // the schema only asks for one character; a name of spaces is no name either
    private static void requireName(GroupRequest groupRequest) {
        if (groupRequest.getName().isBlank()) {
            throw StubError.of(HttpStatus.BAD_REQUEST, "Invalid group name: must not be blank");
        }
    }

    private static URI groupLocation(int groupId) {
        return URI.create("/group/" + groupId);
    }
}
