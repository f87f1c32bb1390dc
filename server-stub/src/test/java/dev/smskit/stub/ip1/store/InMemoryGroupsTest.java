package dev.smskit.stub.ip1.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.smskit.stub.ip1.ContactGroup;
import dev.smskit.stub.ip1.store.Groups.GroupFields;
import org.junit.jupiter.api.Test;

class InMemoryGroupsTest extends StoreFixture {

    @Test
    void groupsAreCreatedInOrderWithIdsAcrossAccounts() {
        List<ContactGroup> created = account(ACCOUNT).groups().create(
                List.of(new GroupFields("a", "#ffffff"), new GroupFields("b", null)));
        List<ContactGroup> other = account(OTHER).groups().create(List.of(new GroupFields("c", null)));

        assertThat(created).extracting(ContactGroup::id).containsExactly(1, 2);
        assertThat(created).extracting(ContactGroup::created).containsOnly(T0);
        assertThat(other.get(0).id()).isEqualTo(3);
        assertThat(account(ACCOUNT).groups().all()).extracting(ContactGroup::name).containsExactly("a", "b");
        assertThat(account(OTHER).groups().get(1)).as("another account's group").isEmpty();
    }

    @Test
    void aReplacedGroupsModifiedMovesEvenWithinTheSameMillisecond() {
        ContactGroup created = account(ACCOUNT).groups().create(List.of(new GroupFields("a", null))).get(0);

        ContactGroup replaced = account(ACCOUNT).groups().replace(created.id(), new GroupFields("b", "#000000"))
                .orElseThrow();

        assertThat(replaced.created()).isEqualTo(T0);
        assertThat(replaced.modified()).isAfter(created.modified());
        assertThat(replaced.name()).isEqualTo("b");
        assertThat(account(OTHER).groups().replace(created.id(), new GroupFields("x", null))).isEmpty();
    }

    @Test
    void aDeletedGroupIsGoneForItsAccountOnly() {
        ContactGroup created = account(ACCOUNT).groups().create(List.of(new GroupFields("a", null))).get(0);

        assertThat(account(OTHER).deleteGroup(created.id())).isEmpty();
        assertThat(account(ACCOUNT).deleteGroup(created.id())).hasValue(created);
        assertThat(account(ACCOUNT).groups().all()).isEmpty();
    }
}
