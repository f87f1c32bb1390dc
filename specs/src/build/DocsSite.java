import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the documentation site of every {@code *.yaml} spec: an index page and one Swagger UI page per spec, with
 * Swagger UI copied from its webjar and the spec inlined as JSON (a page opened from disk cannot fetch it), so the site
 * works from disk and from any static host without internet access.
 *
 * <p>Run by the specs module's build as a single-file program:
 * {@code java -cp <jackson-dataformat-yaml:swagger-ui webjar> DocsSite.java SPECS_DIR TEMPLATES_DIR SWAGGER_UI_VERSION
 * SITE_DIR SERVED_DIR}. SITE_DIR gets the published copy, which keeps the specs' servers and has no "try it out";
 * SERVED_DIR gets the copy the stub serves, whose "try it out" sends requests to the server that served the page.
 */
public class DocsSite {

    private static final List<String> SWAGGER_UI_FILES =
            List.of("swagger-ui-bundle.js", "swagger-ui.css", "favicon-16x16.png", "favicon-32x32.png",
            "swagger-ui-bundle.js.LICENSE.txt");
    private static final List<String> OWN_FILES = List.of("docs.js", "docs.css");

    private record Api(String name, String title, String version, String summary, String json, Path yaml) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException(
                    "usage: DocsSite SPECS_DIR TEMPLATES_DIR SWAGGER_UI_VERSION SITE_DIR SERVED_DIR");
        }
        Path templates = Path.of(args[1]);
        List<Api> apis = readSpecs(Path.of(args[0]));
        write(apis, templates, args[2], Path.of(args[3]), "spec-servers");
        write(apis, templates, args[2], Path.of(args[4]), "this-server");
    }

    private static List<Api> readSpecs(Path dir) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().map(file -> {
                try {
                    JsonNode spec = yaml.readTree(file.toFile());
                    JsonNode info = spec.path("info");
                    String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                    String summary = info.path("description").asText().strip().split("\\n\\s*\\n", 2)[0];
                    // "<" only occurs inside JSON strings, where \u003c means the same and cannot close the <script>
                    String inlined = json.writeValueAsString(spec).replace("<", "\\u003c");
                    return new Api(name, info.path("title").asText(name), info.path("version").asText(), summary,
                            inlined, file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }).toList();
        }
    }

    private static void write(List<Api> apis, Path templates, String swaggerUiVersion, Path out, String tryItOut)
            throws IOException {
        Files.createDirectories(out.resolve("swagger-ui"));
        String page = Files.readString(templates.resolve("api.html"));
        for (Api api : apis) {
            Files.writeString(out.resolve(api.name() + ".html"), page
                    .replace("{{title}}", html(api.title()))
                    .replace("{{nav}}", nav(apis, api))
                    .replace("{{tryItOut}}", tryItOut)
                    .replace("{{spec}}", api.json()));
            Files.copy(api.yaml(), out.resolve(api.name() + ".yaml"), StandardCopyOption.REPLACE_EXISTING);
        }
        String list = apis.stream().map(api -> """
                <li><a href="%1$s.html">%2$s</a> <span class="version">%3$s</span>
                  <p>%4$s</p>
                  <p class="files"><a href="%1$s.yaml">%1$s.yaml</a> (OpenAPI)</p></li>
                """.formatted(api.name(), html(api.title()), html(api.version()),
                        // the summary is Markdown: keep its code spans
                        html(api.summary()).replaceAll("`([^`]+)`", "<code>$1</code>")))
                .collect(Collectors.joining());
        Files.writeString(out.resolve("index.html"), Files.readString(templates.resolve("index.html"))
                .replace("{{nav}}", nav(apis, null))
                .replace("{{tryItOut}}", tryItOut)
                .replace("{{apis}}", list));
        for (String file : OWN_FILES) {
            Files.copy(templates.resolve(file), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        String webjar = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion + "/";
        for (String file : SWAGGER_UI_FILES) {
            try (InputStream in = DocsSite.class.getClassLoader().getResourceAsStream(webjar + file)) {
                if (in == null) {
                    throw new IOException(webjar + file + " is not on the classpath (org.webjars:swagger-ui)");
                }
                Files.copy(in, out.resolve("swagger-ui").resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String nav(List<Api> apis, Api current) {
        return apis.stream().map(api -> api == current
                        ? "<a href=\"%s.html\" aria-current=\"page\">%s</a>".formatted(api.name(), html(api.title()))
                        : "<a href=\"%s.html\">%s</a>".formatted(api.name(), html(api.title())))
                .collect(Collectors.joining(" "));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
