package dev.smskit.stub.ip1.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import dev.smskit.stub.ip1.Contact;
import dev.smskit.stub.ip1.ContactGroup;
import dev.smskit.stub.ip1.Membership;
import dev.smskit.stub.ip1.Refusal;
import dev.smskit.stub.ip1.store.AddressBook.ContactFields;
import dev.smskit.stub.ip1.store.AddressBook.MembershipFields;
import dev.smskit.stub.ip1.store.Groups.GroupFields;
import org.junit.jupiter.api.Test;

/** Contacts and memberships, and the group members they keep in step. */
class InMemoryAddressBookTest extends StoreFixture {

    private Contact contact(String account, String name, String phone) {
        return account(account).addressBook().createContacts(List.of(
                new ContactFields(name, null, phone(phone), null, null, null, null))).get(0);
    }

    private ContactGroup group(String account, String name) {
        return account(account).groups().create(List.of(new GroupFields(name, null))).get(0);
    }

    private int members(int group) {
        return account(ACCOUNT).groups().get(group).orElseThrow().contactsCount();
    }

    @Test
    void membershipsJoinContactsToGroupsAndCountInTheGroup() {
        Contact anna = contact(ACCOUNT, "Anna", "+46701234567");
        Contact bo = contact(ACCOUNT, "Bo", "+46709876543");
        ContactGroup friends = group(ACCOUNT, "friends");

        List<Membership> created = account(ACCOUNT).addressBook().createMemberships(List.of(
                new MembershipFields(friends.id(), bo.id()), new MembershipFields(friends.id(), anna.id())));

        assertThat(created).extracting(Membership::contact).containsExactly(bo.id(), anna.id());
        assertThat(members(friends.id())).isEqualTo(2);
        assertThat(account(ACCOUNT).addressBook().contactsOf(friends.id())).hasValueSatisfying(contacts ->
                assertThat(contacts).extracting(Contact::id).as("in the order they joined").containsExactly(bo.id(), anna.id()));
        assertThat(account(ACCOUNT).addressBook().groupsOf(anna.id())).hasValueSatisfying(groups ->
                assertThat(groups).extracting(ContactGroup::id).containsExactly(friends.id()));
        assertThat(account(ACCOUNT).addressBook().membershipsOfGroup(friends.id())).hasValue(created);
        assertThat(account(ACCOUNT).addressBook().membershipsOfContact(anna.id())).hasValue(List.of(created.get(1)));
    }

    @Test
    void membershipsAreAllOrNothingAndNameEachProblem() {
        Contact anna = contact(ACCOUNT, "Anna", "+46701234567");
        ContactGroup friends = group(ACCOUNT, "friends");
        ContactGroup others = group(OTHER, "others");
        account(ACCOUNT).addressBook().createMemberships(List.of(new MembershipFields(friends.id(), anna.id())));

        assertThatThrownBy(() -> account(ACCOUNT).addressBook().createMemberships(List.of(
                new MembershipFields(others.id(), anna.id()),
                new MembershipFields(friends.id(), anna.id()),
                new MembershipFields(friends.id(), 99))))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.problems()).containsExactly(
                        new Refusal.Problem(0, "Group", "Group " + others.id() + " was not found."),
                        new Refusal.Problem(1, null, "Contact " + anna.id() + " is already a member of group " + friends.id() + "."),
                        new Refusal.Problem(2, "Contact", "Contact 99 was not found.")));
        assertThat(account(ACCOUNT).addressBook().memberships()).hasSize(1);
    }

    @Test
    void deletingAContactOrAGroupTakesTheirMembershipsAlong() {
        Contact anna = contact(ACCOUNT, "Anna", "+46701234567");
        Contact bo = contact(ACCOUNT, "Bo", "+46709876543");
        ContactGroup friends = group(ACCOUNT, "friends");
        ContactGroup family = group(ACCOUNT, "family");
        account(ACCOUNT).addressBook().createMemberships(List.of(new MembershipFields(friends.id(), anna.id()),
                new MembershipFields(friends.id(), bo.id()), new MembershipFields(family.id(), bo.id())));

        assertThat(account(ACCOUNT).addressBook().deleteContact(anna.id())).hasValue(anna);
        assertThat(members(friends.id())).isEqualTo(1);
        assertThat(account(ACCOUNT).deleteGroup(family.id())).isPresent();

        assertThat(account(ACCOUNT).addressBook().memberships()).extracting(Membership::group, Membership::contact)
                .containsExactly(tuple(friends.id(), bo.id()));
        assertThat(account(ACCOUNT).addressBook().groupsOf(bo.id())).hasValueSatisfying(groups ->
                assertThat(groups).extracting(ContactGroup::id).containsExactly(friends.id()));
    }

    @Test
    void aMembershipIsDeletedByItsAccountOnly() {
        Contact anna = contact(ACCOUNT, "Anna", "+46701234567");
        ContactGroup friends = group(ACCOUNT, "friends");
        Membership membership = account(ACCOUNT).addressBook().createMemberships(
                List.of(new MembershipFields(friends.id(), anna.id()))).get(0);

        assertThat(account(OTHER).addressBook().deleteMembership(membership.id())).isEmpty();
        assertThat(account(ACCOUNT).addressBook().deleteMembership(membership.id())).hasValue(membership);
        assertThat(members(friends.id())).isZero();
    }

    @Test
    void aReplacedContactKeepsItsCreatedAndMovesModified() {
        Contact anna = contact(ACCOUNT, "Anna", "+46701234567");
        ContactFields fields = new ContactFields("Anna", "Svensson", phone("+46701234567"), null, null, null, null);

        Contact replaced = account(ACCOUNT).addressBook().replaceContact(anna.id(), fields).orElseThrow();

        assertThat(replaced.created()).isEqualTo(T0);
        assertThat(replaced.modified()).isAfter(anna.modified());
        assertThat(replaced.fields()).isEqualTo(fields);
        assertThat(account(OTHER).addressBook().contact(anna.id())).isEmpty();
    }
}
