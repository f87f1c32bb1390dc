package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v1.model.OutgoingSMS;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.testing.RecordedSms;
import dev.smskit.testing.SmskitStub;
import dev.smskit.testing.SmsQuery;
import dev.smskit.testing.StubControl;
import org.junit.jupiter.api.Test;

@SmskitStub
class OrderNotificationTest {

    @Test
    void theCustomerIsToldTheOrderShipped(Ip1V1 ip1, StubControl stub) {
        // your application's code goes here, given this client (or the stub's URI and credentials)
        ip1.sendSms(new OutgoingSMS().addNumbersItem("+46701234567").from("shop").message("Your order has shipped."));

        RecordedSms sms = stub.awaitDelivered(SmsQuery.to("+46701234567"));
        assertThat(sms.text()).isEqualTo("Your order has shipped.");
        assertThat(sms.from()).isEqualTo("shop");
    }

    @Test
    void theCustomersReplyShowsInTheConversation(Ip1V2 ip1, StubControl stub) {
        stub.injectIncoming("ip1-12345", "+46701234567", "Thanks!");

        assertThat(ip1.conversationMoMessages("46701234567")).extracting(Message::getBody).containsExactly("Thanks!");
    }
}
