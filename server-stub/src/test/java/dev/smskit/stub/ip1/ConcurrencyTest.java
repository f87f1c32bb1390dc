package dev.smskit.stub.ip1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.smskit.stub.StubHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Many clients at once: no lost updates, unique ids, counts that agree with the data. */
class ConcurrencyTest extends StubHttpTest {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 25;

    /** Runs {@code work(thread, call)} from {@link #THREADS} threads released at once; answers every result. */
    private <T> List<T> concurrently(Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int t = thread;
                futures.add(pool.submit((Callable<List<T>>) () -> {
                    start.await();
                    List<T> results = new ArrayList<>();
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        results.add(work.call(t, call));
                    }
                    return results;
                }));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    interface Work<T> {
        T call(int thread, int call) throws Exception;
    }

    @Test
    void concurrentCreatesGetUniqueIdsAndAreAllListed() throws Exception {
        List<JsonNode> created = concurrently((thread, call) -> {
            Answer answer = call % 5 == 0
                    ? json("POST", "/api/groups?multiple", "[{\"Name\":\"t" + thread + "c" + call + "a\"},{\"Name\":\"t"
                            + thread + "c" + call + "b\"}]", V1)
                    : json("POST", "/api/groups", "{\"Name\":\"t" + thread + "c" + call + "\"}", V1);
            assertThat(answer.status()).isEqualTo(200);
            return answer.json();
        });

        List<Integer> ids = created.stream()
                .flatMap(node -> node.isArray() ? node.valueStream() : java.util.stream.Stream.of(node))
                .map(group -> group.get("ID").asInt())
                .toList();
        int expected = THREADS * CALLS_PER_THREAD + THREADS * CALLS_PER_THREAD / 5;
        assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
        JsonNode listed = get("/api/groups", V1).json();
        assertThat(listed.valueStream().map(group -> group.get("ID").asInt())).containsExactlyInAnyOrderElementsOf(ids);
    }

