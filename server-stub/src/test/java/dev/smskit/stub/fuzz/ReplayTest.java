package dev.smskit.stub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a failure report rests on: shrinking finds the smallest failing choices, curl lines replay bodies byte for byte. */
class ReplayTest {

    @Test
    void shrinkingKeepsTheFailureAndDropsEverythingElse() {
        long[] failing = {3, 9, 12, 0, 5, 40};

        long[] shrunk = new Shrinker(1_000, choices -> Arrays.stream(choices).anyMatch(c -> c >= 7)).shrink(failing);

        assertThat(shrunk).containsExactly(7);
    }

    @Test
    void aReplayedSequenceMakesTheSameChoicesAndZerosPastItsEnd() {
        Choices first = Choices.random(new SplittableRandom(42));
        long[] drawn = {first.below(10), first.below(1_000), first.below(3)};

        Choices again = Choices.replay(first.recorded());

        assertThat(new long[] {again.below(10), again.below(1_000), again.below(3), again.below(50)})
                .containsExactly(drawn[0], drawn[1], drawn[2], 0);
    }

    @Test
    void aBodyOfAnyBytesSurvivesTheCurlLine() throws Exception {
        byte[] body = new byte[256];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        String curl = new FuzzRequest("POST", "/api/groups", Map.of("Content-Type", "application/json"), body, Map.of(), "").curl();

        Matcher printf = Pattern.compile("printf '([^']*)' \\| curl").matcher(curl);
        assertThat(printf.find()).as(curl).isTrue();
        Process bash = new ProcessBuilder("bash", "-c", "printf '" + printf.group(1) + "'").start();
        assertThat(bash.getInputStream().readAllBytes()).isEqualTo(body);
        assertThat(curl).endsWith("--data-binary @-");
    }

    @Test
    void aPrintableBodyIsQuotedForTheShell() {
        String json = "{\"Name\":\"O'Brien's\"}";
        FuzzRequest request = new FuzzRequest("PUT", "/api/groups/1", Map.of("Authorization", "Basic x"),
                json.getBytes(StandardCharsets.UTF_8), Map.of(), "");

        assertThat(request.curl()).endsWith("-X PUT \"$STUB/api/groups/1\" -H 'Authorization: Basic x' "
                + "--data-binary '{\"Name\":\"O'\\''Brien'\\''s\"}'");
    }
}
