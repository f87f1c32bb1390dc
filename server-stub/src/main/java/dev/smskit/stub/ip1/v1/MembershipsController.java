package dev.smskit.stub.ip1.v1;

import java.util.List;

import dev.smskit.stub.ip1.Refusal;
import dev.smskit.stub.ip1.store.AddressBook.MembershipFields;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.v1.api.MembershipsApi;
import dev.smskit.stub.ip1.v1.model.Membership;
import dev.smskit.stub.ip1.v1.model.MembershipNew;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** IP1 V1 memberships ({@code /api/memberships}): which contact is in which group. */
// named: smsend has controllers of the same simple names
@RestController("ip1V1MembershipsController")
class MembershipsController implements MembershipsApi {

    private final Ip1Stores stores;
    private final OneOrMany body;
    private final Caller caller;

    MembershipsController(Ip1Stores stores, OneOrMany body, Caller caller) {
        this.stores = stores;
        this.body = body;
        this.caller = caller;
    }

    /** All or nothing: the store refuses every membership if one names a group or contact the account lacks. */
    @Override
    public ResponseEntity<JsonNode> createMembership(JsonNode json, @Nullable String multiple) {
        OneOrMany.Items<MembershipNew> memberships = body.read(json, multiple, "membership", "membership",
                MembershipNew.class);
        List<MembershipFields> fields = memberships.items().stream()
                .map(membership -> new MembershipFields(membership.getGroup(), membership.getContact()))
                .toList();
        try {
            return ResponseEntity.ok(body.answer(memberships, stores.inAccount(account(), data -> data.addressBook().createMemberships(fields)),
                    Representations::membership));
        } catch (Refusal refused) {
            throw new ModelState().add(refused, memberships::key).invalid();
        }
    }

    @Override
    public ResponseEntity<List<Membership>> listMemberships() {
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.addressBook().memberships()).stream().map(Representations::membership).toList());
    }

    @Override
    public ResponseEntity<Membership> deleteMembership(Integer membership) {
        return ResponseEntity.ok(Representations.membership(stores.inAccount(account(), data -> data.addressBook().deleteMembership(membership))
                .orElseThrow(() -> StubError.notFound("Membership " + membership + " was not found."))));
    }

    private String account() {
        return caller.name();
    }
}
