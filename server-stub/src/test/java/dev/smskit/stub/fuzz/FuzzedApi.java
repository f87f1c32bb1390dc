package dev.smskit.stub.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the suite must know of one API beyond its spec: credentials, business data (existing ids,
 * phone numbers), rules across fields, the error shape, and the state it keeps, seeded before the
 * run and checked after it. Everything else comes from the spec.
 */
interface FuzzedApi {

    /** The classpath resource of the spec, e.g. {@code specs/ip1-v1.yaml}. */
    String specResource();

    /** Creates the state the run starts from (both accounts) and remembers the other account's data. */
    void seed(StubClient stub);

    /**
     * Keeps the stock of resources between a few (so that ids can keep pointing at existing ones) and
     * a few dozen (so that reading the state stays cheap however long the run); true when it changed any.
     */
    boolean restock(StubClient stub);

    /** Adds valid credentials of the fuzzed account. */
    void authenticate(Draft draft, Choices choices);

    /** Ways to send missing or wrong credentials. */
    List<Mutation> authMutations();

    /** The statuses by which this API refuses credentials on {@code op}. */
    Set<Integer> authStatuses(Operation op);

    /**
     * A value with business meaning for the named property or parameter (an existing id, a real
     * phone number), or null to let the schema decide. A value that may break a business rule
     * excuses the status it may get ({@link Draft#excuse}).
     */
    JsonNode hint(Draft draft, String name, Schema<?> schema, Choices choices);

    /** Applies rules across fields that a schema cannot state (e.g. an array body needs {@code ?multiple}). */
    void harmonize(Draft draft, Choices choices);

    /**
     * Judges the finished request by the API's business rules: the statuses it may get instead of a
     * 2xx ({@link Draft#excuse}), and whether a 2xx would be wrong ({@link Draft#mustFail}).
     */
    void judge(Draft draft);

    /** Breaks of those cross-field rules, invisible to the spec's validator. */
    List<Mutation> ruleMutations(Operation op);

    /** Checks what the spec cannot: a 4xx has this API's error shape, a 2xx has the right ids, owner, counts. */
    void checkAnswer(Draft draft, Exchange exchange, Problems problems);

    /** Learns from a 2xx answer what now exists. */
    void observe(Draft draft, Exchange exchange);

    /** The reads that show what {@code draft} could change, to prove that a refused request stored nothing. */
    List<StateRead> stateReads(Draft draft);

    /** Checks the stored state against what the run did, and the other account against its snapshot. */
    void checkInvariants(StubClient stub, Problems problems);
}
