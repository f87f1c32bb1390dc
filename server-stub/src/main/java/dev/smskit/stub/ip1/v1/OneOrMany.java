package dev.smskit.stub.ip1.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.smskit.stub.ip1.Refusal;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a V1 create: one item or, with {@code ?multiple}, an array of them (the spec's oneOf
 * leaves it a JSON tree). Each element is read and validated like a single item, and one invalid
 * element refuses the whole request, naming it {@code <parameter>[i].<Field>}.
 */
@Component
class OneOrMany {

    private final JsonMapper json;
    private final Validator validator;

    OneOrMany(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The items of a create body.
     *
     * @param items     the valid items, in request order
     * @param many      whether the request sent an array ({@code ?multiple})
     * @param parameter the ASP.NET parameter name its ModelState keys start with, e.g. {@code contact}
     */
    record Items<T>(List<T> items, boolean many, String parameter) {

        /** The ModelState key of item {@code index}: {@code contact} or {@code contact[2]}. */
        String key(int index) {
            return parameter + (many ? "[" + index + "]" : "");
        }

        /** The ModelState key of a problem the store found with an item: {@code membership[1].Group}. */
        String key(Refusal.Problem problem) {
            return key(problem.index()) + (problem.field() == null ? "" : "." + problem.field());
        }
    }

    /**
     * Reads and validates the body.
     *
     * @param noun      what one item is called in messages, e.g. {@code contact}
     * @throws dev.smskit.stub.web.StubError 400 with the ModelState of every invalid item
     */
    <T> Items<T> read(JsonNode body, @Nullable String multiple, String parameter, String noun, Class<T> type) {
        boolean many = multiple != null;
        if (many != body.isArray()) {
            throw new ModelState().add(parameter, many
                    ? "With the multiple query parameter the body must be an array of " + noun + "s."
                    : "The body must be one " + noun + "; add the multiple query parameter to send an array.").invalid();
        }
        List<JsonNode> elements = many ? body.valueStream().toList() : List.of(body);
        Items<T> items = new Items<>(new ArrayList<>(), many, parameter);
        ModelState modelState = new ModelState();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            if (!element.isObject()) {
                modelState.add(items.key(i), "A " + noun + " must be a JSON object.");
                continue;
            }
            try {
                T item = json.treeToValue(element, type);
                modelState.addViolations(items.key(i), validator.validate(item));
                items.items().add(item);
            } catch (JacksonException unreadable) {
                modelState.addUnreadable(items.key(i), unreadable);
            }
        }
        if (!modelState.isEmpty()) {
            throw modelState.invalid();
        }
        return items;
    }

    /** The answer: the one created thing, or with {@code ?multiple} all of them in order. */
    <C, R> JsonNode answer(Items<?> items, List<C> created, Function<C, R> representation) {
        List<R> answered = created.stream().map(representation).toList();
        return json.valueToTree(items.many() ? answered : answered.get(0));
    }
}
