package dev.smskit.stub.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * IP1 REST API V1: Basic (or Bearer) credentials, groups, contacts, memberships, the blacklist, SMS and
 * NKI sending, {@code {"Message":...}} errors.
 */
final class Ip1V1Api implements FuzzedApi {

    private static final String GROUPS = "/api/groups";
    private static final String CONTACTS = "/api/contacts";
    private static final String MEMBERSHIPS = "/api/memberships";
    private static final String BLACKLIST = "/api/blacklist";
    private static final String SEND = "/api/sms/send";
    /** The creates that take one item, or with {@code ?multiple} an array. */
    private static final Set<String> ONE_OR_MANY = Set.of(GROUPS, CONTACTS, MEMBERSHIPS, BLACKLIST);
    private final Ip1Account account;
    private int restocked;
    private String otherGroups;
    private List<String> otherMessages;

    Ip1V1Api(Ip1Account account) {
        this.account = account;
    }

    @Override
    public String specResource() {
        return "specs/ip1-v1.yaml";
    }

    static Map<String, String> auth(String id, String key) {
        return Map.of("Authorization", Ip1Account.basic(id, key));
    }

    // ---- state ------------------------------------------------------------------------------

    @Override
    public void seed(StubClient stub) {
        for (JsonNode group : list(stub, Ip1Account.ID, Ip1Account.KEY)) {
            account.groups.add(group.get("ID").asInt());
        }
        createGroup(stub, Ip1Account.ID, Ip1Account.KEY, "{\"Name\":\"Customers\",\"Color\":\"#1e90ff\"}");
        Exchange many = stub.call("POST", GROUPS + "?multiple=true", auth(Ip1Account.ID, Ip1Account.KEY),
                "[{\"Name\":\"Suppliers\"},{\"Name\":\"Partners\",\"Color\":\"#ff8c00\"},{\"Name\":\"Staff\"}]");
        require(many, 200);
        many.json().forEach(g -> account.groups.add(g.get("ID").asInt()));
        int first = account.groups.iterator().next();
        List<Integer> contacts = createContacts(stub, Ip1Account.ID, Ip1Account.KEY, List.of("+46701230001", "+46701230002", "+46701230003"));
        join(stub, Ip1Account.ID, Ip1Account.KEY, first, contacts.get(0));
        join(stub, Ip1Account.ID, Ip1Account.KEY, first, contacts.get(1));
        blacklist(stub, Ip1Account.ID, Ip1Account.KEY, "+46701230009");
        send(stub, Ip1Account.ID, Ip1Account.KEY, "ip1sms", List.of("+46701230001", "+4790123456"));

        // the second account: a group with a member, a blacklisted number and a message, which the run must never change
        account.otherGroup = createGroup(stub, Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY, "{\"Name\":\"Other account\"}");
        account.otherContact = createContacts(stub, Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY, List.of(Phones.OTHER_ACCOUNT)).get(0);
        account.otherMembership = join(stub, Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY, account.otherGroup, account.otherContact);
        account.otherEntry = blacklist(stub, Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY, Phones.OTHER_ACCOUNT);
        account.otherParticipant = Phones.key(Phones.OTHER_ACCOUNT);
        Exchange other = stub.call("POST", "/api/nkis/1/users/send", auth(Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY),
                "{\"Users\":[{\"FirstName\":\"Other\",\"Phone\":\"" + Phones.OTHER_ACCOUNT + "\"}],\"From\":\"Other\",\"Message\":\"private\"}");
        require(other, 200);
        account.otherSms = other.json().get(0).get("ID").asInt();
        otherGroups = otherState(stub);
        otherMessages = messages(stub, Ip1Account.OTHER_ID);
    }

