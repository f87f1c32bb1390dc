package dev.smskit.stub.ip1.v1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.smskit.stub.ip1.ContactGroup;
import dev.smskit.stub.ip1.Ip1Authentication;
import dev.smskit.stub.ip1.Ip1Store;
import dev.smskit.stub.ip1.Ip1Store.GroupFields;
import dev.smskit.stub.ip1.v1.api.GroupsApi;
import dev.smskit.stub.ip1.v1.model.Group;
import dev.smskit.stub.ip1.v1.model.GroupNew;
import dev.smskit.stub.ip1.v1.model.GroupUpdate;
import dev.smskit.stub.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IP1 V1 contact groups ({@code /api/groups}). */
@RestController
class GroupsController implements GroupsApi {

    private final Ip1Store store;
    private final JsonMapper json;
    private final Validator validator;
    private final HttpServletRequest request;

    GroupsController(Ip1Store store, JsonMapper json, Validator validator, HttpServletRequest request) {
        this.store = store;
        this.json = json;
        this.validator = validator;
        this.request = request;
    }

    /**
     * The body is one group, or with {@code ?multiple} an array of them (the spec's oneOf leaves it a
     * JSON tree): each element is read and validated like a single {@code GroupNew}, and one invalid
     * element refuses the whole request.
     */
    @Override
    public ResponseEntity<JsonNode> createGroup(JsonNode body, @Nullable String multiple) {
        boolean many = multiple != null;
        if (many != body.isArray()) {
            throw new ModelState().add(V1ErrorAdvice.GROUP_PARAMETER, many
                    ? "With the multiple query parameter the body must be an array of groups."
                    : "The body must be one group; add the multiple query parameter to send an array.").invalid();
        }
        List<JsonNode> elements = many ? body.valueStream().toList() : List.of(body);
        ModelState modelState = new ModelState();
        List<GroupFields> groups = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String parameter = V1ErrorAdvice.GROUP_PARAMETER + (many ? "[" + i + "]" : "");
            JsonNode element = elements.get(i);
            if (!element.isObject()) {
                modelState.add(parameter, "A group must be a JSON object.");
                continue;
            }
            try {
                GroupNew group = json.treeToValue(element, GroupNew.class);
                modelState.addViolations(parameter, validator.validate(group));
                groups.add(new GroupFields(group.getName(), group.getColor()));
            } catch (JacksonException unreadable) {
                modelState.addUnreadable(parameter, unreadable);
            }
        }
        if (!modelState.isEmpty()) {
            throw modelState.invalid();
        }
        List<Group> created = store.createGroups(account(), groups).stream().map(GroupsController::toGroup).toList();
        return ResponseEntity.ok(json.valueToTree(many ? created : created.get(0)));
    }

    @Override
    public ResponseEntity<List<Group>> listGroups() {
        return ResponseEntity.ok(store.groups(account()).stream().map(GroupsController::toGroup).toList());
    }

    @Override
    public ResponseEntity<Group> getGroup(Integer group) {
        return ResponseEntity.ok(toGroup(store.group(account(), group).orElseThrow(() -> notFound(group))));
    }

    @Override
    public ResponseEntity<Group> updateGroup(Integer group, GroupUpdate update) {
        if (!update.getID().equals(group)) {
            throw new ModelState().add(V1ErrorAdvice.GROUP_PARAMETER + ".ID",
                    "The ID must be the ID of the group in the URL (" + group + ").").invalid();
        }
        return ResponseEntity.ok(toGroup(store.replaceGroup(account(), group,
                new GroupFields(update.getName(), update.getColor())).orElseThrow(() -> notFound(group))));
    }

    @Override
    public ResponseEntity<Group> deleteGroup(Integer group) {
        return ResponseEntity.ok(toGroup(store.deleteGroup(account(), group).orElseThrow(() -> notFound(group))));
    }

    private String account() {
        return Ip1Authentication.account(request);
    }

    private static ApiException notFound(int group) {
        return ApiException.notFound("Group " + group + " was not found.");
    }

    private static Group toGroup(ContactGroup group) {
        return new Group(group.id(), group.name())
                .ownerID(group.owner())
                .contactsCount(group.contactsCount())
                .created(utc(group.created()))
                .modified(utc(group.modified()))
                .color(group.color());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
