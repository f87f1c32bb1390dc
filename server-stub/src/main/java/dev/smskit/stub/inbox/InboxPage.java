package dev.smskit.stub.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.ParameterizableViewController;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Serves the inbox page at {@code /_stub/inbox/}: its own files ({@code inbox/} on the classpath) and
 * Alpine.js from its WebJar, both inside the jar (no CDN). The page holds no secret, so it loads without
 * the control token; every call it makes to the control API carries the token (README "Inbox").
 */
@Configuration(proxyBeanMethods = false)
class InboxPage {

    static final String PATH = "/_stub/inbox/";
    private static final String ALPINE = "META-INF/resources/webjars/alpinejs/";

    @Bean
    HandlerMapping inboxHandlerMapping() {
        ResourceHttpRequestHandler files = new ResourceHttpRequestHandler();
        files.setLocations(List.of(new ClassPathResource("inbox/")));
        ResourceHttpRequestHandler alpine = new ResourceHttpRequestHandler();
        alpine.setLocations(List.of(new ClassPathResource(ALPINE + alpineVersion() + "/dist/")));
        try {
            files.afterPropertiesSet();
            alpine.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("inbox page files", e);
        }
        // relative links of the page need the trailing slash
        ParameterizableViewController toIndex = new ParameterizableViewController();
        toIndex.setView(new RedirectView(PATH, true));
        ParameterizableViewController index = new ParameterizableViewController();
        index.setViewName("forward:" + PATH + "index.html");
        return new SimpleUrlHandlerMapping(Map.of("/_stub/inbox", toIndex, PATH, index,
                PATH + "alpinejs/**", alpine, PATH + "**", files), Ordered.HIGHEST_PRECEDENCE);
    }

    /** The version of the Alpine.js WebJar on the classpath (the pom names it once). */
    private static String alpineVersion() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + ALPINE + "*/dist/cdn.min.js");
            if (found.length != 1) {
                throw new IllegalStateException("expected one Alpine.js WebJar on the classpath, found " + found.length);
            }
            String url = found[0].getURL().toString();
            int start = url.indexOf(ALPINE) + ALPINE.length();
            return url.substring(start, url.indexOf('/', start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
