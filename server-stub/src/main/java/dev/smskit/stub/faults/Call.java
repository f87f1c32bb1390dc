package dev.smskit.stub.faults;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One call to a simulated API as a fault rule sees it. The operation and the account are looked up
 * only when a rule asks for them (once each).
 */
final class Call {

    private final String api;
    private final String method;
    private final String path;
    private final Supplier<@Nullable String> operationId;
    private final Supplier<@Nullable String> account;
    private boolean operationKnown;
    private @Nullable String operation;
    private boolean accountKnown;
    private @Nullable String caller;

    Call(String api, String method, String path, Supplier<@Nullable String> operationId, Supplier<@Nullable String> account) {
        this.api = api;
        this.method = method;
        this.path = path;
        this.operationId = operationId;
        this.account = account;
    }

    String api() {
        return api;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    @Nullable String operationId() {
        if (!operationKnown) {
            operation = operationId.get();
            operationKnown = true;
        }
        return operation;
    }

    @Nullable String account() {
        if (!accountKnown) {
            caller = account.get();
            accountKnown = true;
        }
        return caller;
    }
}
