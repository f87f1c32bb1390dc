package dev.smskit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smskit.Wire;
import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.smsend.Smsend;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where calls go: one base URL convention (the host) for every client, the API's path accepted too. */
class ClientBuilderTest {

    @Test
    void theDefaultBaseUrlsAreTheProductionHostsOfTheSpecs() {
        assertThat(Ip1V1.builder().baseUrl()).isEqualTo("https://api.ip1sms.com");
        assertThat(Ip1V2.builder().baseUrl()).isEqualTo("https://api.ip1sms.com");
        assertThat(Smsend.builder().baseUrl()).isEqualTo("https://app.gateway.smsend.it");
    }

    @Test
    void theHostAndTheHostWithTheApiPathAreTheSameBaseUrl() {
        assertThat(Ip1V1.builder().baseUrl("http://localhost:8080/api/").baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(Ip1V2.builder().baseUrl("http://localhost:8080/v2").baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(Smsend.builder().baseUrl("http://localhost:8080/API/v1.0/REST/").baseUrl())
                .isEqualTo("http://localhost:8080");
        assertThat(Smsend.builder().baseUrl("http://localhost:8080//").baseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void aProxyPrefixIsKept() {
        assertThat(Ip1V2.builder().baseUrl("https://proxy.example/ip1").baseUrl()).isEqualTo("https://proxy.example/ip1");
        assertThat(Smsend.builder().baseUrl("https://proxy.example/smsend/API/v1.0/REST").baseUrl())
                .isEqualTo("https://proxy.example/smsend");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8080", "/v2", "ftp://example.com", "http://localhost:8080/v2?x=1", ""})
    void whatIsNoAbsoluteHttpUrlIsRefusedAtOnce(String url) {
        assertThatThrownBy(() -> Ip1V2.builder().baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/v2", "/v2/"})
    void ip1V2CallsReachTheSamePathWhicheverFormIsGiven(String suffix) throws Exception {
        try (MockWebServer server = Wire.start()) {
            server.enqueue(Wire.json(200, "[]"));
            Ip1V2 ip1 = Ip1V2.builder().baseUrl(Wire.root(server) + suffix).bearerToken("t").build();
            assertThat(ip1.listBatches().toList()).isEmpty();
            assertThat(Wire.take(server).getTarget()).isEqualTo("/v2/batches");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/API/v1.0/REST", "/API/v1.0/REST/"})
    void smsendCallsReachTheSamePathWhicheverFormIsGiven(String suffix) throws Exception {
        try (MockWebServer server = Wire.start()) {
            server.enqueue(Wire.json(200, "{\"groups\":[],\"pageNumber\":1,\"pageSize\":5,\"Total\":0}"));
            Smsend smsend = Smsend.builder().baseUrl(Wire.root(server) + suffix)
                    .userKey("U").accessToken("A").build();
            assertThat(smsend.listGroups().toList()).isEmpty();
            assertThat(Wire.take(server).getTarget()).startsWith("/API/v1.0/REST/groups?");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/api"})
    void ip1V1CallsReachTheSamePathWhicheverFormIsGiven(String suffix) throws Exception {
        try (MockWebServer server = Wire.start()) {
            server.enqueue(Wire.json(200, "[]"));
            Ip1V1 ip1 = Ip1V1.builder().baseUrl(Wire.root(server) + suffix).bearerToken("t").build();
            assertThat(ip1.groups().listGroups()).isEmpty();
            assertThat(Wire.take(server).getTarget()).isEqualTo("/api/groups");
        }
    }
}
