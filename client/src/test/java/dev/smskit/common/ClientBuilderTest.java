package dev.smskit.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.smsend.Smsend;
import org.junit.jupiter.api.Test;

/** Where calls go when the builder is not told. */
class ClientBuilderTest {

    @Test
    void theDefaultBaseUrlsAreTheProductionServersOfTheSpecs() {
        assertThat(Ip1V1.builder().baseUrl()).isEqualTo("https://api.ip1sms.com");
        assertThat(Ip1V2.builder().baseUrl()).isEqualTo("https://api.ip1sms.com");
        assertThat(Smsend.builder().baseUrl()).isEqualTo("https://app.gateway.smsend.it/API/v1.0/REST");
    }

    @Test
    void aTrailingSlashOfTheBaseUrlIsDropped() {
        assertThat(Smsend.builder().baseUrl("http://localhost:8080/API/v1.0/REST/").baseUrl())
                .isEqualTo("http://localhost:8080/API/v1.0/REST");
    }
}
