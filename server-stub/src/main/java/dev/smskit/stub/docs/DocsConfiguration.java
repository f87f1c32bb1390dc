package dev.smskit.stub.docs;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.ParameterizableViewController;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Serves the documentation site of the specs at {@code /docs/}: the specs module packages the stub's copy, whose
 * "try it out" calls this server, under {@code docs/} on the classpath. Its mapping is consulted before every
 * controller, so no catch-all of the stub can hide the pages.
 */
@Configuration(proxyBeanMethods = false)
class DocsConfiguration {

    static final String PATH = "/docs/";

    @Bean
    ResourceHttpRequestHandler docsFiles() {
        ResourceHttpRequestHandler files = new ResourceHttpRequestHandler();
        files.setLocations(List.of(new ClassPathResource("docs/")));
        files.setMediaTypes(Map.of("yaml", MediaType.parseMediaType("application/yaml")));
        return files;
    }

    @Bean
    HandlerMapping docsHandlerMapping(ResourceHttpRequestHandler docsFiles) {
        // relative links of the pages need the trailing slash
        ParameterizableViewController toIndex = new ParameterizableViewController();
        toIndex.setView(new RedirectView(PATH, true));
        ParameterizableViewController index = new ParameterizableViewController();
        index.setViewName("forward:" + PATH + "index.html");
        return new SimpleUrlHandlerMapping(
                Map.of("/docs", toIndex, PATH, index, PATH + "**", docsFiles), Ordered.HIGHEST_PRECEDENCE);
    }
}
