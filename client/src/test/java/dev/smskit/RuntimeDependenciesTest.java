package dev.smskit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What an application gets with the client: Feign (core, Jackson, SLF4J, the JDK client module),
 * Jackson and the SLF4J API, nothing else (no OkHttp, Kotlin or Spring), under 3 MB. The list is
 * the build's own {@code dependency:list} of the runtime scope.
 */
class RuntimeDependenciesTest {

    private static final List<String> ALLOWED = List.of(
            "com.fasterxml.jackson.core:jackson-annotations",
            "com.fasterxml.jackson.core:jackson-core",
            "com.fasterxml.jackson.core:jackson-databind",
            "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
            "io.github.openfeign:feign-core",
            "io.github.openfeign:feign-jackson",
            "io.github.openfeign:feign-java11",
            "io.github.openfeign:feign-slf4j",
            "org.slf4j:slf4j-api");

    private static final long MAX_BYTES = 3L * 1024 * 1024;

    /** groupId:artifactId → version and jar, from lines like {@code g:a:jar:v:compile:/path/a.jar -- module m}. */
    static Map<String, String[]> runtimeDependencies() throws IOException {
        Path list = Path.of(System.getProperty("smskit.runtimeDependencies", "target/runtime-dependencies.txt"));
        Map<String, String[]> dependencies = new TreeMap<>();
        for (String line : Files.readAllLines(list)) {
            String entry = line.strip();
            if (!entry.matches("[^\\s:]+:[^\\s:]+:[^\\s:]+:.*")) {
                continue; // the plugin's heading and blank lines
            }
            int module = entry.indexOf(" -- ");
            String[] parts = (module < 0 ? entry : entry.substring(0, module)).split(":", 6);
            dependencies.put(parts[0] + ":" + parts[1], new String[] {parts[3], parts[5]});
        }
        return dependencies;
    }

    @Test
    void theRuntimeDependenciesAreFeignJacksonAndSlf4jOnly() throws IOException {
        assertThat(runtimeDependencies().keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    @Test
    void theRuntimeDependenciesWeighLessThanThreeMegabytes() throws IOException {
        long bytes = 0;
        for (String[] dependency : runtimeDependencies().values()) {
            bytes += Files.size(Path.of(dependency[1]));
        }
        assertThat(bytes).isLessThan(MAX_BYTES);
    }

    /**
     * Surefire runs the suite twice: with the Jackson of the build (Spring Boot 4's BOM) and with
     * the one of Spring Boot 3.5's BOM ({@code smskit.jackson.expected}); each run must really
     * have its Jackson on the class path.
     */
    @Test
    void theTestsRunOnTheJacksonTheyAreMeantFor() throws IOException {
        String expected = System.getProperty("smskit.jackson.expected",
                runtimeDependencies().get("com.fasterxml.jackson.core:jackson-databind")[0]);
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }
}
