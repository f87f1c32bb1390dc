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

    @Test
    void concurrentRenamesAndNewMembersOfOneGroupLoseNothing() throws Exception {
        int id = json("POST", "/api/groups", "{\"Name\":\"Shared\"}", V1).json().get("ID").asInt();

        concurrently((thread, call) -> {
            Answer answer = thread % 2 == 0
                    ? json("PUT", "/api/groups/" + id, "{\"ID\":" + id + ",\"Name\":\"t" + thread + "c" + call + "\"}", V1)
                    : json("POST", "/_stub/ip1/groups/" + id + "/members",
                            "{\"phones\":[\"+467012" + thread + String.format("%04d", call) + "\"]}");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            return answer.status();
        });

        JsonNode group = get("/api/groups/" + id, V1).json();
        int membersAdded = THREADS / 2 * CALLS_PER_THREAD;
        assertThat(group.get("ContactsCount").asInt()).as("no membership lost to a concurrent PUT").isEqualTo(membersAdded);
        assertThat(group.get("Name").asString()).matches("t\\d+c\\d+");
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
}