    @Override
    public boolean restock(StubClient stub) {
        boolean changed = false;
        while (account.groups.size() < 3) {
            changed = true;
            createGroup(stub, Ip1Account.ID, Ip1Account.KEY, "{\"Name\":\"Restocked\"}");
        }
        while (account.groups.size() > 40) {
            changed = true;
            int oldest = account.groups.iterator().next();
            require(stub.call("DELETE", GROUPS + "/" + oldest, auth(Ip1Account.ID, Ip1Account.KEY), null), 200);
            account.forgetGroup(oldest);
        }
        while (account.contacts.size() < 3) {
            changed = true;
            createContacts(stub, Ip1Account.ID, Ip1Account.KEY, List.of(String.format("+4670124%04d", restocked++ % 10_000)));
        }
        changed |= trim(stub, CONTACTS, account.contacts.keySet(), 40, account::forgetContact);
        changed |= trim(stub, MEMBERSHIPS, account.memberships.keySet(), 60, account.memberships::remove);
        changed |= trim(stub, BLACKLIST, account.blacklist.keySet(), 20, account.blacklist::remove);
        if (account.memberships.isEmpty()) { // keep a group with contacts, so that ContactsCount is checked
            changed = true;
            int group = account.groups.iterator().next();
            account.contacts.keySet().stream().limit(2).toList().forEach(contact -> join(stub, Ip1Account.ID, Ip1Account.KEY, group, contact));
        }
        return changed;
    }

    /** Deletes the oldest of {@code ids} while there are more than {@code most}; true when it deleted any. */
    private static boolean trim(StubClient stub, String path, Set<Integer> ids, int most, java.util.function.IntConsumer forget) {
        boolean changed = false;
        while (ids.size() > most) {
            changed = true;
            int oldest = ids.iterator().next();
            require(stub.call("DELETE", path + "/" + oldest, auth(Ip1Account.ID, Ip1Account.KEY), null), 200);
            forget.accept(oldest);
        }
        return changed;
    }

    private int createGroup(StubClient stub, String id, String key, String json) {
        Exchange created = stub.call("POST", GROUPS, auth(id, key), json);
        require(created, 200);
        int group = created.json().get("ID").asInt();
        if (id.equals(Ip1Account.ID)) {
            account.groups.add(group);
        }
        return group;
    }

    private List<Integer> createContacts(StubClient stub, String id, String key, List<String> phones) {
        ArrayNode body = Json.NODES.arrayNode();
        phones.forEach(p -> body.addObject().put("FirstName", "Seed").put("Phone", p));
        Exchange created = stub.call("POST", CONTACTS + "?multiple=true", auth(id, key), body.toString());
        require(created, 200);
        List<Integer> ids = new ArrayList<>();
        created.json().forEach(c -> ids.add(c.get("ID").asInt()));
        if (id.equals(Ip1Account.ID)) {
            created.json().forEach(c -> account.contacts.put(c.get("ID").asInt(), c.get("Phone").asString()));
        }
        return ids;
    }

    private int join(StubClient stub, String id, String key, int group, int contact) {
        Exchange joined = stub.call("POST", MEMBERSHIPS, auth(id, key), "{\"Group\":" + group + ",\"Contact\":" + contact + "}");
        require(joined, 200);
        int membership = joined.json().get("ID").asInt();
        if (id.equals(Ip1Account.ID)) {
            account.memberships.put(membership, List.of(group, contact));
        }
        return membership;
    }

    private int blacklist(StubClient stub, String id, String key, String phone) {
        Exchange added = stub.call("POST", BLACKLIST, auth(id, key), "{\"Phone\":\"" + phone + "\"}");
        require(added, 200);
        int entry = added.json().get("ID").asInt();
        if (id.equals(Ip1Account.ID)) {
            account.blacklist.put(entry, phone);
        }
        return entry;
    }

    private void send(StubClient stub, String id, String key, String from, List<String> phones) {
        ObjectNode body = Json.NODES.objectNode().put("From", from).put("Message", "Seeded");
        ArrayNode users = body.putArray("Users");
        phones.forEach(p -> users.addObject().put("FirstName", "Seed").put("Phone", p));
        Exchange sent = stub.call("POST", "/api/nkis/1/users/send", auth(id, key), body.toString());
        require(sent, 200);
        recordSent(sent.json());
    }

    /** Learns the messages a send answered: their ids, and one more message in each conversation. */
    private void recordSent(JsonNode sent) {
        sent.forEach(m -> {
            account.recordMessage(m.path("From").asString(), m.path("To").asString());
            account.sent.add(m.path("ID").asInt());
        });
        if (!sent.isEmpty()) {
            account.batches++; // a V1 send is a V2 batch too
        }
    }

    private static JsonNode list(StubClient stub, String id, String key) {
        Exchange listed = stub.call("GET", GROUPS, auth(id, key), null);
        require(listed, 200);
        return listed.json();
    }

