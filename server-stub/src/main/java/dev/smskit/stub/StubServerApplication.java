package dev.smskit.stub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.server.context.WebServerPortFileWriter;

/** Serves the IP1 V1 ({@code /api}), IP1 V2 ({@code /v2}) and smsend ({@code /API/v1.0/REST}) stubs on one port. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StubServerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(StubServerApplication.class);
        // -DPORTFILE=path: the port bound (--server.port=0 too) is written there once the stub listens,
        // for tools that start it (the JUnit kit); without it no file is written
        if (System.getProperty("PORTFILE") != null) {
            application.addListeners(new WebServerPortFileWriter());
        }
        application.run(args);
    }
}
