package dev.smskit.stub.faults;

import java.util.List;

import dev.smskit.stub.admin.api.FaultsApi;
import dev.smskit.stub.admin.model.Api;
import dev.smskit.stub.admin.model.FaultRule;
import dev.smskit.stub.admin.model.TriggeredFault;
import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The fault rules of the control API ({@code /_stub/faults}, specs/stub-admin.yaml). */
@RestController
class FaultsController implements FaultsApi {

    private final FaultRules rules;

    FaultsController(FaultRules rules) {
        this.rules = rules;
    }

    @Override
    public ResponseEntity<FaultRule> createFaultRule(FaultRule faultRule) {
        return ResponseEntity.status(HttpStatus.CREATED).body(rules.add(faultRule));
    }

    @Override
    public ResponseEntity<List<FaultRule>> listFaultRules() {
        return ResponseEntity.ok(rules.list());
    }

    @Override
    public ResponseEntity<Void> deleteFaultRules() {
        rules.clear();
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<Void> deleteFaultRule(String id) {
        if (!rules.delete(id)) {
            throw StubError.notFound("No fault rule has the id " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<List<TriggeredFault>> listTriggeredFaults(@Nullable Api api, @Nullable String account) {
        return ResponseEntity.ok(rules.triggered().stream()
                .filter(fault -> api == null || api == fault.getApi())
                .filter(fault -> account == null || account.equals(fault.getAccount()))
                .toList());
    }
}