    /** Everything V1 keeps of the second account. */
    private static String otherState(StubClient stub) {
        StringBuilder state = new StringBuilder(sorted(list(stub, Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY)).toString());
        for (String path : List.of(CONTACTS, MEMBERSHIPS, BLACKLIST)) {
            state.append(' ').append(stub.call("GET", path, auth(Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY), null).text());
        }
        return state.toString();
    }

    /** The recorded messages of an account, without their delivery status (which moves on by itself). */
    static List<String> messages(StubClient stub, String id) {
        Exchange listed = stub.call("GET", "/_stub/messages?account=" + id, Map.of(), null);
        List<String> found = new ArrayList<>();
        if (listed.status() == 200) {
            listed.json().forEach(m -> found.add(m.get("id") + " " + m.get("from") + " > " + m.get("to") + ": " + m.get("message")));
        }
        return found;
    }

    static void require(Exchange exchange, int status) {
        if (exchange.status() != status) {
            throw new IllegalStateException("setup call " + exchange.request().method() + " " + exchange.request().target()
                    + " answered " + exchange.status() + " " + exchange.excerpt());
        }
    }

    private static JsonNode sorted(JsonNode groups) {
        List<JsonNode> all = new ArrayList<>();
        groups.forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(g -> g.get("ID").asInt()));
        ArrayNode out = Json.NODES.arrayNode();
        all.forEach(out::add);
        return out;
    }

    // ---- generation -------------------------------------------------------------------------

    @Override
    public void authenticate(Draft draft, Choices choices) {
        draft.headers.put("Authorization", choices.percent(30) ? "Bearer " + Ip1Account.TOKEN : Ip1Account.basic(Ip1Account.ID, Ip1Account.KEY));
    }

    @Override
    public List<Mutation> authMutations() {
        return List.of(
                header("no credentials", null),
                header("wrong API key", Ip1Account.basic(Ip1Account.ID, "wrong-key")),
                header("the other account's API key", Ip1Account.basic(Ip1Account.ID, Ip1Account.OTHER_KEY)),
                header("unknown account", Ip1Account.basic("ip1-99999", Ip1Account.KEY)),
                header("Basic credentials not in base64", "Basic !!not-base64!!"),
                header("Basic credentials without a colon", "Basic " + java.util.Base64.getEncoder().encodeToString("ip1-12345test-key".getBytes())),
                header("wrong bearer token", "Bearer wrong-token"),
                header("bearer without a token", "Bearer"),
                header("unknown scheme", "Digest " + Ip1Account.TOKEN));
    }

    static Mutation header(String name, String authorization) {
        return Mutation.of(name, false, (d, c) -> {
            if (authorization == null) {
                d.headers.remove("Authorization");
            } else {
                d.headers.put("Authorization", authorization);
            }
            return true;
        });
    }

    @Override
    public Set<Integer> authStatuses(Operation op) {
        return Set.of(401);
    }

    @Override
    public JsonNode hint(Draft draft, String name, Schema<?> schema, Choices choices) {
        if (name.equals("PhoneNumbers")) { // a query list: one value travels as PhoneNumbers=...
            int roll = choices.below(100);
            if (roll < 50 && !account.contacts.isEmpty()) {
                return Json.NODES.stringNode(pick(new ArrayList<>(account.contacts.values()), choices));
            }
            if (roll < 90) {
                return Json.NODES.stringNode(Phones.mobile(choices));
            }
            draft.excuse(400, "a PhoneNumbers value that is not an E.164 number");
            return null;
        }
        if (!"string".equals(Values.type(schema)) && !"integer".equals(Values.type(schema))) {
            return null;
        }
        switch (name) {
            case "group" -> {
                return reference(draft, account.groups, account.otherGroup, "group", schema, choices);
            }
            case "contact" -> {
                return reference(draft, account.contacts.keySet(), account.otherContact, "contact", schema, choices);
            }
            case "membership" -> {
                return reference(draft, account.memberships.keySet(), account.otherMembership, "membership", schema, choices);
            }
            case "entry" -> {
                return reference(draft, account.blacklist.keySet(), account.otherEntry, "blacklist entry", schema, choices);
            }
            case "sms" -> {
                return reference(draft, account.sent, account.otherSms, "sent message", schema, choices);
            }
            case "Group", "Groups" -> {
                return bodyReference(draft, account.groups, name, schema, choices);
            }
            case "Contact", "Contacts" -> {
                return bodyReference(draft, account.contacts.keySet(), name, schema, choices);
            }
            case "Numbers" -> {
                int roll = choices.below(100);
                if (roll < 10 && !account.blacklist.isEmpty()) {
                    return Json.NODES.stringNode(pick(new ArrayList<>(account.blacklist.values()), choices));
                }
                if (roll < 90) {
                    return Json.NODES.stringNode(Phones.mobile(choices));
                }
                draft.excuse(400, "a number that is not an E.164 number");
                return null;
            }
            case "ID" -> {
                String own = draft.path.containsKey("group") ? draft.path.get("group") : draft.path.get("contact");
                if (own != null && choices.below(10) < 9) {
                    return Json.NODES.numberNode(Integer.parseInt(own));
                }
                draft.excuse(400, "the body's ID differs from the path's");
                return null;
            }
            case "Phone" -> {
                if (choices.below(100) < 85) {
                    return Json.NODES.stringNode(Phones.mobile(choices));
                }
                draft.excuse(400, "a Phone that is not an E.164 number");
                return null;
            }
            case "From" -> {
                int roll = choices.below(100);
                if (roll < 70) {
                    return Json.NODES.stringNode(List.of("ip1sms", "Shop", "IP1", "Acme 24", "Info").get(choices.below(5)));
                }
                if (roll < 85) {
                    return Json.NODES.stringNode(Phones.mobile(choices));
                }
                draft.excuse(400, "a From that is neither a sender name nor a phone number");
                return null;
            }
            case "Email" -> {
                if ("string".equals(Values.type(schema))) {
                    if (choices.below(100) < 85) {
                        return Json.NODES.stringNode(Values.email(choices));
                    }
                    draft.excuse(400, "an Email that is not an email address");
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** An id in the path: mostly one the account has, sometimes the other account's or an unknown one. */
    private static JsonNode reference(Draft draft, java.util.Collection<Integer> ids, Integer other, String what,
            Schema<?> schema, Choices choices) {
        List<Integer> known = new ArrayList<>(ids);
        int roll = choices.below(100);
        if (roll < 80 && !known.isEmpty()) {
            return Json.NODES.numberNode(pick(known, choices));
        }
        if (roll < 88 && other != null) {
            draft.excuse(404, "the other account's " + what + " must look unknown");
            draft.label = "another account's " + what;
            draft.mustFail = true;
            return Json.NODES.numberNode(other);
        }
        int id = (int) Values.integer(schema, choices, false);
        if (!known.contains(id)) { // the run knows every one of the account: any other is unknown
            draft.excuse(404, what + " " + id + " does not exist");
            draft.mustFail = true;
        }
        return Json.NODES.numberNode(id);
    }

    /** An id in a body: mostly one the account has; an unknown one is a 400 ({@link #judge} decides that it must be). */
    private static JsonNode bodyReference(Draft draft, java.util.Collection<Integer> ids, String field, Schema<?> schema,
            Choices choices) {
        List<Integer> known = new ArrayList<>(ids);
        if (choices.below(100) < 85 && !known.isEmpty()) {
            return Json.NODES.numberNode(pick(known, choices));
        }
        draft.excuse(400, "a " + field + " id the account may not have");
        return Json.NODES.numberNode((int) Values.integer(schema, choices, false));
    }

    private static <T> T pick(List<T> from, Choices choices) {
        return from.get(choices.below(from.size()));
    }

    @Override
    public void harmonize(Draft draft, Choices choices) {
        if (isOneOrMany(draft.op)) {
            if (draft.body != null && draft.body.isArray()) {
                draft.query.put("multiple", List.of("true", "1", "", "yes").get(choices.below(4)));
            } else {
                draft.query.remove("multiple");
            }
        }
    }

    @Override
    public void judge(Draft draft) {
        // ASP.NET's [Required] refuses blank strings, and a send needs recipients
        if (draft.body != null && (draft.kind == Kind.VALID || draft.kind == Kind.EDGE)) {
            for (JsonNode item : draft.body.isArray() ? draft.body : List.of(draft.body)) {
                for (String required : List.of("Name", "FirstName", "From", "Message")) {
                    if (item.path(required).isString() && item.path(required).stringValue().isBlank()) {
                        draft.excuse(400, "a blank " + required + " (ASP.NET's [Required] refuses blank strings)");
                        draft.mustFail = true;
                    }
                }
                if (item.path("Users").isArray() && item.path("Users").isEmpty()) {
                    draft.excuse(400, "a send without Users");
                    draft.mustFail = true;
                }
            }
            judgeReferences(draft);
        }
    }

    /** Rules on what a body names: existing groups and contacts, new memberships and blacklist numbers, recipients left. */
    private void judgeReferences(Draft draft) {
        String target = draft.op.method() + " " + draft.op.pathTemplate();
        List<JsonNode> items = new ArrayList<>();
        (draft.body.isArray() ? draft.body : Json.NODES.arrayNode().add(draft.body)).forEach(items::add);
        switch (target) {
            case "POST " + MEMBERSHIPS -> {
                Set<List<Integer>> requested = new HashSet<>();
                for (JsonNode item : items) {
                    if (!item.path("Group").isInt() || !item.path("Contact").isInt()) {
                        continue;
                    }
                    List<Integer> pair = List.of(item.get("Group").asInt(), item.get("Contact").asInt());
                    if (!account.groups.contains(pair.get(0)) || !account.contacts.containsKey(pair.get(1))) {
                        refuse(draft, "a membership of a group or contact the account does not have");
                    } else if (account.memberships.containsValue(pair) || !requested.add(pair)) {
                        refuse(draft, "a membership that already exists");
                    }
                }
            }
            case "POST " + BLACKLIST -> {
                Set<String> listed = new HashSet<>(account.blacklist.values());
                for (JsonNode item : items) {
                    if (item.path("Phone").isString() && !listed.add(item.get("Phone").stringValue())) {
                        refuse(draft, "a number already on the blacklist");
                    }
                }
            }
            case "POST " + SEND -> {
                JsonNode body = draft.body;
                Set<String> recipients = new HashSet<>();
                body.path("Numbers").forEach(n -> recipients.add(n.asString()));
                body.path("Contacts").forEach(c -> {
                    String phone = account.contacts.get(c.asInt());
                    if (!c.isInt() || phone == null) {
                        refuse(draft, "a contact the account does not have");
                    } else {
                        recipients.add(phone);
                    }
                });
                body.path("Groups").forEach(g -> {
                    if (!g.isInt() || !account.groups.contains(g.asInt())) {
                        refuse(draft, "a group the account does not have");
                    } else {
                        recipients.addAll(account.memberPhones(g.asInt()));
                    }
                });
                recipients.removeAll(account.blacklist.values());
                if (recipients.isEmpty()) {
                    refuse(draft, "no recipient left (none given, empty groups or all blacklisted)");
                }
            }
            default -> {
            }
        }
    }

    private static void refuse(Draft draft, String why) {
        draft.excuse(400, why);
        draft.mustFail = true;
    }

    private static boolean isOneOrMany(Operation op) {
        return op.method().equals("POST") && ONE_OR_MANY.contains(op.pathTemplate());
    }

    @Override
    public List<Mutation> ruleMutations(Operation op) {
        if (!isOneOrMany(op)) {
            return List.of();
        }
        return List.of(
                Mutation.of("array body without ?multiple", false, (d, c) -> {
                    if (!d.body.isArray()) {
                        d.body = Json.NODES.arrayNode().add(d.body);
                    }
                    d.query.remove("multiple");
                    return true;
                }),
                Mutation.of("single item with ?multiple", false, (d, c) -> {
                    if (d.body.isArray()) {
                        if (d.body.isEmpty()) {
                            return false;
                        }
                        d.body = d.body.get(0);
                    }
                    d.query.put("multiple", "true");
                    return true;
                }));
    }

    // ---- answers ----------------------------------------------------------------------------

    @Override
    public void checkAnswer(Draft draft, Exchange exchange, Problems problems) {
        int status = exchange.status();
        if (status >= 400 && status < 500) {
            if (!exchange.mediaType().equals("application/json")) {
                problems.add("shape", "a V1 error must be application/json, was '" + exchange.contentType() + "'");
            }
            JsonNode error = exchange.json();
            if (error == null || !error.isObject() || error.get("Message") == null || !error.get("Message").isString()
                    || error.get("Message").stringValue().isBlank()) {
                problems.add("shape", "a V1 error must be {\"Message\": ...}");
            } else if (draft.kind == Kind.INVALID && status == 400 && draft.label.startsWith("body ") && draft.brokenField != null) {
                if (!draft.brokenFieldNamedIn(error.get("ModelState"))) {
                    problems.add("shape", "ModelState does not name the invalid field " + draft.brokenField);
                }
            }
            return;
        }
        if (status != 200) {
            return;
        }
        JsonNode body = exchange.json();
        if (isOneOrMany(draft.op) && draft.body != null && draft.body.isArray()
                && (body == null || !body.isArray() || body.size() != draft.body.size())) {
            problems.add("multiple", "?multiple with " + draft.body.size() + " items answered " + exchange.excerpt());
        }
        List<JsonNode> answered = new ArrayList<>();
        if (body != null) {
            if (body.isArray()) {
                body.forEach(answered::add);
            } else {
                answered.add(body);
            }
        }
        // a single group, contact, membership, entry or message answers the one the path names
        String named = draft.op.pathTemplate().matches(".*/\\{\\w+}") ? draft.path.values().stream().reduce((a, b) -> b).orElse(null) : null;
        for (JsonNode item : answered) {
            if (item.get("OwnerID") != null && !Ip1Account.ID.equals(item.get("OwnerID").asString())) {
                problems.add("account", "answered data of " + item.get("OwnerID") + " to " + Ip1Account.ID);
            }
            if (named != null && !named.equals(item.path("ID").asString())) {
                problems.add("id", "asked for " + draft.op.pathTemplate() + " " + named + ", answered " + item.path("ID"));
            }
        }
    }

    @Override
    public void observe(Draft draft, Exchange exchange) {
        if (draft.kind == Kind.INVALID || draft.kind == Kind.AUTH) {
            return; // a wrongly accepted request is reported; what it did is unknown
        }
        JsonNode body = exchange.json();
        if (body == null) {
            return;
        }
        JsonNode items = body.isArray() ? body : Json.NODES.arrayNode().add(body);
        switch (draft.op.method() + " " + draft.op.pathTemplate()) {
            case "POST " + GROUPS -> items.forEach(g -> account.groups.add(g.get("ID").asInt()));
            case "DELETE " + GROUPS + "/{group}" -> account.forgetGroup(Integer.parseInt(draft.path.get("group")));
            case "POST " + CONTACTS, "PUT " + CONTACTS + "/{contact}" ->
                    items.forEach(c -> account.contacts.put(c.get("ID").asInt(), c.get("Phone").asString()));
            case "DELETE " + CONTACTS + "/{contact}" -> account.forgetContact(Integer.parseInt(draft.path.get("contact")));
            case "POST " + MEMBERSHIPS -> items.forEach(m -> account.memberships.put(m.get("ID").asInt(),
                    List.of(m.get("Group").asInt(), m.get("Contact").asInt())));
            case "DELETE " + MEMBERSHIPS + "/{membership}" -> account.memberships.remove(Integer.parseInt(draft.path.get("membership")));
            case "POST " + BLACKLIST -> items.forEach(e -> account.blacklist.put(e.get("ID").asInt(), e.get("Phone").asString()));
            case "DELETE " + BLACKLIST + "/{entry}" -> account.blacklist.remove(Integer.parseInt(draft.path.get("entry")));
            case "POST " + SEND, "POST /api/nkis/{nki}/users/send" -> recordSent(body);
            default -> {
            }
        }
    }

    @Override
    public List<StateRead> stateReads(Draft draft) {
        Map<String, String> auth = auth(Ip1Account.ID, Ip1Account.KEY);
        if (!draft.op.pathTemplate().startsWith("/api/nkis")) {
            // the address book, and how many messages were sent (not their statuses, which move on by themselves)
            return List.of(StateRead.of(GROUPS, auth), StateRead.of(CONTACTS, auth), StateRead.of(MEMBERSHIPS, auth),
                    StateRead.of(BLACKLIST, auth),
                    StateRead.of("/_stub/messages?account=" + Ip1Account.ID, Map.of()).viewing(e -> e.status() + " " + e.json().size()));
        }
        // a send stores messages: read the conversations of the recipients it names (their size, not the
        // delivery statuses, which move on by themselves)
        Set<String> phones = new java.util.TreeSet<>();
        if (draft.body != null) {
            draft.body.path("Users").forEach(u -> {
                if (u.path("Phone").isString() && !u.path("Phone").stringValue().isBlank()) {
                    phones.add(u.path("Phone").stringValue());
                }
            });
        }
        return phones.stream().limit(3)
                .map(p -> StateRead.of("/v2/conversations/" + Draft.encode(p) + "?limit=1", Map.of("Authorization", "Bearer " + Ip1Account.TOKEN))
                        .viewing(e -> e.status() + " " + e.header("Link")))
                .toList();
    }

    @Override
    public void checkInvariants(StubClient stub, Problems problems) {
        JsonNode groups = list(stub, Ip1Account.ID, Ip1Account.KEY);
        Set<Integer> ids = new HashSet<>();
        Map<Integer, JsonNode> byId = new TreeMap<>();
        for (JsonNode group : groups) {
            int id = group.get("ID").asInt();
            if (!ids.add(id)) {
                problems.add("invariant", "V1 group id " + id + " is listed twice");
            }
            byId.put(id, group);
            if (!Ip1Account.ID.equals(group.path("OwnerID").asString())) {
                problems.add("invariant", "V1 group " + id + " has OwnerID " + group.path("OwnerID"));
            }
            int expectedCount = account.contactsCount(id);
            if (group.path("ContactsCount").asInt() != expectedCount) {
                problems.add("invariant", "V1 group " + id + " has ContactsCount " + group.path("ContactsCount") + ", the run left " + expectedCount + " memberships");
            }
            Exchange one = stub.call("GET", GROUPS + "/" + id, auth(Ip1Account.ID, Ip1Account.KEY), null);
            if (one.status() != 200 || !group.equals(one.json())) {
                problems.add("invariant", "V1 group " + id + " reads " + one.status() + " " + one.excerpt() + " but is listed as " + group);
            }
        }
        if (!ids.equals(account.groups)) {
            Set<Integer> unexpected = new java.util.TreeSet<>(ids);
            unexpected.removeAll(account.groups);
            Set<Integer> lost = new java.util.TreeSet<>(account.groups);
            lost.removeAll(ids);
            problems.add("invariant", "V1 groups differ from what the run created and deleted: unexpected " + unexpected + ", lost " + lost);
        }
        checkListed(stub, CONTACTS, "Phone", account.contacts, problems);
        checkListed(stub, BLACKLIST, "Phone", account.blacklist, problems);
        Map<Integer, String> memberships = new TreeMap<>();
        account.memberships.forEach((id, m) -> memberships.put(id, m.get(0) + "/" + m.get(1)));
        Map<Integer, String> listedMemberships = new TreeMap<>();
        stub.call("GET", MEMBERSHIPS, auth(Ip1Account.ID, Ip1Account.KEY), null).json()
                .forEach(m -> listedMemberships.put(m.get("ID").asInt(), m.get("Group").asInt() + "/" + m.get("Contact").asInt()));
        if (!listedMemberships.equals(memberships)) {
            problems.add("invariant", "V1 memberships are " + listedMemberships + ", the run left " + memberships);
        }
        List<String> messages = messages(stub, Ip1Account.ID);
        Set<String> messageIds = new HashSet<>();
        messages.forEach(m -> {
            if (!messageIds.add(m.substring(0, m.indexOf(' ')))) {
                problems.add("invariant", "message id listed twice: " + m);
            }
        });
        if (messages.size() != account.messages) {
            problems.add("invariant", account.messages + " messages were sent by " + Ip1Account.ID + ", the stub recorded " + messages.size());
        }
        if (!otherState(stub).equals(otherGroups)) {
            problems.add("other account", "the groups of " + Ip1Account.OTHER_ID + " changed: " + otherGroups + " -> " + otherState(stub));
        }
        if (!messages(stub, Ip1Account.OTHER_ID).equals(otherMessages)) {
            problems.add("other account", "the messages of " + Ip1Account.OTHER_ID + " changed: " + otherMessages + " -> " + messages(stub, Ip1Account.OTHER_ID));
        }
    }

    /** The listed items of {@code path}, by id with the value of {@code field}, are what the run left. */
    private static void checkListed(StubClient stub, String path, String field, Map<Integer, String> expected, Problems problems) {
        Map<Integer, String> listed = new TreeMap<>();
        stub.call("GET", path, auth(Ip1Account.ID, Ip1Account.KEY), null).json()
                .forEach(item -> listed.put(item.get("ID").asInt(), item.path(field).asString()));
        if (!listed.equals(new TreeMap<>(expected))) {
            problems.add("invariant", "V1 " + path + " lists " + listed + ", the run left " + new TreeMap<>(expected));
        }
    }
}
