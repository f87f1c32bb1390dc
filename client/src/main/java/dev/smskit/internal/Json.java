package dev.smskit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * The JSON settings every smskit client uses on top of the generated ones, so that models
 * round-trip exactly what the APIs send.
 */
public final class Json {

    private Json() {
    }

    /**
     * Applies smskit's settings to a generated client's mapper and returns it.
     *
     * <ul>
     *   <li>unset optional fields are left out instead of being sent as {@code null};</li>
     *   <li>date-times keep the offset the server sent; one without offset, as IP1's V1 writes some
     *       (the official PHP SDK's recorded contact: {@code "Created":"2017-03-02T10:39:53.497"}), is UTC;</li>
     *   <li>fields a newer API version adds do not break older clients;</li>
     *   <li>a body that is one of several shapes without a discriminator (smsend's
     *       {@code AddContactRequest}) is written and read as the shape it is, without a type id.</li>
     * </ul>
     *
     * @param mapper a generated {@code ApiClient.createObjectMapper()}
     * @return the same mapper, configured
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.setAnnotationIntrospector(new WithoutEmptyTypeIds());
        mapper.registerModule(new SimpleModule("smskit-timestamps").addDeserializer(OffsetDateTime.class, new Timestamps()));
        return mapper;
    }

    /** ISO 8601 date-times with an offset, or without one read as UTC (IP1 documents its timestamps as UTC). */
    private static final class Timestamps extends StdScalarDeserializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        Timestamps() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (!json.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, json);
            }
            String text = json.getText().trim();
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime withOffset ? withOffset : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text, unreadable.getMessage());
            }
        }
    }

    /**
     * The generator marks the interface of a {@code oneOf} without discriminator with
     * {@code @JsonTypeInfo(use = NAME, property = "")}, which would add an {@code "@type"} field
     * the API does not know to every body and expect one in every answer: such a type id is none.
     */
    private static final class WithoutEmptyTypeIds extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        protected TypeResolverBuilder<?> _findTypeResolver(MapperConfig<?> config, Annotated annotated,
                                                           JavaType baseType) {
            JsonTypeInfo info = _findAnnotation(annotated, JsonTypeInfo.class);
            if (info != null && info.use() == JsonTypeInfo.Id.NAME && info.property().isEmpty()) {
                return new StdTypeResolverBuilder().init(JsonTypeInfo.Value.construct(JsonTypeInfo.Id.DEDUCTION,
                        JsonTypeInfo.As.PROPERTY, null, baseType.isConcrete() ? baseType.getRawClass() : null, false, null),
                        null);
            }
            return super._findTypeResolver(config, annotated, baseType);
        }
    }
}
