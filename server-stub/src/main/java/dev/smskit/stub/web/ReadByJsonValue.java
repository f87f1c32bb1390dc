package dev.smskit.stub.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mix-in for a generated enum: leaves its case-sensitive {@code fromValue} creator out, so that Jackson
 * matches the {@code @JsonValue} names itself (in any case where a config override allows it) and reports
 * a value that is none of them with the value and the enum's names.
 */
public abstract class ReadByJsonValue {

    @JsonCreator(mode = JsonCreator.Mode.DISABLED)
    static Object fromValue(String value) {
        return null;
    }

    /** Reads {@code type} by its names only: not by its creator, nor by ordinal numbers ({@code 1} for the second name). */
    public static void readByName(JsonMapper.Builder builder, Class<? extends Enum<?>> type) {
        builder.addMixIn(type, ReadByJsonValue.class).enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
