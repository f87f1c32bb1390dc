package dev.smskit.stub.smsend.addressbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.smskit.stub.smsend.addressbook.UnknownIdException.Kind;

/**
 * Address books in memory. One lock guards everything: each call is a handful of map operations, so
 * contention is negligible next to the HTTP round trip, and cascades, all-or-nothing creates and
 * {@link #reset()} stay atomic without further reasoning.
 */
@Component
public class InMemoryAddressBooks implements AddressBooks {

    private final Object lock = new Object();
    private final Map<String, Book> books = new HashMap<>();
    private int lastGroupId;
    private int lastContactId;

    @Override
    public AddressBook of(String username) {
        return new UserBook(username);
    }

    @Override
    public void reset() {
        synchronized (lock) {
            books.clear();
            lastGroupId = 0;
            lastContactId = 0;
        }
    }

    @Override
    public void reset(String username) {
        synchronized (lock) {
            books.remove(username);
        }
    }

    /** What one user has stored. */
    private static final class Book {
        final TreeMap<Integer, Group> groups = new TreeMap<>();
        final TreeMap<Integer, Map<String, Object>> contacts = new TreeMap<>();
        final NavigableSet<Membership> memberships = new TreeSet<>(Membership.ORDER);

        void requireGroup(int groupId) {
            if (!groups.containsKey(groupId)) {
                throw new UnknownIdException(Kind.GROUP, groupId);
            }
        }

        void requireContact(int contactId) {
            if (!contacts.containsKey(contactId)) {
                throw new UnknownIdException(Kind.CONTACT, contactId);
            }
        }

        Contact contact(int contactId) {
            List<Integer> groupIds = memberships.stream()
                    .filter(membership -> membership.contactId() == contactId)
                    .map(Membership::groupId)
                    .toList();
            return new Contact(contactId, contacts.get(contactId), groupIds);
        }

        void deleteContact(int contactId) {
            contacts.remove(contactId);
            memberships.removeIf(membership -> membership.contactId() == contactId);
        }

        void setGroups(int contactId, Collection<Integer> groupIds) {
            memberships.removeIf(membership -> membership.contactId() == contactId);
            groupIds.forEach(groupId -> memberships.add(new Membership(groupId, contactId)));
        }

        /** The stored contacts with the email (ignoring case) or the phone number of these fields. */
        List<Integer> clashingWith(Map<String, Object> fields) {
            return contacts.entrySet().stream()
                    .filter(stored -> same(stored.getValue().get("email"), fields.get("email"), true)
                            || same(stored.getValue().get("phoneNumber"), fields.get("phoneNumber"), false))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        private static boolean same(Object stored, Object sent, boolean ignoreCase) {
            return stored != null && sent != null
                    && (ignoreCase ? stored.toString().equalsIgnoreCase(sent.toString()) : stored.equals(sent));
        }
    }

    private final class UserBook implements AddressBook {
        private final String username;

        UserBook(String username) {
            this.username = username;
        }

        private <T> T withBook(Function<Book, T> action) {
            synchronized (lock) {
                return action.apply(books.computeIfAbsent(username, name -> new Book()));
            }
        }

        private void onBook(Consumer<Book> action) {
            withBook(book -> {
                action.accept(book);
                return null;
            });
        }

        @Override
        public Group createGroup(String name, String description) {
            return withBook(book -> {
                Group group = new Group(++lastGroupId, name, description);
                book.groups.put(group.id(), group);
                return group;
            });
        }

        @Override
        public void modifyGroup(int groupId, String name, String description) {
            onBook(book -> {
                book.requireGroup(groupId);
                book.groups.put(groupId, new Group(groupId, name, description));
            });
        }

