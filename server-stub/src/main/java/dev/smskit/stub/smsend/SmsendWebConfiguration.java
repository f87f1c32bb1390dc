package dev.smskit.stub.smsend;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.smskit.stub.smsend.api.AuthenticationApi;
import dev.smskit.stub.smsend.model.AddContactRequest;
import dev.smskit.stub.smsend.model.GroupRequest;
import dev.smskit.stub.smsend.model.SmsMessageType;
import dev.smskit.stub.smsend.model.SmsSendRequest;
import dev.smskit.stub.smsend.model.SmsToGroupsRequest;
import dev.smskit.stub.web.ReadByJsonValue;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

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

    /**
     * A field smsend does not know is a bad body (400), not something to drop silently: smsend's request
     * bodies are read by a mapper that fails on unknown properties, whatever the other APIs' bodies do.
     */
    @Bean
    ServerHttpMessageConvertersCustomizer smsendStrictBodies(JsonMapper jsonMapper) {
        JsonMapper strict = jsonMapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return converters -> converters.configureMessageConverters(converter -> {
            if (converter instanceof JacksonJsonHttpMessageConverter json) {
                List.of(GroupRequest.class, AddContactRequest.class, SmsSendRequest.class, SmsToGroupsRequest.class)
                        .forEach(type -> json.registerMappersForType(type,
                                mappers -> mappers.put(MediaType.APPLICATION_JSON, strict)));
            }
        });
    }
}
