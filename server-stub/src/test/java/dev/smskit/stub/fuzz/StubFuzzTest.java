package dev.smskit.stub.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Spec-driven fuzzing of the stub over real HTTP: for every operation of every spec, generated valid,
 * odd, invalid and unauthenticated requests, each answer judged against the spec and the API's rules,
 * then the stored state checked against what the run did. {@code -Dfuzz.requests=N} sets the number
 * of generated requests (default 10,000), {@code -Dfuzz.seed=S} replays a run, {@code -Dfuzz.specs=smsend}
 * fuzzes only the named specs.
 */
// thousands of requests to undeclared paths would each log a warning; smsend credits that thousands of sends
// cannot use up: a refusal for credits would be no finding
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.springframework.web.servlet.PageNotFound=error", "smskit.stub.smsend.credits=2000000000"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StubFuzzTest {

    private static final List<String> SPECS = List.of("specs/ip1-v1.yaml", "specs/ip1-v2.yaml", "specs/smsend.yaml");
    /** Share of the budget spent on paths and methods no spec declares, per spec. */
    private static final int UNDECLARED_PERCENT = 2;

    @LocalServerPort
    private int port;

    private StubClient stub;
    private final Map<Spec, FuzzedApi> apis = new LinkedHashMap<>();
    private final List<Campaign.Report> reports = new ArrayList<>();
    private final List<Campaign> campaigns = new ArrayList<>();
    private long seed;
    private int requests;
    private long started;

    @BeforeAll
    void seedTheStub() {
        requests = Integer.getInteger("fuzz.requests", 10_000);
        seed = Long.getLong("fuzz.seed", System.nanoTime());
        stub = new StubClient(port);
        Ip1V1Api.require(stub.call("POST", "/_stub/reset", Map.of(), null), 204);
        Ip1Account ip1 = new Ip1Account();
        for (FuzzedApi api : List.of(new Ip1V1Api(ip1), new Ip1V2Api(ip1), new SmsendApi())) {
            apis.put(Spec.load(api.specResource()), api);
        }
        List<String> loaded = apis.keySet().stream().map(s -> s.resource).toList();
        assertTrue(loaded.containsAll(SPECS), "every API spec is fuzzed: " + loaded);
        apis.values().forEach(api -> api.seed(stub)); // all of them: V2 reads the messages V1 sent
        started = System.nanoTime();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicNode> everyOperationAnswersWithinItsSpec() {
        List<String> only = List.of(System.getProperty("fuzz.specs", "").split(",")).stream().filter(s -> !s.isBlank()).toList();
        List<Map.Entry<Spec, FuzzedApi>> fuzzed = apis.entrySet().stream()
                .filter(entry -> only.isEmpty() || only.contains(entry.getKey().name())).toList();
        int operations = fuzzed.stream().mapToInt(entry -> entry.getKey().operations.size()).sum();
        int undeclared = requests * UNDECLARED_PERCENT / 100;
        int perOperation = Math.max(1, (requests - undeclared * fuzzed.size()) / operations);
        return fuzzed.stream().map(entry -> {
            Spec spec = entry.getKey();
            Campaign campaign = new Campaign(stub, entry.getValue(), seed ^ spec.name().hashCode(),
                    Path.of("target", "fuzz-failures"));
            campaigns.add(campaign);
            Stream<DynamicNode> tests = Stream.concat(
                    spec.operations.stream().map(op -> DynamicTest.dynamicTest(op.id() + " (" + op.method() + " " + op.fullTemplate() + ")",
                            () -> verify(campaign, campaign.run(op, perOperation)))),
                    Stream.of(DynamicTest.dynamicTest("undeclared paths and methods",
                            () -> verify(campaign, campaign.undeclared(spec, spec.operations.get(0), undeclared)))));
            return DynamicContainer.dynamicContainer(spec.name(), tests);
        });
    }

    private void verify(Campaign campaign, Campaign.Report report) {
        reports.add(report);
        if (report.failed > 0) {
            fail(campaign.describe(report) + "\n  (run seed " + seed + ")");
        }
    }

    @Test
    @Order(2)
    void storedStateMatchesWhatTheRunDid() {
        Problems problems = new Problems();
        apis.values().forEach(api -> api.checkInvariants(stub, problems));
        if (!problems.isEmpty()) {
            fail("the stub's state after " + stub.requests.get() + " requests:" + problems + "\n  (run seed " + seed + ")");
        }
    }

    @AfterAll
    void printFigures() {
        long cases = reports.stream().mapToLong(r -> r.cases.values().stream().mapToInt(Integer::intValue).sum()).sum();
        long failed = reports.stream().mapToLong(r -> r.failed).sum();
        Map<Kind, Integer> byKind = new LinkedHashMap<>();
        reports.forEach(r -> r.cases.forEach((kind, n) -> byKind.merge(kind, n, Integer::sum)));
        System.out.printf("%nFuzz: %d generated requests %s over %d operations of %d specs; %d requests in all "
                        + "(%d state reads, %d shrinking replays, the rest seeding and checks) in %.1f s: %d 2xx, %d 4xx, %d 5xx; "
                        + "%d failed (seed %d)%n",
                cases, byKind, reports.size() - campaigns.size(), campaigns.size(), stub.requests.get(),
                campaigns.stream().mapToLong(c -> c.stateReads).sum(), campaigns.stream().mapToLong(c -> c.replays).sum(),
                (System.nanoTime() - started) / 1e9, stub.success.get(), stub.clientErrors.get(), stub.serverErrors.get(),
                failed, seed);
    }
}