        @Override
        public void deleteGroup(int groupId, boolean deleteContacts) {
            onBook(book -> {
                book.requireGroup(groupId);
                Set<Integer> members = book.memberships.stream()
                        .filter(membership -> membership.groupId() == groupId)
                        .map(Membership::contactId)
                        .collect(Collectors.toSet());
                book.groups.remove(groupId);
                book.memberships.removeIf(membership -> membership.groupId() == groupId);
                if (deleteContacts) {
                    members.forEach(book::deleteContact);
                }
            });
        }

        @Override
        public GroupPage groups(int pageNumber, int pageSize) {
            return withBook(book -> new GroupPage(book.groups.values().stream()
                    .skip((long) (pageNumber - 1) * pageSize)
                    .limit(pageSize)
                    .toList(), book.groups.size()));
        }

        @Override
        public Contact addContact(Map<String, Object> fields, Collection<Integer> groupIds) {
            return withBook(book -> {
                groupIds.forEach(book::requireGroup);
                int contactId = ++lastContactId;
                book.contacts.put(contactId, Map.copyOf(fields));
                groupIds.forEach(groupId -> book.memberships.add(new Membership(groupId, contactId)));
                return book.contact(contactId);
            });
        }

        @Override
        public int addContacts(List<NewContact> contacts, boolean updateExisting, boolean keepExistingGroups) {
            return withBook(book -> {
                contacts.forEach(contact -> contact.groupIds().forEach(book::requireGroup));
                for (NewContact contact : contacts) {
                    List<Integer> clashing = book.clashingWith(contact.fields());
                    if (updateExisting && !clashing.isEmpty()) {
                        for (int contactId : clashing) {
                            Set<Integer> groupIds = new TreeSet<>(contact.groupIds());
                            if (keepExistingGroups) {
                                groupIds.addAll(book.contact(contactId).groupIds());
                            }
                            Map<String, Object> fields = new HashMap<>(book.contacts.get(contactId));
                            fields.putAll(contact.fields());
                            book.contacts.put(contactId, Map.copyOf(fields));
                            book.setGroups(contactId, groupIds);
                        }
                    } else {
                        Set<Integer> groupIds = new TreeSet<>(contact.groupIds());
                        for (int contactId : clashing) {
                            if (keepExistingGroups) {
                                groupIds.addAll(book.contact(contactId).groupIds());
                            }
                            book.deleteContact(contactId);
                        }
                        int contactId = ++lastContactId;
                        book.contacts.put(contactId, contact.fields());
                        book.setGroups(contactId, groupIds);
                    }
                }
                return contacts.size();
            });
        }

        @Override
        public GroupMembers membersOfGroupsNamed(Collection<String> names) {
            return withBook(book -> {
                Set<Integer> groupIds = new TreeSet<>();
                List<String> unknown = new ArrayList<>();
                for (String name : new LinkedHashSet<>(names)) {
                    List<Integer> named = book.groups.values().stream()
                            .filter(group -> group.name().equals(name))
                            .map(Group::id)
                            .toList();
                    if (named.isEmpty()) {
                        unknown.add(name);
                    }
                    groupIds.addAll(named);
                }
                List<Contact> members = book.memberships.stream()
                        .filter(membership -> groupIds.contains(membership.groupId()))
                        .map(Membership::contactId)
                        .distinct()
                        .sorted()
                        .map(book::contact)
                        .toList();
                return new GroupMembers(members, unknown);
            });
        }

        @Override
        public Optional<Contact> contact(int contactId) {
            return withBook(book -> book.contacts.containsKey(contactId)
                    ? Optional.of(book.contact(contactId))
                    : Optional.<Contact>empty());
        }

        @Override
        public void addToGroup(int groupId, int contactId) {
            onBook(book -> {
                book.requireGroup(groupId);
                book.requireContact(contactId);
                book.memberships.add(new Membership(groupId, contactId));
            });
        }

        @Override
        public void removeFromGroup(int groupId, int contactId) {
            onBook(book -> {
                book.requireGroup(groupId);
                book.requireContact(contactId);
                book.memberships.remove(new Membership(groupId, contactId));
            });
        }
    }
}
