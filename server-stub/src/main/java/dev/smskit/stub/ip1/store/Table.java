package dev.smskit.stub.ip1.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** One account's things of one kind by id, oldest first; not thread-safe (see {@link InMemoryIp1Stores}). */
final class Table<T> {

    private final AtomicInteger ids;
    private final Map<Integer, T> rows = new LinkedHashMap<>();

    /** @param ids the sequence of this kind, shared by all accounts */
    Table(AtomicInteger ids) {
        this.ids = ids;
    }

    /** Adds one row per item, in order, each made from its new id and the item. */
    <F> List<T> insert(List<F> items, BiFunction<Integer, F, T> row) {
        List<T> inserted = new ArrayList<>();
        for (F item : items) {
            int id = ids.incrementAndGet();
            T added = row.apply(id, item);
            rows.put(id, added);
            inserted.add(added);
        }
        return inserted;
    }

    List<T> all() {
        return List.copyOf(rows.values());
    }

    List<T> where(Predicate<T> filter) {
        return rows.values().stream().filter(filter).toList();
    }

    Optional<T> get(int id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** Replaces a row by what {@code change} makes of it; empty if there is none. */
    Optional<T> update(int id, UnaryOperator<T> change) {
        return get(id).map(old -> {
            T changed = change.apply(old);
            rows.put(id, changed);
            return changed;
        });
    }

    Optional<T> delete(int id) {
        return Optional.ofNullable(rows.remove(id));
    }

    void deleteWhere(Predicate<T> filter) {
        rows.values().removeIf(filter);
    }
}
