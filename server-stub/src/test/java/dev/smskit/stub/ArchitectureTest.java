package dev.smskit.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The package picture of the stub (README "Architecture"): an API package never reaches into another
 * API's, and what serves every API (the control API, the startup line, the SMS domain, the HTTP
 * plumbing) reaches the APIs only through their {@link StubState} beans. Read off the sources, so
 * fully qualified names count as much as imports.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/smskit/stub");
    private static final Pattern REFERENCE = Pattern.compile("dev\\.smskit\\.stub\\.(ip1|smsend)\\b");

    @ParameterizedTest(name = "{0} uses no {1}")
    @CsvSource({
            "admin,  ip1 smsend",
            "sms,    ip1 smsend",
            "web,    ip1 smsend",
            "docs,   ip1 smsend",
            "callbacks, ip1 smsend",
            "inbox,  ip1 smsend",
            "faults, ip1 smsend",
            ".,      ip1 smsend",
            "ip1,    smsend",
            "smsend, ip1"})
    void aPackageReachesNoOtherApisPackage(String area, String forbidden) throws IOException {
        List<String> apis = List.of(forbidden.split(" "));
        Path root = SOURCES.resolve(area);
        assertThat(root).isDirectory();
        // "." is the root package only; the others with their subpackages
        try (Stream<Path> files = area.equals(".") ? Files.list(root) : Files.walk(root)) {
            List<String> offences = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> references(file).filter(apis::contains).map(api -> SOURCES.relativize(file) + " uses " + api))
                    .toList();
            assertThat(offences).isEmpty();
        }
    }

    private static Stream<String> references(Path file) {
        try {
            Matcher matcher = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            return matcher.results().map(result -> result.group(1)).distinct();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
