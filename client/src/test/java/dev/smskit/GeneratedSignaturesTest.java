package dev.smskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What autocomplete shows for the generated API interfaces: parameters named in the API's words.
 * A body whose schema is mapped to a Java type (the one-or-many bodies of IP1 V1) would otherwise be
 * named after that type, e.g. {@code createGroup(JsonNode comFasterxmlJacksonDatabindJsonNode, ...)},
 * unless the spec names it with {@code x-codegen-request-body-name}.
 */
class GeneratedSignaturesTest {

    @Test
    void noGeneratedApiParameterIsNamedAfterAJavaType() throws Exception {
        List<Class<?>> apis = generatedApis();
        assertThat(apis).extracting(Class::getSimpleName)
                .contains("GroupsApi", "ContactsApi", "MembershipsApi", "BlacklistApi", "BatchesApi", "SmsSendApi");

        List<String> typeNamed = new ArrayList<>();
        for (Class<?> api : apis) {
            for (Method method : api.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    assertThat(parameter.isNamePresent()).as("compiled with -parameters").isTrue();
                    if (parameter.getName().matches("(com|org|java|tools)[A-Z].*")) {
                        typeNamed.add(api.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")");
                    }
                }
            }
        }
        assertThat(typeNamed).isEmpty();
    }

    @Test
    void oneOrManyBodiesAreNamedInTheApisWords() throws Exception {
        assertThat(bodyName(dev.smskit.ip1.v1.api.GroupsApi.class, "createGroup")).isEqualTo("groups");
        assertThat(bodyName(dev.smskit.ip1.v1.api.ContactsApi.class, "createContact")).isEqualTo("contacts");
        assertThat(bodyName(dev.smskit.ip1.v1.api.MembershipsApi.class, "createMembership")).isEqualTo("memberships");
        assertThat(bodyName(dev.smskit.ip1.v1.api.BlacklistApi.class, "addToBlacklist")).isEqualTo("numbers");
    }

    private static String bodyName(Class<?> api, String operation) {
        return Stream.of(api.getDeclaredMethods())
                .filter(method -> method.getName().equals(operation))
                .map(method -> method.getParameters()[0].getName())
                .distinct()
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
    }

    /** Every interface of a generated {@code api} package, read from the directory the client's classes are in. */
    private static List<Class<?>> generatedApis() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(dev.smskit.ip1.v1.api.GroupsApi.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(classes::relativize)
                    .map(Path::toString)
                    .map(name -> name.replace(java.io.File.separatorChar, '/'))
                    .filter(name -> name.matches("dev/smskit/.*/api/[A-Za-z]+Api\\.class"))
                    .sorted()
                    .toList();
        }
        List<Class<?>> apis = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name.replace('/', '.').replaceAll("\\.class$", ""));
            if (type.isInterface()) {
                apis.add(type);
            }
        }
        return apis;
    }
}
