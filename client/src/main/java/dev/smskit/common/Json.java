package dev.smskit.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

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
     *   <li>fields a newer API version adds do not break older clients.</li>
     * </ul>
     *
     * @param mapper the mapper of a generated {@code ApiClient}
     * @return the same mapper, configured
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }
}
