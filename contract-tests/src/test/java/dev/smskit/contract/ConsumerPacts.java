package dev.smskit.contract;

import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** One HTTP interaction per {@code @Pact} method, written the same way in every consumer test. */
final class ConsumerPacts {

    private ConsumerPacts() {
    }

    static V4Pact interaction(PactBuilder builder, String description,
            UnaryOperator<HttpRequestBuilder> request, UnaryOperator<HttpResponseBuilder> response) {
        return expect(builder, description, request, response).toPact();
    }

    /** Adds an interaction that a test with several calls expects before its last one. */
    static PactBuilder expect(PactBuilder builder, String description,
            UnaryOperator<HttpRequestBuilder> request, UnaryOperator<HttpResponseBuilder> response) {
        return builder.expectsToReceiveHttpInteraction(description, http -> http
                .withRequest(request::apply)
                .willRespondWith(response::apply));
    }

    /**
     * One interaction per call, described as the call followed by {@code outcome}, each in the call's state,
     * with the call's request as {@code credentials} sign it, all with the same {@code answer}.
     */
    static <C> V4Pact everyCall(PactBuilder builder, List<Call<C>> calls, String outcome,
            UnaryOperator<HttpRequestBuilder> credentials, UnaryOperator<HttpResponseBuilder> answer) {
        return everyCall(builder, calls, outcome, credentials, (response, detail) -> answer.apply(response));
    }

    /** As above, with an answer that names the call's {@link Call#detail()}. */
    static <C> V4Pact everyCall(PactBuilder builder, List<Call<C>> calls, String outcome,
            UnaryOperator<HttpRequestBuilder> credentials, BiFunction<HttpResponseBuilder, String, HttpResponseBuilder> answer) {
        PactBuilder all = builder;
        for (Call<C> call : calls) {
            all = expect(call.state() == null ? all : all.given(call.state()), call.what() + outcome,
                    request -> credentials.apply(call.request().apply(request)), response -> answer.apply(response, call.detail()));
        }
        return all.toPact();
    }

    /** Makes every call with {@code client}; {@code outcome} asserts how each one fails. */
    static <C> void callEach(List<Call<C>> calls, C client, Consumer<ThrowingCallable> outcome) {
        callEach(calls, client, (call, detail) -> outcome.accept(call));
    }

    /** As above, with an assertion of the failure that names the call's {@link Call#detail()}. */
    static <C> void callEach(List<Call<C>> calls, C client, BiConsumer<ThrowingCallable, String> outcome) {
        // softly: a failing call does not hide the calls after it
        SoftAssertions.assertSoftly(softly -> calls.forEach(call -> softly.check(
                () -> outcome.accept(() -> call.call().accept(client), call.detail()))));
    }

    /** Makes every call with {@code client}, each with its own assertions. */
    static <C> void callEach(List<Call<C>> calls, C client) {
        SoftAssertions.assertSoftly(softly -> calls.forEach(call -> softly.check(() -> call.call().accept(client))));
    }

    /** A {@code text/plain} body matched by a regular expression rather than by its exact words. */
    static HttpResponseBuilder text(HttpResponseBuilder response, String regex, String example) {
        response.header("Content-Type", Wire.textPlain()).body(example, "text/plain");
        response.build().getMatchingRules().rulesForCategory("body").addRule("$", new RegexMatcher(regex, example));
        return response;
    }
}