    /** Creates {@code count} contacts in one call; answers their ids in order. */
    private List<Integer> contacts(int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"FirstName\":\"c").append(i)
                    .append("\",\"Phone\":\"+4670").append(String.format("%07d", 1000000 + i)).append("\"}");
        }
        return ok(json("POST", "/api/contacts?multiple", body.append("]").toString(), V1)).valueStream()
                .map(contact -> contact.get("ID").asInt()).toList();
    }

    @Test
    void concurrentRenamesAndNewMembersOfOneGroupLoseNothing() throws Exception {
        int id = json("POST", "/api/groups", "{\"Name\":\"Shared\"}", V1).json().get("ID").asInt();
        List<Integer> contacts = contacts(THREADS / 2 * CALLS_PER_THREAD);

        concurrently((thread, call) -> {
            Answer answer = thread % 2 == 0
                    ? json("PUT", "/api/groups/" + id, "{\"ID\":" + id + ",\"Name\":\"t" + thread + "c" + call + "\"}", V1)
                    : json("POST", "/api/memberships", "{\"Group\":" + id + ",\"Contact\":"
                            + contacts.get(thread / 2 * CALLS_PER_THREAD + call) + "}", V1);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            return answer.status();
        });

        JsonNode group = get("/api/groups/" + id, V1).json();
        assertThat(group.get("ContactsCount").asInt()).as("no membership lost to a concurrent PUT").isEqualTo(contacts.size());
        assertThat(get("/api/groups/" + id + "/contacts", V1).json()).hasSize(contacts.size());
        assertThat(group.get("Name").asString()).matches("t\\d+c\\d+");
    }

    @Test
    void concurrentJoinsLeavesAndContactDeletesKeepContactsCountEqualToTheMemberships() throws Exception {
        int id = json("POST", "/api/groups", "{\"Name\":\"Shared\"}", V1).json().get("ID").asInt();
        List<Integer> contacts = contacts(THREADS * CALLS_PER_THREAD);

        // each call adds one contact; every third then leaves again, every fifth is deleted with its membership
        concurrently((thread, call) -> {
            int contact = contacts.get(thread * CALLS_PER_THREAD + call);
            JsonNode membership = ok(json("POST", "/api/memberships", "{\"Group\":" + id + ",\"Contact\":" + contact + "}", V1));
            if (call % 3 == 0) {
                ok(delete("/api/memberships/" + membership.get("ID").asInt(), V1));
            } else if (call % 5 == 0) {
                ok(delete("/api/contacts/" + contact, V1));
            }
            return contact;
        });

        long staying = java.util.stream.IntStream.range(0, CALLS_PER_THREAD).filter(call -> call % 3 != 0 && call % 5 != 0)
                .count() * THREADS;
        JsonNode memberships = get("/api/groups/" + id + "/memberships", V1).json();
        assertThat(memberships).hasSize((int) staying);
        assertThat(get("/api/groups/" + id, V1).json().get("ContactsCount").asInt()).isEqualTo(staying);
        assertThat(get("/api/memberships", V1).json()).isEqualTo(memberships);
    }

    @Test
    void theSameMembershipRequestedConcurrentlyIsCreatedOnce() throws Exception {
        int id = json("POST", "/api/groups", "{\"Name\":\"Shared\"}", V1).json().get("ID").asInt();
        int contact = contacts(1).get(0);

        List<Integer> statuses = concurrently((thread, call) ->
                json("POST", "/api/memberships", "{\"Group\":" + id + ",\"Contact\":" + contact + "}", V1).status());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 400).hasSize(THREADS * CALLS_PER_THREAD - 1);
        assertThat(get("/api/groups/" + id, V1).json().get("ContactsCount").asInt()).isEqualTo(1);
    }

    @Test
    void concurrentSendsRecordEveryMessageOnceWithUniqueIds() throws Exception {
        List<JsonNode> answers = concurrently((thread, call) -> {
            Answer answer = json("POST", "/api/nkis/1/users/send",
                    nki("t" + thread + "c" + call, "+46701234567", "+46701234568"), thread % 2 == 0 ? V1 : V1_OTHER);
            assertThat(answer.status()).isEqualTo(200);
            return answer.json();
        });

        List<Integer> ids = answers.stream().flatMap(JsonNode::valueStream).map(sent -> sent.get("ID").asInt()).toList();
        List<Integer> bundles = answers.stream().map(sent -> sent.get(0).get("BundleID").asInt()).toList();
        assertThat(ids).hasSize(THREADS * CALLS_PER_THREAD * 2).doesNotHaveDuplicates();
        assertThat(bundles).doesNotHaveDuplicates();
        JsonNode recorded = get("/_stub/messages").json();
        assertThat(recorded.valueStream().map(message -> message.get("id").asInt())).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(get("/v2/conversations/46701234567?limit=1000", V2).json()).hasSize(THREADS / 2 * CALLS_PER_THREAD);
        assertThat(get("/v2/conversations/46701234567?limit=1000", V2_OTHER).json()).hasSize(THREADS / 2 * CALLS_PER_THREAD);
    }

    @Test
    void concurrentV2BatchesAndV1SendsMakeOneHistoryWithUniqueBatches() throws Exception {
        List<String> batchIds = concurrently((thread, call) -> {
            if (call % 3 == 0) {
                Answer answer = json("POST", "/api/nkis/1/users/send", nki("v1 t" + thread + "c" + call, "+46701234567"), V1);
                assertThat(answer.status()).isEqualTo(200);
                return null;
            }
            Answer answer = json("POST", "/v2/batches", "{\"sender\":\"ip1sms\",\"recipients\":[\"46701234567\",\"46701234568\"],"
                    + "\"body\":\"v2 t" + thread + "c" + call + "\",\"datacoding\":\"ucs\"}", V2);
            assertThat(answer.status()).isEqualTo(201);
            return answer.json().get("id").asString();
        });

        JsonNode batches = get("/v2/batches?limit=1000", V2).json();
        int v1Sends = THREADS * ((CALLS_PER_THREAD + 2) / 3);
        int v2Batches = THREADS * CALLS_PER_THREAD - v1Sends;
        assertThat(batches).hasSize(THREADS * CALLS_PER_THREAD);
        assertThat(batches.valueStream().map(batch -> batch.get("id").asString())).doesNotHaveDuplicates();
        JsonNode conversation = get("/v2/conversations/46701234567?limit=1000", V2).json();
        assertThat(conversation).hasSize(THREADS * CALLS_PER_THREAD);
        assertThat(conversation.valueStream().filter(message -> message.get("body").asString().startsWith("v2"))
                .map(message -> message.get("datacoding").asInt())).hasSize(v2Batches).containsOnly(2);
        assertThat(conversation.valueStream().map(message -> message.get("id").asString())).doesNotHaveDuplicates();
        assertThat(get("/_stub/messages").json()).hasSize(v1Sends + 2 * v2Batches);
        assertThat(batches.valueStream().map(batch -> batch.get("id").asString()))
                .containsAll(batchIds.stream().filter(java.util.Objects::nonNull).toList());
    }
}
