package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.smskit.testing.Api;
import dev.smskit.testing.RecordedSms;
import dev.smskit.testing.SmskitStubExtension;
import dev.smskit.testing.SmsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class ShippingNoticesTest {

    @RegisterExtension
    static SmskitStubExtension stub = SmskitStubExtension.builder()
            .ip1Account("ip1-shop", "shop-key", "shop-token")
            .smsendUser("shop", "shop-password")
            .build();

    @DynamicPropertySource
    static void smsSettings(DynamicPropertyRegistry registry) {
        registry.add("sms.ip1.base-url", () -> stub.baseUrl().toString());
        registry.add("sms.ip1.account", () -> "ip1-shop");
        registry.add("sms.ip1.api-key", () -> "shop-key");
        registry.add("sms.ip1.token", () -> "shop-token");
        // smsend takes its API base path in the base URL, IP1 only the host
        registry.add("sms.smsend.base-url", () -> stub.baseUrl() + "/API/v1.0/REST");
        registry.add("sms.smsend.username", () -> "shop");
        registry.add("sms.smsend.password", () -> "shop-password");
    }

    @Autowired
    ShippingNotices notices;

    @Test
    void swedenGetsItThroughIp1V1() {
        assertThat(notices.orderShipped("{\"id\":\"A-1\",\"phone\":\"+46701234567\"}")).extracting(ShippingNotices.Notice::api).isEqualTo("ip1-v1");

        RecordedSms sms = stub.control().awaitDelivered(SmsQuery.to("+46701234567").api(Api.IP1_V1));
        assertThat(sms.text()).isEqualTo("Order A-1 has shipped.");
        assertThat(sms.account()).isEqualTo("ip1-shop");
        assertThat(sms.from()).isEqualTo("shop");
    }

    @Test
    void norwayGetsItThroughIp1V2() {
        assertThat(notices.orderShipped("{\"id\":\"A-2\",\"phone\":\"+4791234567\"}")).extracting(ShippingNotices.Notice::api).isEqualTo("ip1-v2");

        RecordedSms sms = stub.control().awaitDelivered(SmsQuery.to("+4791234567").api(Api.IP1_V2));
        assertThat(sms.text()).isEqualTo("Order A-2 has shipped.");
        assertThat(stub.control().messages()).hasSize(1);
    }

    @Test
    void italyGetsItThroughSmsend() {
        ShippingNotices.Notice notice = notices.orderShipped("{\"id\":\"A-3\",\"phone\":\"+393471234567\"}");
        assertThat(notice.api()).isEqualTo("smsend");

        // the kit's smsend client, logged in as the same user, reads the order back
        assertThat(stub.smsend().getSmsState(notice.smsendOrder()).getRecipients()).singleElement()
                .satisfies(recipient -> {
                    assertThat(recipient.getDestination()).isEqualTo("+393471234567");
                    assertThat(recipient.getStatus()).hasToString("DLVRD");
                });
        assertThat(stub.control().messages()).singleElement().satisfies(sms -> {
            assertThat(sms.api()).isEqualTo(Api.SMSEND);
            assertThat(sms.to()).isEqualTo("+393471234567");
            assertThat(sms.delivered()).isTrue();
        });
    }

    @Test
    void theTestsRunOnTheApplicationsOwnSpringAndJackson() {
        // the stub runs on Spring Boot 4 and Jackson 3, in its own JVM: none of it is here
        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        assertThat(PackageVersion.VERSION.getMajorVersion()).isEqualTo(2);
        assertThatThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper")).isInstanceOf(ClassNotFoundException.class);
    }
}
