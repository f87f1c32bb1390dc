package dev.smskit.stub.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * IP1 API V2: Bearer tokens, paginated lists, RFC 7807 problem details; batches sent here and V1
 * sends are one message history with the conversations.
 */
final class Ip1V2Api implements FuzzedApi {

    private static final String BATCHES = "/v2/batches";
    // what V2 finds a conversation by besides a phone number: a sender name of up to 11 ASCII characters with a letter
    private static final Pattern NAME = Pattern.compile("(?=.*[A-Za-z])[\\x20-\\x7E]{1,11}");
    // GSM 03.38 holds all printable ASCII but the backtick: a body of these is always GSM-encodable
    private static final Pattern GSM_SAFE = Pattern.compile("[\\x20-\\x5F\\x61-\\x7E\\r\\n]*");

    private final Ip1Account account;
    private List<String> otherConversation;
    /** The account's batches the run knows of, in order, with their message ids once read. */
    private final Map<String, List<String>> batches = new LinkedHashMap<>();
    /** How many messages each batch the run sent or read has. */
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private String otherBatch;
    private String otherBatches;

    Ip1V2Api(Ip1Account account) {
        this.account = account;
    }

    @Override
    public String specResource() {
        return "specs/ip1-v2.yaml";
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Override
    public void seed(StubClient stub) {
        // V1 sent the messages; the second account's conversation and batches must stay as they are
        otherConversation = ids(stub, Ip1Account.OTHER_TOKEN, account.otherParticipant, 1000).ids;
        for (JsonNode batch : list(stub, Ip1Account.TOKEN, BATCHES)) {
            learnBatch(stub, batch.get("id").asString());
        }
        account.batches = batches.size();
        JsonNode theirs = list(stub, Ip1Account.OTHER_TOKEN, BATCHES);
        otherBatch = theirs.isEmpty() ? null : theirs.get(0).get("id").asString();
        otherBatches = theirs.toString();
    }

    private void learnBatch(StubClient stub, String id) {
        List<String> messages = new ArrayList<>();
        list(stub, Ip1Account.TOKEN, BATCHES + "/" + id + "/messages").forEach(m -> messages.add(m.get("id").asString()));
        batches.put(id, messages);
        sizes.put(id, messages.size());
    }

    /** All items of a V2 list, page by page; an empty array when it answers 404. */
    private static ArrayNode list(StubClient stub, String token, String path) {
        ArrayNode all = Json.NODES.arrayNode();
        for (int start = 0; ; start += 1000) {
            Exchange page = stub.call("GET", path + "?start=" + start + "&limit=1000", bearer(token), null);
            if (page.status() != 200) {
                return all;
            }
            page.json().forEach(all::add);
            if (page.json().size() < 1000) {
                return all;
            }
        }
    }

    @Override
    public boolean restock(StubClient stub) {
        return false;
    }

    @Override
    public void authenticate(Draft draft, Choices choices) {
        draft.headers.put("Authorization", "Bearer " + Ip1Account.TOKEN);
    }

    @Override
    public List<Mutation> authMutations() {
        return List.of(
                Ip1V1Api.header("no credentials", null),
                Ip1V1Api.header("wrong bearer token", "Bearer wrong-token"),
                Ip1V1Api.header("the API key as a token", "Bearer " + Ip1Account.KEY),
                Ip1V1Api.header("V1 Basic credentials", Ip1Account.basic(Ip1Account.ID, Ip1Account.KEY)),
                Ip1V1Api.header("bearer without a token", "Bearer"));
    }

    @Override
    public Set<Integer> authStatuses(Operation op) {
        return Set.of(401);
    }

    private static boolean isBatchOp(Operation op) {
        return op.pathTemplate().startsWith(BATCHES);
    }

    private static boolean isCreateBatch(Operation op) {
        return op.method().equals("POST") && op.pathTemplate().equals(BATCHES);
    }

    @Override
    public JsonNode hint(Draft draft, String name, Schema<?> schema, Choices choices) {
        String type = Values.type(schema);
        switch (name) {
            case "participant" -> {
                List<String> known = new ArrayList<>(account.conversations.keySet());
                int roll = choices.below(100);
                if (roll < 80 && !known.isEmpty()) {
                    String key = known.get(choices.below(known.size()));
                    return Json.NODES.stringNode(key.matches("\\d+") && choices.percent(30) ? "+" + key : key);
                }
                if (roll < 88 && account.otherParticipant != null) {
                    draft.excuse(404, "the other account's conversation must look empty");
                    draft.label = "another account's participant";
                    draft.mustFail = true;
                    return Json.NODES.stringNode(account.otherParticipant);
                }
                draft.excuse(404, "a participant without messages");
                draft.excuse(400, "a participant that is neither a phone number nor a sender name");
                return null;
            }
            case "batchId" -> {
                List<String> known = new ArrayList<>(batches.keySet());
                int roll = choices.below(100);
                if (roll < 80 && !known.isEmpty()) {
                    return Json.NODES.stringNode(known.get(choices.below(known.size())));
                }
                if (roll < 88 && otherBatch != null) {
                    draft.excuse(404, "the other account's batch must look unknown");
                    draft.label = "another account's batch";
                    draft.mustFail = true;
                    return Json.NODES.stringNode(otherBatch);
                }
                draft.excuse(404, "a batch the account has not sent");
                return null;
            }
            case "messageId" -> {
                List<String> messages = batches.getOrDefault(draft.path.get("batchId"), List.of());
                if (choices.below(100) < 85 && !messages.isEmpty()) {
                    return Json.NODES.stringNode(messages.get(choices.below(messages.size())));
                }
                draft.excuse(404, "a message that is not in the batch");
                return null;
            }
            case "start" -> {
                Integer items = listSize(draft);
                if (items == null || draft.kind != Kind.VALID) {
                    return null;
                }
                int start = choices.below(items + 3);
                if (start >= items) {
                    draft.excuse(404, "a page past the last item");
                }
                return Json.NODES.numberNode(start);
            }
            case "sender" -> {
                int roll = choices.below(100);
                if (roll < 60) {
                    return Json.NODES.stringNode(List.of("ip1sms", "Shop", "IP1", "Acme24", "Info").get(choices.below(5)));
                }
                if (roll < 80) {
                    return Json.NODES.stringNode(Phones.key(Phones.mobile(choices)));
                }
                return null; // any sender the pattern allows
            }
            case "recipients" -> {
                if ("array".equals(type)) {
                    return null; // its items are hinted one by one
                }
                int roll = choices.below(100);
                List<String> blacklisted = new ArrayList<>(account.blacklist.values());
                if (roll < 5 && !blacklisted.isEmpty()) { // one history with V1: its blacklist holds here too
                    return Json.NODES.stringNode(Phones.key(blacklisted.get(choices.below(blacklisted.size()))));
                }
                if (roll < 90) {
                    return Json.NODES.stringNode(Phones.key(Phones.mobile(choices)));
                }
                draft.excuse(400, "recipient digits that may be no phone number");
                return null;
            }
            case "deliveryReportUrl" -> {
                // the schema's format uri has no generator: valid URIs, some of them no absolute http(s) URL
                if (choices.below(100) < 85) {
                    return Json.NODES.stringNode("https://shop.example.com/sms/reports/" + choices.below(1000));
                }
                return Json.NODES.stringNode(List.of("/sms/reports", "ftp://shop.example.com/reports", "mailto:sms@example.com")
                        .get(choices.below(3)));
            }
            default -> {
                return null;
            }
        }
    }

    /** How many items the list a draft reads has, as far as the run knows. */
    private Integer listSize(Draft draft) {
        String path = draft.op.pathTemplate();
        if (path.equals(BATCHES)) {
            return account.batches;
        }
        if (path.endsWith("/messages")) {
            return sizes.get(draft.path.get("batchId"));
        }
        if (path.endsWith("/mo")) {
            return 0; // the run injects no incoming messages
        }
        return account.conversations.get(Phones.key(draft.path.getOrDefault("participant", "")));
    }

    @Override
    public void harmonize(Draft draft, Choices choices) {
    }

    @Override
    public void judge(Draft draft) {
        String participant = draft.path.get("participant");
        if (participant != null && !account.conversations.containsKey(Phones.key(participant))) {
            draft.mustFail = true; // the run knows every conversation of the account: this one is empty
        }
        if (participant != null && draft.op.pathTemplate().endsWith("/mo")) {
            draft.excuse(404, "the run sends no incoming messages");
            draft.mustFail = true;
        }
        String batchId = draft.path.get("batchId");
        if (batchId != null && !batches.containsKey(batchId) && account.batches == batches.size()) {
            draft.mustFail = true; // the run knows every batch of the account: this one is not among them
        }
        if (isCreateBatch(draft.op) && draft.body != null && draft.kind == Kind.INVALID) {
            for (String field : List.of("type", "datacoding")) {
                JsonNode value = draft.body.get(field);
                if (value != null && value.isString() && Stream.of("sms", "flash", "gsm", "ucs").anyMatch(value.stringValue()::equalsIgnoreCase)) {
                    draft.excuse(201, field + " is read in any case, as ASP.NET Core reads enum names");
                }
            }
        }
        if (isCreateBatch(draft.op) && draft.body != null && draft.body.isObject()
                && (draft.kind == Kind.VALID || draft.kind == Kind.EDGE)) {
            judgeBatch(draft, draft.body);
            if (draft.body.path("recipients").isArray() && !draft.body.path("recipients").isEmpty()
                    && !sendable(draft.body).iterator().hasNext()) {
                refuse(draft, "every recipient is on the V1 blacklist");
            }
        }
    }

    /** The distinct recipients of a batch that are not on the account's blacklist, as the answer lists them. */
    private Set<String> sendable(JsonNode batch) {
        Set<String> blacklisted = new HashSet<>();
        account.blacklist.values().forEach(phone -> blacklisted.add(Phones.key(phone)));
        Set<String> left = new LinkedHashSet<>();
        batch.path("recipients").forEach(r -> {
            if (!blacklisted.contains(Phones.key(r.asString()))) {
                left.add(Phones.key(r.asString()));
            }
        });
        return left;
    }

    /** The rules of a batch its schema states in words: the stub must refuse breaks of them, and only them. */
    private static void judgeBatch(Draft draft, JsonNode batch) {
        JsonNode recipients = batch.path("recipients");
        if (recipients.isArray() && recipients.isEmpty()) {
            refuse(draft, "a batch without recipients");
        }
        for (JsonNode recipient : recipients) {
            if (recipient.isString() && !Phones.valid(recipient.stringValue())) {
                refuse(draft, "recipient " + recipient.stringValue() + " is no phone number");
            }
        }
        if (batch.path("body").isString() && batch.path("body").stringValue().isBlank()) {
            refuse(draft, "a blank body");
        }
        if ("gsm".equals(batch.path("datacoding").asString("")) && batch.path("body").isString()
                && !GSM_SAFE.matcher(batch.path("body").stringValue()).matches()) {
            draft.excuse(400, "gsm may not encode every character of the body");
        }
        for (JsonNode window : batch.path("deliveryWindows")) {
            if (window.path("opens").isString() && window.path("closes").isString()) {
                try {
                    if (!OffsetDateTime.parse(window.path("closes").stringValue())
                            .isAfter(OffsetDateTime.parse(window.path("opens").stringValue()))) {
                        refuse(draft, "a delivery window that closes before it opens");
                    }
                } catch (DateTimeParseException odd) {
                    draft.excuse(400, "a date-time the stub may not read");
                }
            }
        }
        if (batch.path("deliveryReportUrl").isString() && !batch.path("deliveryReportUrl").stringValue().startsWith("https://")) {
            refuse(draft, "a delivery report URL that is no absolute http(s) URL");
        }
    }

    private static void refuse(Draft draft, String reason) {
        draft.excuse(400, reason);
        draft.mustFail = true;
    }

    @Override
    public List<Mutation> ruleMutations(Operation op) {
        if (!isCreateBatch(op)) {
            return List.of();
        }
        return List.of(
                Mutation.of("recipients: digits that are no phone number", false, (d, c) -> {
                    if (!d.body.isObject() || !d.body.path("recipients").isArray()) {
                        return false;
                    }
                    ((ArrayNode) d.body.get("recipients")).add("4670");
                    return true;
                }),
                Mutation.of("recipients: none", false, (d, c) -> {
                    if (!d.body.isObject()) {
                        return false;
                    }
                    ((tools.jackson.databind.node.ObjectNode) d.body).putArray("recipients");
                    return true;
                }),
                Mutation.of("deliveryWindows: closes before opens", false, (d, c) -> {
                    if (!d.body.isObject()) {
                        return false;
                    }
                    ((tools.jackson.databind.node.ObjectNode) d.body).putArray("deliveryWindows").addObject()
                            .put("opens", "2026-11-24T08:00:00Z").put("closes", "2026-11-24T07:59:59.999Z");
                    return true;
                }),
                Mutation.of("datacoding: gsm for a body GSM cannot encode", false, (d, c) -> {
                    if (!d.body.isObject()) {
                        return false;
                    }
                    ((tools.jackson.databind.node.ObjectNode) d.body).put("datacoding", "gsm").put("body", "Привет");
                    return true;
                }));
    }

    @Override
    public void checkAnswer(Draft draft, Exchange exchange, Problems problems) {
        int status = exchange.status();
        if (status >= 400 && status < 500) {
            checkProblem(exchange, problems);
            checkNamesTheField(draft, exchange, problems);
            return;
        }
        if (draft.kind == Kind.INVALID || draft.kind == Kind.AUTH || exchange.json() == null) {
            return;
        }
        if (status == 201 && isCreateBatch(draft.op)) {
            checkCreated(draft, exchange, sendable(draft.body), problems);
            return;
        }
        if (status != 200) {
            return;
        }
        JsonNode answer = exchange.json();
        String limit = draft.query.get("limit");
        if (answer.isArray() && answer.size() > (limit == null ? 50 : Integer.parseInt(limit))) {
            problems.add("paging", answer.size() + " items on a page of " + (limit == null ? "50 (default)" : limit));
        }
        for (JsonNode item : answer.isArray() ? answer : List.of(answer)) {
            if (!Ip1Account.ID.equals(item.path("owner").asString(Ip1Account.ID))) {
                problems.add("account", "answered an item of " + item.path("owner"));
            }
            if (isBatchOp(draft.op)) {
                checkBatchItem(draft, item, problems);
            } else {
                checkConversationItem(draft, item, problems);
            }
        }
    }

    private static void checkConversationItem(Draft draft, JsonNode message, Problems problems) {
        String participant = Phones.key(draft.path.getOrDefault("participant", ""));
        if (!participant.equals(Phones.key(message.path("recipient").asString(""))) && !participant.equals(Phones.key(message.path("sender").asString("")))) {
            problems.add("conversation", "message " + message.path("id") + " between " + message.path("sender") + " and "
                    + message.path("recipient") + " is not with " + participant);
        }
        int direction = draft.op.pathTemplate().endsWith("/mt") ? 0 : draft.op.pathTemplate().endsWith("/mo") ? 1 : -1;
        if (direction >= 0 && message.path("direction").asInt() != direction) {
            problems.add("conversation", "message " + message.path("id") + " of direction " + message.path("direction")
                    + " listed under " + draft.op.pathTemplate());
        }
    }

    private static void checkBatchItem(Draft draft, JsonNode item, Problems problems) {
        String batchId = draft.path.get("batchId");
        String itemBatch = item.has("batchId") ? item.path("batchId").asString() : item.path("id").asString();
        if (batchId != null && !batchId.equals(itemBatch)) {
            problems.add("id", "asked for batch " + batchId + ", answered " + itemBatch);
        }
        String messageId = draft.path.get("messageId");
        if (messageId != null && !messageId.equals(item.path("id").asString())) {
            problems.add("id", "asked for message " + messageId + ", answered " + item.path("id"));
        }
    }

    /** A created batch echoes the request, sends to each number once unless it is blacklisted, and says where it lives. */
    private static void checkCreated(Draft draft, Exchange exchange, Set<String> distinct, Problems problems) {
        JsonNode batch = exchange.json();
        String id = batch.path("id").asString("");
        String location = exchange.header("Location");
        if (location == null || !location.endsWith(BATCHES + "/" + id)) {
            problems.add("location", "batch " + id + " created with Location " + location);
        }
        if (!Ip1Account.ID.equals(batch.path("owner").asString())) {
            problems.add("account", "a batch created by " + Ip1Account.ID + " is owned by " + batch.path("owner"));
        }
        List<String> answered = new ArrayList<>();
        batch.path("recipients").forEach(r -> answered.add(r.asString()));
        if (!answered.equals(new ArrayList<>(distinct))) {
            problems.add("recipients", "sent to " + distinct + ", the batch lists " + answered);
        }
        if (!draft.body.path("body").equals(batch.path("body"))) {
            problems.add("echo", "body " + draft.body.path("body") + " answered as " + batch.path("body"));
        }
    }

    /** An invalid field of the body is named in the problem's {@code errors}. */
    private static void checkNamesTheField(Draft draft, Exchange exchange, Problems problems) {
        if (draft.kind != Kind.INVALID || exchange.status() != 400 || !draft.label.startsWith("body ") || draft.brokenField == null) {
            return;
        }
        if (!draft.brokenFieldNamedIn(exchange.json() == null ? null : exchange.json().get("errors"))) {
            problems.add("shape", "errors does not name the invalid field " + draft.brokenField);
        }
    }

    /** RFC 7807: application/problem+json with the status repeated and a title. */
    static void checkProblem(Exchange exchange, Problems problems) {
        if (!exchange.mediaType().equals("application/problem+json")) {
            problems.add("shape", "a V2 error must be application/problem+json, was '" + exchange.contentType() + "'");
        }
        JsonNode problem = exchange.json();
        if (problem == null || !problem.isObject()) {
            problems.add("shape", "a V2 error must be a problem details object");
            return;
        }
        if (problem.path("status").asInt() != exchange.status()) {
            problems.add("shape", "problem status " + problem.path("status") + " differs from the HTTP status " + exchange.status());
        }
        if (!problem.path("title").isString() || problem.path("title").stringValue().isBlank()) {
            problems.add("shape", "a problem needs a title");
        }
    }

    @Override
    public void observe(Draft draft, Exchange exchange) {
        if (draft.kind == Kind.INVALID || draft.kind == Kind.AUTH || exchange.json() == null) {
            return; // a wrongly accepted request is reported; what it did is unknown
        }
        JsonNode answer = exchange.json();
        if (exchange.status() == 201 && isCreateBatch(draft.op)) {
            batches.put(answer.path("id").asString(), new ArrayList<>());
            sizes.put(answer.path("id").asString(), answer.path("recipients").size());
            account.batches++;
            String sender = answer.path("sender").asString();
            for (JsonNode recipient : answer.path("recipients")) {
                if (addressable(sender)) {
                    account.recordMessage(sender, recipient.asString());
                } else { // a sender V2 cannot find a conversation by: only the recipient's conversation grows
                    account.messages++;
                    account.conversations.merge(Phones.key(recipient.asString()), 1, Integer::sum);
                }
            }
        } else if (exchange.status() == 200 && draft.op.pathTemplate().endsWith("/messages") && answer.isArray()
                && draft.query.get("start") == null && draft.query.get("order") == null) {
            List<String> ids = new ArrayList<>();
            answer.forEach(m -> ids.add(m.path("id").asString()));
            batches.computeIfPresent(draft.path.get("batchId"), (id, known) -> known.size() >= ids.size() ? known : ids);
        } else if (exchange.status() == 200 && draft.op.pathTemplate().equals(BATCHES) && answer.isArray()) {
            answer.forEach(b -> {
                batches.putIfAbsent(b.path("id").asString(), new ArrayList<>());
                sizes.putIfAbsent(b.path("id").asString(), b.path("recipients").size());
            });
        }
    }

    /** Whether V2 finds conversations by this sender: digits of a phone number (valid or not) or a name with a letter. */
    private static boolean addressable(String sender) {
        return sender.matches("\\+?[0-9]{1,15}") || NAME.matcher(sender).matches();
    }

    @Override
    public List<StateRead> stateReads(Draft draft) {
        if (!isCreateBatch(draft.op)) {
            return List.of();
        }
        // a batch stores messages: read the batch count and the conversations of the numbers it names
        List<StateRead> reads = new ArrayList<>();
        reads.add(StateRead.of(BATCHES + "?limit=1", bearer(Ip1Account.TOKEN)).viewing(e -> e.status() + " " + e.header("Link")));
        Set<String> phones = new java.util.TreeSet<>();
        if (draft.body != null) {
            draft.body.path("recipients").forEach(r -> {
                if (r.isString() && r.stringValue().matches("\\d{1,15}")) {
                    phones.add(r.stringValue());
                }
            });
        }
        phones.stream().limit(3).forEach(p -> reads.add(StateRead.of("/v2/conversations/" + p + "?limit=1", bearer(Ip1Account.TOKEN))
                .viewing(e -> e.status() + " " + e.header("Link"))));
        return reads;
    }

    private record Listing(List<String> ids, int status) {
    }

    /** All message ids of a conversation, page by page. */
    private static Listing ids(StubClient stub, String token, String participant, int limit) {
        List<String> ids = new ArrayList<>();
        for (int start = 0; ; start += limit) {
            Exchange page = stub.call("GET", "/v2/conversations/" + Draft.encode(participant) + "?start=" + start + "&limit=" + limit,
                    bearer(token), null);
            if (page.status() != 200) {
                return new Listing(ids, ids.isEmpty() ? page.status() : 200);
            }
            page.json().forEach(m -> ids.add(m.path("id").asString()));
            if (page.json().size() < limit) {
                return new Listing(ids, 200);
            }
        }
    }

    @Override
    public void checkInvariants(StubClient stub, Problems problems) {
        account.conversations.entrySet().stream().limit(50).forEach(conversation -> {
            Listing listing = ids(stub, Ip1Account.TOKEN, conversation.getKey(), 7);
            Set<String> unique = new HashSet<>(listing.ids);
            if (unique.size() != listing.ids.size()) {
                problems.add("invariant", "the conversation with " + conversation.getKey() + " lists a message twice across pages");
            }
            if (listing.ids.size() != conversation.getValue()) {
                problems.add("invariant", "the conversation with " + conversation.getKey() + " has " + listing.ids.size()
                        + " messages over its pages, " + conversation.getValue() + " were sent");
            }
        });
        JsonNode listed = list(stub, Ip1Account.TOKEN, BATCHES);
        if (listed.size() != account.batches) {
            problems.add("invariant", account.batches + " batches were sent through V1 and V2, " + listed.size() + " are listed");
        }
        int messages = 0;
        Set<String> ids = new HashSet<>();
        for (JsonNode batch : listed) {
            String id = batch.path("id").asString();
            if (!ids.add(id)) {
                problems.add("invariant", "batch " + id + " is listed twice");
            }
            int size = list(stub, Ip1Account.TOKEN, BATCHES + "/" + id + "/messages").size();
            messages += size;
            if (size != batch.path("recipients").size()) {
                problems.add("invariant", "batch " + id + " lists " + batch.path("recipients").size() + " recipients and has "
                        + size + " messages");
            }
        }
        if (messages != account.messages) {
            problems.add("invariant", account.messages + " messages were sent, the batches hold " + messages);
        }
        List<String> other = ids(stub, Ip1Account.OTHER_TOKEN, account.otherParticipant, 1000).ids;
        if (!other.equals(otherConversation)) {
            problems.add("other account", "the conversation of " + Ip1Account.OTHER_ID + " changed: " + otherConversation + " -> " + other);
        }
        if (!list(stub, Ip1Account.OTHER_TOKEN, BATCHES).toString().equals(otherBatches)) {
            problems.add("other account", "the batches of " + Ip1Account.OTHER_ID + " changed");
        }
    }
}
