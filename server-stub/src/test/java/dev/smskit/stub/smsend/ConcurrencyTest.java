package dev.smskit.stub.smsend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients at once: no lost update, unique ids, counts that add up. */
class ConcurrencyTest extends SmsendHttpTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    /** What one round of one client created. */
    private record Created(int group, int contact) {
    }

    @Test
    void concurrentCreatesAndMembershipsAreAllKept() throws Exception {
        int shared = smsend.createGroup(test, "shared", "");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<Created>>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            clients.add(() -> {
                start.await();
                List<Created> created = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    int group = smsend.createGroup(test, "g", "");
                    int contact = smsend.createContact(test,
                            "{\"email\":\"c@example.com\",\"groupIds\":[\"" + group + "\"]}");
                    assertEmpty(smsend.post("/group/" + shared + "/contact/" + contact, "", test), 200);
                    created.add(new Created(group, contact));
                }
                return created;
            });
        }

        List<Created> created = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Created>>> results = clients.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<List<Created>> result : results) {
                created.addAll(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        int total = THREADS * ROUNDS;
        assertThat(created.stream().map(Created::group).distinct()).hasSize(total);
        assertThat(created.stream().map(Created::contact).distinct()).hasSize(total);
        JsonNode list = json(smsend.get("/groups?pageSize=1000", test).body());
        assertThat(list.get("Total").asInt()).isEqualTo(total + 1);
        Set<String> listed = new HashSet<>(list.get("groups").findValuesAsString("id_group"));
        assertThat(listed).hasSize(total + 1);
        for (Created round : created) {
            assertThat(listed).contains(String.valueOf(round.group()));
            assertThat(json(smsend.get("/contact/" + round.contact(), test).body()).get("groupIds"))
                    .isEqualTo(json("[\"" + shared + "\",\"" + round.group() + "\"]"));
        }
        // the other user saw none of it
        assertThat(json(smsend.get("/groups", test2).body()).get("Total").asInt()).isZero();
    }
}
