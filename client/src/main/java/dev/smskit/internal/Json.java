package dev.smskit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;

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
     *   <li>date-times keep the offset the server sent;</li>
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
        return mapper;
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
