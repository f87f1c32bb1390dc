package dev.smskit.stub.ip1.v1;

import java.util.List;

import dev.smskit.stub.ip1.store.Groups.GroupFields;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.v1.api.GroupsApi;
import dev.smskit.stub.ip1.v1.model.Contact;
import dev.smskit.stub.ip1.v1.model.Group;
import dev.smskit.stub.ip1.v1.model.GroupNew;
import dev.smskit.stub.ip1.v1.model.GroupUpdate;
import dev.smskit.stub.ip1.v1.model.Membership;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** IP1 V1 contact groups ({@code /api/groups}) and their contacts and memberships. */
@RestController
class GroupsController implements GroupsApi {

    private final Ip1Stores stores;
    private final OneOrMany body;
    private final Caller caller;

    GroupsController(Ip1Stores stores, OneOrMany body, Caller caller) {
        this.stores = stores;
        this.body = body;
        this.caller = caller;
    }

    /** One group, or with {@code ?multiple} an array of them; one invalid element refuses the whole request. */
    @Override
    public ResponseEntity<JsonNode> createGroup(JsonNode json, @Nullable String multiple) {
        OneOrMany.Items<GroupNew> groups = body.read(json, multiple, V1ErrorAdvice.GROUP_PARAMETER, "group", GroupNew.class);
        List<GroupFields> fields = groups.items().stream()
                .map(group -> new GroupFields(group.getName(), group.getColor()))
                .toList();
        return ResponseEntity.ok(body.answer(groups, stores.inAccount(account(), data -> data.groups().create(fields)), Representations::group));
    }

    @Override
    public ResponseEntity<List<Group>> listGroups() {
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.groups().all()).stream().map(Representations::group).toList());
    }

    @Override
    public ResponseEntity<Group> getGroup(Integer group) {
        return ResponseEntity.ok(Representations.group(stores.inAccount(account(), data -> data.groups().get(group)).orElseThrow(() -> notFound(group))));
    }

    @Override
    public ResponseEntity<Group> updateGroup(Integer group, GroupUpdate update) {
        if (!update.getID().equals(group)) {
            throw new ModelState().add(V1ErrorAdvice.GROUP_PARAMETER + ".ID",
                    "The ID must be the ID of the group in the URL (" + group + ").").invalid();
        }
        return ResponseEntity.ok(Representations.group(stores.inAccount(account(), data -> data.groups().replace(group,
                new GroupFields(update.getName(), update.getColor()))).orElseThrow(() -> notFound(group))));
    }

    @Override
    public ResponseEntity<Group> deleteGroup(Integer group) {
        return ResponseEntity.ok(Representations.group(stores.inAccount(account(), data -> data.deleteGroup(group)).orElseThrow(() -> notFound(group))));
    }

    @Override
    public ResponseEntity<List<Contact>> listGroupContacts(Integer group) {
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.addressBook().contactsOf(group)).orElseThrow(() -> notFound(group))
                .stream().map(Representations::contact).toList());
    }

    @Override
    public ResponseEntity<List<Membership>> listGroupMemberships(Integer group) {
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.addressBook().membershipsOfGroup(group)).orElseThrow(() -> notFound(group))
                .stream().map(Representations::membership).toList());
    }

    private String account() {
        return caller.name();
    }

    static StubError notFound(int group) {
        return StubError.notFound("Group " + group + " was not found.");
    }
}
