package com.example.shop;

import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.smsend.Smsend;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three smskit clients, from the application's settings. */
@Configuration
class SmsClients {

    @Bean
    Ip1V1 ip1V1(@Value("${sms.ip1.base-url}") String baseUrl, @Value("${sms.ip1.account}") String account,
            @Value("${sms.ip1.api-key}") String apiKey) {
        return Ip1V1.builder().baseUrl(baseUrl).accountId(account).apiKey(apiKey).build();
    }

    @Bean
    Ip1V2 ip1V2(@Value("${sms.ip1.base-url}") String baseUrl, @Value("${sms.ip1.token}") String token) {
        return Ip1V2.builder().baseUrl(baseUrl).bearerToken(token).build();
    }

    @Bean
    Smsend smsend(@Value("${sms.smsend.base-url}") String baseUrl, @Value("${sms.smsend.username}") String username,
            @Value("${sms.smsend.password}") String password) {
        return Smsend.builder().baseUrl(baseUrl).username(username).password(password).build();
    }
}
