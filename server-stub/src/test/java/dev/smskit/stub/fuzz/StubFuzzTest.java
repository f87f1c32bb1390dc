package dev.smskit.stub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Spec-driven fuzzing of the stub over real HTTP: for every operation of every spec, generated valid,
 * odd, invalid and unauthenticated requests, each answer judged against the spec and the API's rules,
 * then the stored state checked against what the run did. {@code mvn verify} runs the fixed {@link #SEEDS},
 * the same every time; {@code -Dfuzz.seed=S} runs seed S only, {@code -Dfuzz.seed=random} explores with a
 * new seed, which it prints. {@code -Dfuzz.requests=N} sets the number of generated requests per seed
 * (default 10,000), {@code -Dfuzz.specs=smsend} fuzzes only the named specs.
 */
// thousands of requests to undeclared paths would each log a warning; smsend credits that thousands of sends
// cannot use up: a refusal for credits would be no finding; deliveries settle at once, so that what an answer
// shows depends on the seed alone, not on how fast this machine runs; fuzzed deliveryReportUrls are never called
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.springframework.web.servlet.PageNotFound=error", "smskit.stub.smsend.credits=2000000000",
        "smskit.stub.ip1.delivery.to-network=0s", "smskit.stub.ip1.delivery.to-phone=0s",
        "smskit.stub.smsend.delivery.to-network=0s", "smskit.stub.smsend.delivery.to-phone=0s",
        "smskit.stub.smsend.session-idle-timeout=1000d", "smskit.stub.callbacks.allowed-hosts=none.invalid"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StubFuzzTest {

    /**
     * The seeds every build runs. A failure that an exploring run ({@code -Dfuzz.seed=random}) finds is
     * fixed, and its seed joins this list.
     */
    static final List<Long> SEEDS = List.of(
            1979560986124L, // the oracle called {} invalid for smsend POST /contact, which the spec's oneOf allows
            701709046704L); // a V2 recipient 930771607760 came back as 93771607760

    private static final List<String> SPECS = List.of("specs/ip1-v1.yaml", "specs/ip1-v2.yaml", "specs/smsend.yaml");
    /** Share of the budget spent on paths and methods no spec declares, per spec. */
    private static final int UNDECLARED_PERCENT = 2;

    @LocalServerPort
    private int port;

    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private int requests;

    @BeforeAll
    void loadSpecs() {
        requests = Integer.getInteger("fuzz.requests", 10_000);
        newApis().forEach(api -> specs.put(api.specResource(), Spec.load(api.specResource())));
        assertThat(specs.keySet()).as("every API spec is fuzzed").containsAll(SPECS);
    }

    /** The seeds of this build: the fixed ones, the one given, or a new one to explore. */
    static List<Long> seeds(String property) {
        if (property == null || property.isBlank()) {
            return SEEDS;
        }
        if (property.equals("random")) {
            long seed = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE; // only on request, printed for replay
            System.out.printf("%nFuzz: exploring with seed %d (replay it with -Dfuzz.seed=%d)%n", seed, seed);
            return List.of(seed);
        }
        return List.of(Long.parseLong(property.strip()));
    }

    private static List<FuzzedApi> newApis() {
        Ip1Account ip1 = new Ip1Account();
        return List.of(new Ip1V1Api(ip1), new Ip1V2Api(ip1), new SmsendApi());
    }

    @TestFactory
    Stream<DynamicNode> everySeedFuzzesEveryOperation() {
        return seeds(System.getProperty("fuzz.seed")).stream()
                .map(seed -> DynamicContainer.dynamicContainer("seed " + seed, new Run(seed).tests()));
    }

    /** One seed's run: the stub reset and seeded, every operation fuzzed, then the stored state checked. */
    private final class Run {

        private final long seed;
        private final StubClient stub = new StubClient(port);
        private final Map<Spec, FuzzedApi> apis = new LinkedHashMap<>();
        private final List<Campaign.Report> reports = new ArrayList<>();
        private final List<Campaign> campaigns = new ArrayList<>();
        private long started;

        Run(long seed) {
            this.seed = seed;
            newApis().forEach(api -> apis.put(specs.get(api.specResource()), api));
        }

        Stream<DynamicNode> tests() {
            List<String> only = Stream.of(System.getProperty("fuzz.specs", "").split(",")).filter(s -> !s.isBlank()).toList();
            List<Map.Entry<Spec, FuzzedApi>> fuzzed = apis.entrySet().stream()
                    .filter(entry -> only.isEmpty() || only.contains(entry.getKey().name())).toList();
            int operations = fuzzed.stream().mapToInt(entry -> entry.getKey().operations.size()).sum();
            int undeclared = requests * UNDECLARED_PERCENT / 100;
            int perOperation = Math.max(1, (requests - undeclared * fuzzed.size()) / operations);
            Stream<DynamicNode> perSpec = fuzzed.stream().map(entry -> {
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
            return Stream.of(Stream.<DynamicNode>of(DynamicTest.dynamicTest("the stub starts from its seeded state", this::seedTheStub)),
                    perSpec,
                    Stream.<DynamicNode>of(DynamicTest.dynamicTest("the stored state matches what the run did", this::checkState)))
                    .flatMap(nodes -> nodes);
        }

        private void seedTheStub() {
            Ip1V1Api.require(stub.call("POST", "/_stub/reset", Map.of(), null), 204);
            apis.values().forEach(api -> api.seed(stub)); // all of them: V2 reads the messages V1 sent
            started = System.nanoTime();
        }

        private void verify(Campaign campaign, Campaign.Report report) {
            reports.add(report);
            if (report.failed > 0) {
                fail(campaign.describe(report) + "\n  (run seed " + seed + ", replay it with -Dfuzz.seed=" + seed + ")");
            }
        }

        private void checkState() {
            try {
                Problems problems = new Problems();
                apis.values().forEach(api -> api.checkInvariants(stub, problems));
                if (!problems.isEmpty()) {
                    fail("the stub's state after " + stub.requests.get() + " requests:" + problems + "\n  (run seed " + seed + ")");
                }
            } finally {
                printFigures();
            }
        }

        private void printFigures() {
            long cases = reports.stream().mapToLong(r -> r.cases.values().stream().mapToInt(Integer::intValue).sum()).sum();
            long failed = reports.stream().mapToLong(r -> r.failed).sum();
            Map<Kind, Integer> byKind = new LinkedHashMap<>();
            reports.forEach(r -> r.cases.forEach((kind, n) -> byKind.merge(kind, n, Integer::sum)));
            // the duration is for the reader only: nothing depends on it
            System.out.printf("%nFuzz: %d generated requests %s over %d operations of %d specs; %d requests in all "
                            + "(%d state reads, %d shrinking replays, the rest seeding and checks) in %.1f s: %d 2xx, %d 4xx, %d 5xx; "
                            + "%d failed (seed %d)%n",
                    cases, byKind, reports.size() - campaigns.size(), campaigns.size(), stub.requests.get(),
                    campaigns.stream().mapToLong(c -> c.stateReads).sum(), campaigns.stream().mapToLong(c -> c.replays).sum(),
                    (System.nanoTime() - started) / 1e9, stub.success.get(), stub.clientErrors.get(), stub.serverErrors.get(),
                    failed, seed);
        }
    }
}
