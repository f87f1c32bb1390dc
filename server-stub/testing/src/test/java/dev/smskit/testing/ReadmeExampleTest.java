package dev.smskit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your application against the stub" shows {@code com.example.shop.OrderNotificationTest}
 * and its "The client under faults" {@code com.example.shop.UnknownOutcomeTest}, which the build compiles
 * and runs: this fails when they drift apart.
 */
class ReadmeExampleTest {

    @Test
    void theReadmeShowsTheTestClassThatRuns() throws IOException {
        assertShown("\n## Testing your application against the stub\n", "\n## ", "OrderNotificationTest.java");
    }

    @Test
    void theReadmeShowsTheReconcilingTestThatRuns() throws IOException {
        assertShown("\n### The client under faults\n", "\n##", "UnknownOutcomeTest.java");
    }

    /** The first java block of the README's section starting with {@code heading} is the file {@code example}. */
    private static void assertShown(String heading, String nextHeading, String example) throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        int section = readme.indexOf(heading);
        assertThat(section).as("README section").isPositive();
        int next = readme.indexOf(nextHeading, section + 1);
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL)
                .matcher(readme.substring(section, next < 0 ? readme.length() : next));
        assertThat(block.find()).as("a java block in the section").isTrue();

        String source = Files.readString(Path.of("src", "test", "java", "com", "example", "shop", example));
        assertThat(block.group(1)).isEqualTo(source);
    }
}
