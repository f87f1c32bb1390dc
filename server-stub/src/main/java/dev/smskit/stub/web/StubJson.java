package dev.smskit.stub.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * How the stub reads and writes JSON. Request bodies are read strictly, so that a client bug shows
 * against the stub rather than in production: unknown fields, duplicate fields and values of the
 * wrong JSON type ({@code "5"} for a number, {@code 5} for a string, {@code 1.5} for an integer,
 * {@code "true"} for a boolean) are 400s. Answers keep the fields in the order the specs list them
 * (Jackson 3 would sort them alphabetically) and leave out unset ones: the specs declare no field
 * nullable, so {@code "Color": null} would break a client validating answers against them.
 * Timestamps always carry milliseconds ({@code 2026-11-23T09:15:30.000Z}), as the specs show them,
 * also when the fraction is zero, and are read only from ISO 8601 strings (no epoch numbers), as URLs
 * are only read from strings.
 */
@Component
public class StubJson implements JsonMapperBuilderCustomizer {

    private static final DateTimeFormatter MILLISECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    /** Parsing scalars of a type only from JSON strings; a string {@code parse} refuses is a format error. */
    private static <T> StdDeserializer<T> fromStringOnly(Class<T> type, StringParser<T> parse) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) {
                if (!json.hasToken(JsonToken.VALUE_STRING)) {
                    return type.cast(context.handleUnexpectedToken(type, json));
                }
                // read outside the try: a body that is not UTF-8 fails here, and is that, not a bad value
                String text = json.getString();
                try {
                    return parse.parse(text);
                } catch (Exception unreadable) {
                    return type.cast(context.handleWeirdStringValue(type, text, "not a valid %s", type.getSimpleName()));
                }
            }
        };
    }

    /**
     * An ISO 8601 date-time; one without offset is UTC, as IP1 documents its times: IP1's official C# sample
     * (iP1SMS/ip1-samples, {@code DeliveryWindow.cs}) sends .NET {@code DateTime}s, written without offset.
     */
    static OffsetDateTime timestamp(String text) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime withOffset ? withOffset : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    }

    private interface StringParser<T> {
        T parse(String text) throws Exception;
    }

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("stub-timestamps").addSerializer(OffsetDateTime.class,
                        new StdSerializer<>(OffsetDateTime.class) {
                            @Override
                            public void serialize(OffsetDateTime value, JsonGenerator json, SerializationContext context) {
                                json.writeString(MILLISECONDS.format(value));
                            }
                        })
                        // the specs' date-times and URLs are strings: no epoch numbers, no 12 for a URL
                        .addDeserializer(OffsetDateTime.class, fromStringOnly(OffsetDateTime.class, StubJson::timestamp))
                        .addDeserializer(URI.class, fromStringOnly(URI.class, URI::new)));
    }
}
