package dev.smskit.stub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Serves the IP1 V1 ({@code /api}), IP1 V2 ({@code /v2}) and smsend ({@code /API/v1.0/REST}) stubs on one port. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StubServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(StubServerApplication.class, args);
    }
}
