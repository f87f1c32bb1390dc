package dev.smskit.stub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Seed 1979560986124: the oracle called smsend's {@code POST /contact} with {@code {}} invalid, because it
 * took a property a oneOf branch requires ({@code contacts}) as required by the body; {@code {}} is a valid
 * one-contact body by the spec (its rule "email or phoneNumber" is the API's, not the schema's).
 */
class OneOfBreaksTest {

    @Test
    void aRequiredPropertyOfOneBranchLeftOutIsNoBreakTheSpecMustSee() {
        Operation addContact = Spec.load("specs/smsend.yaml").operations.stream()
                .filter(op -> op.method().equals("POST") && op.pathTemplate().equals("/contact")).findFirst().orElseThrow();

        Mutation missing = new Generator(new SmsendApi()).breaks(addContact).stream()
                .filter(m -> m.name().equals("body contacts: missing")).findFirst().orElseThrow();

        assertThat(missing.visibleToSpec()).isFalse();
    }
}
