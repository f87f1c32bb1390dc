package dev.smskit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation of every spec has a generated method in the client's Feign API and in the stub's Spring API. */
class GeneratedInterfacesTest {

    record Op(String spec, String javaPackage, String tag, String operationId) {
        @Override
        public String toString() {
            return spec + " " + tag + "." + operationId;
        }
    }

    static Stream<Arguments> operations() {
        List<Arguments> ops = new ArrayList<>();
        for (String[] spec : new String[][] {{"ip1-v1", "ip1.v1"}, {"ip1-v2", "ip1.v2"}, {"smsend", "smsend"}}) {
            OpenAPI api = new OpenAPIV3Parser().read("specs/" + spec[0] + ".yaml");
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                assertThat(op.getTags()).as("tags of %s", op.getOperationId()).hasSize(1);
                ops.add(Arguments.of(new Op(spec[0], spec[1], op.getTags().get(0), op.getOperationId())));
            }));
        }
        return ops.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void clientHasTheOperation(Op op) throws Exception {
        assertThat(methods("dev.smskit." + op.javaPackage() + ".api." + apiName(op.tag())))
                .contains(op.operationId(), op.operationId() + "WithHttpInfo");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void stubHasTheOperation(Op op) throws Exception {
        assertThat(methods("dev.smskit.stub." + op.javaPackage() + ".api." + apiName(op.tag())))
                .contains(op.operationId());
    }

    /** "Contacts groups" → ContactsGroupsApi, "NKI" → NkiApi: how the generators name a tag's interface. */
    private static String apiName(String tag) {
        StringBuilder name = new StringBuilder();
        for (String word : tag.split("[^A-Za-z0-9]+")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name + "Api";
    }

    private static List<String> methods(String interfaceName) throws ClassNotFoundException {
        Class<?> type = Class.forName(interfaceName);
        assertThat(type.isInterface()).as("%s is an interface", interfaceName).isTrue();
        return Arrays.stream(type.getMethods()).map(Method::getName).toList();
    }
}
