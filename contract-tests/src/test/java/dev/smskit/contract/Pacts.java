package dev.smskit.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the pacts the consumer tests wrote. */
final class Pacts {

    private Pacts() {
    }

    static List<SynchronousRequestResponse> interactions(Api api) {
        return interactions(api.pactFile());
    }

    static List<SynchronousRequestResponse> interactions(Path pactFile) {
        if (!Files.isRegularFile(pactFile)) {
            throw new IllegalStateException(pactFile + " is missing: the consumer pact tests write it in the test phase");
        }
        Pact pact = DefaultPactReader.INSTANCE.loadPact(pactFile.toFile());
        return pact.getInteractions().stream().map(i -> (SynchronousRequestResponse) i).toList();
    }
}
