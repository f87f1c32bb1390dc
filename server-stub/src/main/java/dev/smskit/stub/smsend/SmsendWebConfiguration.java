package dev.smskit.stub.smsend;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.smskit.stub.smsend.api.AuthenticationApi;
import dev.smskit.stub.smsend.model.SmsMessageType;
import dev.smskit.stub.web.EmptyNumbers;
import dev.smskit.stub.web.ReadByJsonValue;

/** Wires the smsend stub into Spring MVC under the API's base path. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsendProperties.class)
public class SmsendWebConfiguration implements WebMvcConfigurer {

    /**
     * The REST root of the real API. The spec keeps it in {@code servers} and its paths relative
     * ({@code /group}, {@code /groups}), as smsend's own {@code Location} headers are; each controller
     * carries it in a class-level {@code @RequestMapping}, which Spring combines with the generated
     * interface's method mappings.
     */
    public static final String BASE_PATH = "/API/v1.0/REST";

    private final SessionCheck sessionCheck;

    SmsendWebConfiguration(SessionCheck sessionCheck) {
        this.sessionCheck = sessionCheck;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(sessionCheck)
                .addPathPatterns(BASE_PATH + "/**")
                .excludePathPatterns(BASE_PATH + AuthenticationApi.PATH_LOGIN,
                        BASE_PATH + AuthenticationApi.PATH_TOKEN);
        registry.addInterceptor(new EmptyNumbers()).addPathPatterns(BASE_PATH + "/**");
    }

    @Bean
    FilterRegistrationBean<AnyAccept> smsendAnyAccept() {
        FilterRegistrationBean<AnyAccept> registration = new FilterRegistrationBean<>(new AnyAccept());
        registration.addUrlPatterns(BASE_PATH + "/*");
        return registration;
    }

    /** A message type smsend does not know (Skebby's GP, TI, SI) is refused naming smsend's: N, L, LL. */
    @Bean
    JsonMapperBuilderCustomizer smsendMessageTypes() {
        return builder -> ReadByJsonValue.readByName(builder, SmsMessageType.class);
    }
}
