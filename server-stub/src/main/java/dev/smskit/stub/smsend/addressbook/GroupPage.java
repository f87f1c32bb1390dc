package dev.smskit.stub.smsend.addressbook;

import java.util.List;

/** One page of a user's groups, with the number of groups the user has in all. */
public record GroupPage(List<Group> groups, int total) {

    public GroupPage {
        groups = List.copyOf(groups);
    }
}
