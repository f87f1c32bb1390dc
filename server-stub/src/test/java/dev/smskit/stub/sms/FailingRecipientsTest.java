package dev.smskit.stub.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The failing-recipients settings: numbers in any E.164 spelling, and a wrong entry named at startup. */
class FailingRecipientsTest {

    private static final String SETTING = "smskit.stub.smsend.failing-recipients";

    @Test
    void aNumberFailsWithItsCodeHoweverItIsWritten() {
        FailingRecipients failing = new FailingRecipients(SETTING, Map.of("46701740620", "KO"), "KO"::equals);

        assertThat(failing.code(PhoneNumber.parse("+46701740620").orElseThrow())).hasValue("KO");
        assertThat(failing.code(PhoneNumber.parse("+46701740621").orElseThrow())).isEmpty();
    }

    @Test
    void aWrongNumberOrCodeIsRefusedWithTheSettingsName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FailingRecipients(SETTING, Map.of("070-1740620", "KO"), "KO"::equals))
                .withMessage(SETTING + ": 070-1740620 is not a phone number in E.164 format");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FailingRecipients(SETTING, Map.of("+46701740620", "DLVRD"), "KO"::equals))
                .withMessage(SETTING + ": DLVRD (for +46701740620) is not a failure code");
    }
}
