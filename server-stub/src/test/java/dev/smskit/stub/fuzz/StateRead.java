package dev.smskit.stub.fuzz;

import java.util.Map;
import java.util.function.Function;

/** A GET that shows part of the stored state, and what of its answer counts (not what moves by itself). */
record StateRead(FuzzRequest request, Function<Exchange, String> view) {

    static StateRead of(String target, Map<String, String> headers) {
        return new StateRead(new FuzzRequest("GET", target, headers, null, Map.of(), ""), e -> e.status() + " " + e.text());
    }

    StateRead viewing(Function<Exchange, String> other) {
        return new StateRead(request, other);
    }
}
