package dev.smskit.stub.smsend.addressbook;

import java.util.List;
import java.util.Map;

/** A contact to store: its fields (name to non-null value, {@code groupIds} excluded) and its groups. */
public record NewContact(Map<String, Object> fields, List<Integer> groupIds) {

    public NewContact {
        fields = Map.copyOf(fields);
        groupIds = List.copyOf(groupIds);
    }
}
