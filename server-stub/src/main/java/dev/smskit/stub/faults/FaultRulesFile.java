package dev.smskit.stub.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.smskit.stub.admin.model.FaultRule;
import dev.smskit.stub.web.StubError;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault rules in force from startup: {@value #PROPERTY} names a JSON file holding an array of
 * rules in the control API's shape, checked as {@code POST /_stub/faults} checks one. A file that is
 * missing or invalid stops the stub with a message naming the file and what is wrong.
 * {@code POST /_stub/reset} removes them like any other rule.
 */
@Component
class FaultRulesFile implements InitializingBean {

    static final String PROPERTY = "smskit.stub.faults.file";

    private final String file;
    private final FaultRules rules;
    private final JsonMapper json;

    FaultRulesFile(@Value("${" + PROPERTY + ":}") String file, FaultRules rules, JsonMapper json) {
        this.file = file.strip();
        this.rules = rules;
        this.json = json;
    }

    @Override
    public void afterPropertiesSet() {
        if (file.isEmpty()) {
            return;
        }
        List<FaultRule> loaded;
        try {
            loaded = List.of(json.readValue(Files.readString(Path.of(file)), FaultRule[].class));
        } catch (IOException | JacksonException unreadable) {
            throw new IllegalStateException(PROPERTY + "=" + file + " cannot be read as a JSON array of fault rules: "
                    + unreadable.getMessage(), unreadable);
        }
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i) == null) {
                throw new IllegalStateException(PROPERTY + "=" + file + ": rule [" + i + "] is null");
            }
            try {
                rules.add(loaded.get(i));
            } catch (StubError invalid) {
                throw new IllegalStateException(PROPERTY + "=" + file + ": rule [" + i + "] is invalid: "
                        + invalid.errors(), invalid);
            }
        }
    }
}
