package dev.smskit.stub.ip1.v1;

import java.util.List;

import dev.smskit.stub.ip1.Refusal;
import dev.smskit.stub.ip1.store.Ip1Stores;
import dev.smskit.stub.ip1.v1.api.BlacklistApi;
import dev.smskit.stub.ip1.v1.model.BlacklistEntry;
import dev.smskit.stub.ip1.v1.model.BlacklistEntryNew;
import dev.smskit.stub.sms.PhoneNumber;
import dev.smskit.stub.web.StubError;
import dev.smskit.stub.web.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** IP1 V1 blacklist ({@code /api/blacklist}): numbers {@code POST /api/sms/send} leaves out. */
// named: smsend has controllers of the same simple names
@RestController("ip1V1BlacklistController")
class BlacklistController implements BlacklistApi {

    private final Ip1Stores stores;
    private final OneOrMany body;
    private final Caller caller;

    BlacklistController(Ip1Stores stores, OneOrMany body, Caller caller) {
        this.stores = stores;
        this.body = body;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<JsonNode> addToBlacklist(JsonNode json, @Nullable String multiple) {
        OneOrMany.Items<BlacklistEntryNew> entries = body.read(json, multiple, "entry", "blacklist entry",
                BlacklistEntryNew.class);
        List<PhoneNumber> phones = entries.items().stream().map(entry -> ContactsController.phone(entry.getPhone())).toList();
        try {
            return ResponseEntity.ok(body.answer(entries, stores.inAccount(account(), data -> data.blacklist().add(phones)),
                    Representations::blacklistEntry));
        } catch (Refusal refused) {
            throw new ModelState().add(refused, entries::key).invalid();
        }
    }

    @Override
    public ResponseEntity<List<BlacklistEntry>> listBlacklist() {
        return ResponseEntity.ok(stores.inAccount(account(), data -> data.blacklist().entries()).stream().map(Representations::blacklistEntry).toList());
    }

    @Override
    public ResponseEntity<BlacklistEntry> getBlacklistEntry(Integer entry) {
        return ResponseEntity.ok(Representations.blacklistEntry(stores.inAccount(account(), data -> data.blacklist().entry(entry))
                .orElseThrow(() -> notFound(entry))));
    }

    @Override
    public ResponseEntity<BlacklistEntry> deleteBlacklistEntry(Integer entry) {
        return ResponseEntity.ok(Representations.blacklistEntry(stores.inAccount(account(), data -> data.blacklist().delete(entry))
                .orElseThrow(() -> notFound(entry))));
    }

    private String account() {
        return caller.name();
    }

    private static StubError notFound(int entry) {
        return StubError.notFound("Blacklist entry " + entry + " was not found.");
    }
}
