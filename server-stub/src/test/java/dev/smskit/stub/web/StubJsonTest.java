package dev.smskit.stub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The stub's JSON rules, on a mapper built with them alone. */
class StubJsonTest {

    private final JsonMapper json = build();

    private static JsonMapper build() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StubJson().customize(builder);
        return builder.build();
    }

    record Sample(String name, Integer count, Boolean flag) {
    }

    @Test
    void timestampsAlwaysCarryMilliseconds() {
        assertThat(json.writeValueAsString(OffsetDateTime.parse("2026-11-23T09:15:30Z")))
                .isEqualTo("\"2026-11-23T09:15:30.000Z\"");
        assertThat(json.writeValueAsString(OffsetDateTime.parse("2026-11-23T09:15:30.1234Z")))
                .isEqualTo("\"2026-11-23T09:15:30.123Z\"");
    }

    @Test
    void unsetFieldsAreLeftOut() {
        assertThat(json.writeValueAsString(new Sample("a", null, null))).isEqualTo("{\"name\":\"a\"}");
    }

    @Test
    void valuesOfAnotherJsonTypeAreRefused() {
        assertThat(json.readValue("{\"name\":\"a\",\"count\":1,\"flag\":true}", Sample.class))
                .isEqualTo(new Sample("a", 1, true));
        for (String wrong : new String[] {"{\"name\":5}", "{\"count\":\"5\"}", "{\"count\":1.5}", "{\"flag\":\"true\"}",
                "{\"name\":true}", "{\"other\":1}", "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\"} x"}) {
            assertThatThrownBy(() -> json.readValue(wrong, Sample.class)).as(wrong).isInstanceOf(JacksonException.class);
        }
    }

    record Window(OffsetDateTime opens) {
    }

    @Test
    void aDateTimeIsAString() {
        assertThat(json.readValue("{\"opens\":\"2026-11-24T08:00:00+01:00\"}", Window.class).opens())
                .isEqualTo(OffsetDateTime.parse("2026-11-24T08:00:00+01:00"));
        // IP1's C# sample writes .NET DateTimes without offset: UTC, the zone IP1 documents its times in
        assertThat(json.readValue("{\"opens\":\"2026-11-24T08:00:00\"}", Window.class).opens())
                .isEqualTo(OffsetDateTime.parse("2026-11-24T08:00:00Z"));
        for (String wrong : new String[] {"{\"opens\":12}", "{\"opens\":1.5}", "{\"opens\":true}", "{\"opens\":\"tomorrow\"}",
                "{\"opens\":\"2026-11-24\"}"}) {
            assertThatThrownBy(() -> json.readValue(wrong, Window.class)).as(wrong).isInstanceOf(JacksonException.class);
        }
    }

    record Report(java.net.URI url) {
    }

    @Test
    void aUrlIsAString() {
        assertThat(json.readValue("{\"url\":\"https://shop.example.com/sms\"}", Report.class).url())
                .isEqualTo(java.net.URI.create("https://shop.example.com/sms"));
        for (String wrong : new String[] {"{\"url\":12}", "{\"url\":true}", "{\"url\":\"not a url\"}"}) {
            assertThatThrownBy(() -> json.readValue(wrong, Report.class)).as(wrong).isInstanceOf(JacksonException.class);
        }
    }
}
