package dev.smskit.stub.smsend.addressbook;

import java.util.List;
import java.util.Map;

/**
 * A contact: its fields as received (name to non-null value, {@code groupIds} excluded) and the
 * groups it is a member of, in ascending order.
 */
public record Contact(int id, Map<String, Object> fields, List<Integer> groupIds) {

    public Contact {
        fields = Map.copyOf(fields);
        groupIds = List.copyOf(groupIds);
    }
}
