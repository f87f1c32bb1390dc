package dev.smskit.contract;

import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import au.com.dius.pact.consumer.dsl.HttpResponseBuilder;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import java.util.function.UnaryOperator;

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

    /** A {@code text/plain} body matched by a regular expression rather than by its exact words. */
    static HttpResponseBuilder text(HttpResponseBuilder response, String regex, String example) {
        response.header("Content-Type", Wire.textPlain()).body(example, "text/plain");
        response.build().getMatchingRules().rulesForCategory("body").addRule("$", new RegexMatcher(regex, example));
        return response;
    }
}
