package dev.smskit.stub.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One reading of phone numbers; each API decides what the kinds mean to it. */
class PhoneNumberTest {

    @Test
    void e164IsReadWithOrWithoutThePlus() {
        assertThat(PhoneNumber.parse("+46701234567")).hasValue(new PhoneNumber("+46701234567", "SE", "+46701234567"));
        assertThat(PhoneNumber.parse("46701234567")).as("the text sent is kept for echoing")
                .hasValue(new PhoneNumber("+46701234567", "SE", "46701234567"));
        assertThat(PhoneNumber.parse("+46701234567").orElseThrow().msisdn()).isEqualTo("46701234567");
        assertThat(PhoneNumber.parse("+46 70 123 45 67")).isEmpty();
        assertThat(PhoneNumber.parse("0701234567")).as("national form").isEmpty();
        assertThat(PhoneNumber.parse("+4670")).as("no such number").isEmpty();
        assertThat(PhoneNumber.parse(null)).isEmpty();
    }

    @Test
    void aRegionReadsNationalNumbersAndTheKindSaysWhatATextIs() {
        assertThat(PhoneNumber.read("3471234567", "IT").valid()).hasValue(new PhoneNumber("+393471234567", "IT", "3471234567"));
        assertThat(PhoneNumber.read("00393471234567", "IT").valid()).hasValue(new PhoneNumber("+393471234567", "IT", "00393471234567"));
        assertThat(PhoneNumber.read("+39000", "IT").kind()).isEqualTo(PhoneNumber.Kind.INVALID);
        assertThat(PhoneNumber.read("call me", "IT").kind()).isEqualTo(PhoneNumber.Kind.NOT_A_NUMBER);
        assertThat(PhoneNumber.read("3471234567", null).kind()).as("no region, no country code")
                .isEqualTo(PhoneNumber.Kind.NOT_A_NUMBER);
    }
}
