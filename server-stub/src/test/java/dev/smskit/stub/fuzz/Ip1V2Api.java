package dev.smskit.stub.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** IP1 API V2: Bearer tokens, paginated conversations, RFC 7807 problem details. */
final class Ip1V2Api implements FuzzedApi {

    private final Ip1Account account;
    private List<String> otherConversation;

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
        // V1 sent the messages; the second account's conversation must stay as it is
        otherConversation = ids(stub, Ip1Account.OTHER_TOKEN, account.otherParticipant, 1000).ids;
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

    @Override
    public JsonNode hint(Draft draft, String name, Schema<?> schema, Choices choices) {
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
            case "start" -> {
                Integer messages = account.conversations.get(Phones.key(draft.path.getOrDefault("participant", "")));
                if (messages == null || draft.kind != Kind.VALID) {
                    return null;
                }
                int start = choices.below(messages + 3);
                if (start >= messages) {
                    draft.excuse(404, "a page past the last message");
                }
                return Json.NODES.numberNode(start);
            }
            default -> {
                return null;
            }
        }
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
    }

    @Override
    public List<Mutation> ruleMutations(Operation op) {
        return List.of();
    }

    @Override
    public void checkAnswer(Draft draft, Exchange exchange, Problems problems) {
        int status = exchange.status();
        if (status >= 400 && status < 500) {
            checkProblem(exchange, problems);
            return;
        }
        if (status != 200) {
            return;
        }
        JsonNode messages = exchange.json();
        String participant = Phones.key(draft.path.getOrDefault("participant", ""));
        String limit = draft.query.get("limit");
        if (messages == null || !messages.isArray() || draft.kind == Kind.INVALID || draft.kind == Kind.AUTH) {
            return;
        }
        if (messages.size() > (limit == null ? 50 : Integer.parseInt(limit))) {
            problems.add("paging", messages.size() + " messages on a page of " + (limit == null ? "50 (default)" : limit));
        }
        for (JsonNode message : messages) {
            if (!Ip1Account.ID.equals(message.path("owner").asString(Ip1Account.ID))) {
                problems.add("account", "answered a message of " + message.path("owner"));
            }
            if (!participant.equals(Phones.key(message.path("recipient").asString(""))) && !participant.equals(Phones.key(message.path("sender").asString("")))) {
                problems.add("conversation", "message " + message.path("id") + " between " + message.path("sender") + " and "
                        + message.path("recipient") + " is not with " + participant);
            }
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
    }

    @Override
    public List<StateRead> stateReads(Draft draft) {
        return List.of();
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
        List<String> other = ids(stub, Ip1Account.OTHER_TOKEN, account.otherParticipant, 1000).ids;
        if (!other.equals(otherConversation)) {
            problems.add("other account", "the conversation of " + Ip1Account.OTHER_ID + " changed: " + otherConversation + " -> " + other);
        }
    }
}
