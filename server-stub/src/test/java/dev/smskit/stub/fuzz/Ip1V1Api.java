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

/** IP1 REST API V1: Basic (or Bearer) credentials, groups and NKI sending, {@code {"Message":...}} errors. */
final class Ip1V1Api implements FuzzedApi {

    private static final String GROUPS = "/api/groups";
    private final Ip1Account account;
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
        addMembers(stub, first, List.of("+46701230001", "+46701230002"));
        send(stub, Ip1Account.ID, Ip1Account.KEY, "ip1sms", List.of("+46701230001", "+4790123456"));

        // the second account: a group with members and a message, which the run must never change
        account.otherGroup = createGroup(stub, Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY, "{\"Name\":\"Other account\"}");
        stub.call("POST", "/_stub/ip1/groups/" + account.otherGroup + "/members", Map.of(), "{\"phones\":[\"" + Phones.OTHER_ACCOUNT + "\"]}");
        account.otherParticipant = Phones.key(Phones.OTHER_ACCOUNT);
        require(stub.call("POST", "/api/nkis/1/users/send", auth(Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY),
                "{\"Users\":[{\"FirstName\":\"Other\",\"Phone\":\"" + Phones.OTHER_ACCOUNT + "\"}],\"From\":\"Other\",\"Message\":\"private\"}"), 200);
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
            account.groups.remove(oldest);
            account.members.remove(oldest);
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

    private void addMembers(StubClient stub, int group, List<String> phones) {
        Exchange added = stub.call("POST", "/_stub/ip1/groups/" + group + "/members", Map.of(),
                Json.MAPPER.writeValueAsString(Map.of("phones", phones)));
        if (added.status() == 200) {
            account.members.computeIfAbsent(group, g -> new HashSet<>()).addAll(phones);
        }
    }

    private void send(StubClient stub, String id, String key, String from, List<String> phones) {
        ObjectNode body = Json.NODES.objectNode().put("From", from).put("Message", "Seeded");
        ArrayNode users = body.putArray("Users");
        phones.forEach(p -> users.addObject().put("FirstName", "Seed").put("Phone", p));
        require(stub.call("POST", "/api/nkis/1/users/send", auth(id, key), body.toString()), 200);
        phones.forEach(p -> account.recordMessage(from, p));
    }

    private static JsonNode list(StubClient stub, String id, String key) {
        Exchange listed = stub.call("GET", GROUPS, auth(id, key), null);
        require(listed, 200);
        return listed.json();
    }

    private static String otherState(StubClient stub) {
        return sorted(list(stub, Ip1Account.OTHER_ID, Ip1Account.OTHER_KEY)).toString();
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
        if (!"string".equals(Values.type(schema)) && !"integer".equals(Values.type(schema))) {
            return null;
        }
        switch (name) {
            case "group" -> {
                List<Integer> known = new ArrayList<>(account.groups);
                int roll = choices.below(100);
                if (roll < 80 && !known.isEmpty()) {
                    return Json.NODES.numberNode(known.get(choices.below(known.size())));
                }
                if (roll < 88 && account.otherGroup != null) {
                    draft.excuse(404, "the other account's group must look unknown");
                    draft.label = "another account's group";
                    draft.mustFail = true;
                    return Json.NODES.numberNode(account.otherGroup);
                }
                int id = (int) Values.integer(schema, choices, false);
                if (!account.groups.contains(id)) { // the run knows every group of the account: any other is unknown
                    draft.excuse(404, "group " + id + " does not exist");
                    draft.mustFail = true;
                }
                return Json.NODES.numberNode(id);
            }
            case "ID" -> {
                if (draft.path.containsKey("group") && choices.below(10) < 9) {
                    return Json.NODES.numberNode(Integer.parseInt(draft.path.get("group")));
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

    @Override
    public void harmonize(Draft draft, Choices choices) {
        if (isCreateGroup(draft.op)) {
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
                for (String required : List.of("Name", "From", "Message")) {
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
        }
    }

    private static boolean isCreateGroup(Operation op) {
        return op.method().equals("POST") && op.pathTemplate().equals(GROUPS);
    }

    @Override
    public List<Mutation> ruleMutations(Operation op) {
        if (!isCreateGroup(op)) {
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
                Mutation.of("single group with ?multiple", false, (d, c) -> {
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
                JsonNode state = error.get("ModelState");
                boolean named = false;
                if (state != null && state.isObject()) {
                    for (String key : state.propertyNames()) {
                        named |= key.toLowerCase().contains(draft.brokenField.toLowerCase());
                    }
                }
                if (!named) {
                    problems.add("shape", "ModelState does not name the invalid field " + draft.brokenField);
                }
            }
            return;
        }
        if (status != 200) {
            return;
        }
        JsonNode body = exchange.json();
        if (isCreateGroup(draft.op) && draft.body != null && draft.body.isArray()
                && (body == null || !body.isArray() || body.size() != draft.body.size())) {
            problems.add("multiple", "?multiple with " + draft.body.size() + " groups answered " + exchange.excerpt());
        }
        List<JsonNode> groups = new ArrayList<>();
        if (draft.op.pathTemplate().startsWith(GROUPS) && body != null) {
            if (body.isArray()) {
                body.forEach(groups::add);
            } else {
                groups.add(body);
            }
        }
        for (JsonNode group : groups) {
            if (group.get("OwnerID") != null && !Ip1Account.ID.equals(group.get("OwnerID").asString())) {
                problems.add("account", "answered a group of " + group.get("OwnerID") + " to " + Ip1Account.ID);
            }
            if (draft.path.containsKey("group") && !draft.path.get("group").equals(group.path("ID").asString())) {
                problems.add("id", "asked for group " + draft.path.get("group") + ", answered " + group.path("ID"));
            }
        }
    }

    @Override
    public void observe(Draft draft, Exchange exchange) {
        if (draft.kind == Kind.INVALID || draft.kind == Kind.AUTH) {
            return; // a wrongly accepted request is reported; what it did is unknown
        }
        JsonNode body = exchange.json();
        if (isCreateGroup(draft.op) && body != null) {
            (body.isArray() ? body : Json.NODES.arrayNode().add(body)).forEach(g -> account.groups.add(g.get("ID").asInt()));
        } else if (draft.op.method().equals("DELETE") && draft.path.containsKey("group")) {
            int group = Integer.parseInt(draft.path.get("group"));
            account.groups.remove(group);
            account.members.remove(group);
        } else if (draft.op.pathTemplate().endsWith("/users/send") && body != null && body.isArray()) {
            body.forEach(m -> account.recordMessage(m.path("From").asString(), m.path("To").asString()));
        }
    }

    @Override
    public List<StateRead> stateReads(Draft draft) {
        if (draft.op.pathTemplate().startsWith(GROUPS)) {
            return List.of(StateRead.of(GROUPS, auth(Ip1Account.ID, Ip1Account.KEY)));
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
            int expectedCount = account.members.getOrDefault(id, Set.of()).size();
            if (group.path("ContactsCount").asInt() != expectedCount) {
                problems.add("invariant", "V1 group " + id + " has ContactsCount " + group.path("ContactsCount") + ", " + expectedCount + " members were added");
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
}
