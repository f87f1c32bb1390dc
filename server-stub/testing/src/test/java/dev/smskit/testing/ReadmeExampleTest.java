package dev.smskit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your application against the stub" shows {@code com.example.shop.OrderNotificationTest},
 * which the build compiles and runs: this fails when the two drift apart.
 */
class ReadmeExampleTest {

    @Test
    void theReadmeShowsTheTestClassThatRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        int section = readme.indexOf("\n## Testing your application against the stub\n");
        assertThat(section).as("README section").isPositive();
        int next = readme.indexOf("\n## ", section + 1);
        Matcher example = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL)
                .matcher(readme.substring(section, next < 0 ? readme.length() : next));
        assertThat(example.find()).as("a java block in the section").isTrue();

        String source = Files.readString(Path.of("src", "test", "java", "com", "example", "shop", "OrderNotificationTest.java"));
        assertThat(example.group(1)).isEqualTo(source);
    }
}
