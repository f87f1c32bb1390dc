package dev.smskit.contract;

import au.com.dius.pact.consumer.dsl.HttpRequestBuilder;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One call of a client and the request it makes (without credentials), for the pacts in which many
 * operations get the same kind of answer: a 401 for wrong credentials, a 404 for an unknown id, a 400.
 *
 * @param what the interaction's description, or its start where the pact adds the outcome
 * @param state the provider state the request needs, or {@code null}
 * @param detail what the answer names where it differs between calls (the invalid field, the error's
 *        title or message), or {@code null}
 */
record Call<C>(String what, String state, UnaryOperator<HttpRequestBuilder> request, Consumer<C> call, String detail) {

    Call(String what, String state, UnaryOperator<HttpRequestBuilder> request, Consumer<C> call) {
        this(what, state, request, call, null);
    }

    Call<C> given(String providerState) {
        return new Call<>(what, providerState, request, call, detail);
    }

    Call<C> naming(String answerDetail) {
        return new Call<>(what, state, request, call, answerDetail);
    }
}
