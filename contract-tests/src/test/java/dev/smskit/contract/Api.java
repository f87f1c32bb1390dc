package dev.smskit.contract;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The three APIs under contract: the Pact provider name of each, its spec and the path prefix of its operations. */
enum Api {
    IP1_V1("ip1-v1", "/api/"),
    IP1_V2("ip1-v2", "/v2/"),
    SMSEND("smsend", "/API/v1.0/REST/");

    /** The one consumer of every pact: the generated client with its hand-written SDK layer. */
    static final String CONSUMER = "smskit-client";

    /** Where the consumer tests write pacts and provider verification reads them (set by the pom). */
    static final Path PACT_DIR = Path.of(System.getProperty("pact.rootDir", "target/pacts"));

    final String provider;
    final String pathPrefix;

    Api(String provider, String pathPrefix) {
        this.provider = provider;
        this.pathPrefix = pathPrefix;
    }

    /** The spec, as a classpath resource of the {@code specs} module. */
    String spec() {
        return "specs/" + provider + ".yaml";
    }

    Path pactFile() {
        return PACT_DIR.resolve(CONSUMER + "-" + provider + ".json");
    }

    /** The API whose operations live under {@code path}, if any ({@code /_stub} and {@code /error} are none). */
    static Optional<Api> serving(String path) {
        return Arrays.stream(values()).filter(api -> path.startsWith(api.pathPrefix)).findFirst();
    }
}
