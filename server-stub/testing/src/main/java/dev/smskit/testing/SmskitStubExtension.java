package dev.smskit.testing;

import dev.smskit.ip1.v1.Ip1V1;
import dev.smskit.ip1.v2.Ip1V2;
import dev.smskit.smsend.Smsend;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;

/**
 * The JUnit 5 extension behind {@link SmskitStub}; register one built in code for settings known only
 * at run time:
 *
 * <pre>{@code
 * @RegisterExtension
 * static SmskitStubExtension stub = SmskitStubExtension.builder()
 *         .ip1Account("ip1-777", "key-777", "token-777")
 *         .delivery(DeliveryTiming.REAL)
 *         .build();
 * }</pre>
 *
 * Tests that share a stub must not run in parallel: each starts from a reset stub.
 */
public final class SmskitStubExtension implements BeforeAllCallback, BeforeEachCallback, TestInstancePostProcessor, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SmskitStubExtension.class);

    private final StubSettings configured;
    private volatile StubServer current;

    /** Used by {@link SmskitStub}: the settings come from the annotation. */
    public SmskitStubExtension() {
        this(null);
    }

    private SmskitStubExtension(StubSettings configured) {
        this.configured = configured;
    }

    /** @return a builder of an extension with the stub's defaults and instant delivery */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        StubServer server = server(context);
        current = server;
        inject(null, context.getRequiredTestClass(), server, true);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        inject(testInstance, testInstance.getClass(), server(context), false);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).control().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return supports(parameter.getParameter().getType(), parameter.isAnnotated(StubBaseUrl.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Object value = value(parameter.getParameter().getType(), server(context));
        if (value == null) {
            throw new ParameterResolutionException("the smskit stub provides no " + parameter.getParameter());
        }
        return value;
    }

    private static boolean supports(Class<?> type, boolean baseUrl) {
        return type == StubControl.class || type == Ip1V1.class || type == Ip1V2.class || type == Smsend.class
                || type == URI.class || (type == String.class && baseUrl);
    }

    private static Object value(Class<?> type, StubServer server) {
        if (type == StubControl.class) {
            return server.control();
        } else if (type == Ip1V1.class) {
            return server.ip1V1();
        } else if (type == Ip1V2.class) {
            return server.ip1V2();
        } else if (type == Smsend.class) {
            return server.smsend();
        } else if (type == URI.class) {
            return server.baseUrl();
        } else if (type == String.class) {
            return server.baseUrl().toString();
        }
        return null;
    }

    private static void inject(Object instance, Class<?> type, StubServer server, boolean statics) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(type, StubInject.class,
                field -> ModifierSupport.isStatic(field) == statics, HierarchyTraversalMode.TOP_DOWN);
        for (Field field : fields) {
            if (!supports(field.getType(), field.isAnnotationPresent(StubBaseUrl.class)) || Modifier.isFinal(field.getModifiers())) {
                throw new ExtensionConfigurationException("@StubInject field " + field + " must be non-final and of type StubControl, "
                        + "Ip1V1, Ip1V2, Smsend, URI or (with @StubBaseUrl) String");
            }
            try {
                field.setAccessible(true);
                field.set(instance, value(field.getType(), server));
            } catch (IllegalAccessException refused) {
                throw new ExtensionConfigurationException("cannot set " + field, refused);
            }
        }
    }

    /** The stub of this test: the class's own, or the JVM's one with these settings. */
    private StubServer server(ExtensionContext context) {
        StubSettings settings = settings(context);
        ExtensionContext scope = settings.perClass() ? classContext(context) : context.getRoot();
        return scope.getStore(NAMESPACE).getOrComputeIfAbsent(settings, StubServer::startFor, StubServer.class);
    }

    private StubSettings settings(ExtensionContext context) {
        if (configured != null) {
            return configured;
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            var annotation = AnnotationSupport.findAnnotation(type, SmskitStub.class);
            if (annotation.isPresent()) {
                return StubSettings.of(annotation.get());
            }
        }
        throw new ExtensionConfigurationException("SmskitStubExtension needs @SmskitStub on " + context.getRequiredTestClass()
                + ", or registration with @RegisterExtension of one made by SmskitStubExtension.builder()");
    }

    /** The outermost class context, so that @Nested classes share their enclosing class's stub. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext classContext = null;
        for (ExtensionContext at = context; at.getParent().isPresent(); at = at.getParent().get()) {
            if (at.getTestClass().isPresent() && at.getTestMethod().isEmpty()) {
                classContext = at;
            }
        }
        return Objects.requireNonNull(classContext, "no test class");
    }

    private StubServer current() {
        StubServer server = current;
        if (server == null) {
            throw new IllegalStateException("the smskit stub runs from the extension's beforeAll on: "
                    + "register this extension in a static field");
        }
        return server;
    }

    /** @return the stub's base URL, e.g. {@code http://127.0.0.1:41234} (once the stub runs) */
    public URI baseUrl() {
        return current().baseUrl();
    }

    /** @return the control handle of the running stub */
    public StubControl control() {
        return current().control();
    }

    /** @return an IP1 V1 client pointed at the stub, as its first account */
    public Ip1V1 ip1V1() {
        return current().ip1V1();
    }

    /** @return an IP1 V2 client pointed at the stub, with its first account's token */
    public Ip1V2 ip1V2() {
        return current().ip1V2();
    }

    /** @return an smsend client pointed at the stub, as its first user */
    public Smsend smsend() {
        return current().smsend();
    }

    /** @return how long the running stub took from its start to listening */
    public Duration startup() {
        return current().startup();
    }

    /** Settings of a stub, as on {@link SmskitStub}. */
    public static final class Builder {

        private boolean perClass;
        private final List<StubSettings.Ip1Account> ip1Accounts = new ArrayList<>();
        private final List<StubSettings.SmsendUser> smsendUsers = new ArrayList<>();
        private DeliveryTiming delivery = DeliveryTiming.INSTANT;
        private int port;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> properties = new ArrayList<>();
        private Duration startTimeout = StubSettings.DEFAULT_START_TIMEOUT;

        private Builder() {
        }

        /**
         * A stub of its own for the class, see {@link SmskitStub#perClass()}.
         *
         * @return this builder
         */
        public Builder perClass() {
            this.perClass = true;
            return this;
        }

        /**
         * Adds an IP1 account; the first replaces the stub's default accounts, see {@link SmskitStub#ip1Accounts()}.
         *
         * @param id     the account id
         * @param apiKey its V1 API key
         * @param token  its Bearer token
         * @return this builder
         */
        public Builder ip1Account(String id, String apiKey, String token) {
            ip1Accounts.add(new StubSettings.Ip1Account(id, apiKey, token));
            return this;
        }

        /**
         * Adds an smsend user; the first replaces the stub's default users, see {@link SmskitStub#smsendUsers()}.
         *
         * @param username the user name
         * @param password the password
         * @return this builder
         */
        public Builder smsendUser(String username, String password) {
            smsendUsers.add(new StubSettings.SmsendUser(username, password));
            return this;
        }

        /**
         * @param delivery {@link DeliveryTiming#INSTANT} (default) or {@link DeliveryTiming#REAL}
         * @return this builder
         */
        public Builder delivery(DeliveryTiming delivery) {
            this.delivery = Objects.requireNonNull(delivery, "delivery");
            return this;
        }

        /**
         * @param port a fixed port; 0 (default) for a free one
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * @param option an option of the stub's JVM, e.g. {@code -Xmx256m}
         * @return this builder
         */
        public Builder jvmOption(String option) {
            jvmOptions.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        /**
         * @param name  a setting of the stub, e.g. {@code smskit.stub.smsend.credits}
         * @param value its value
         * @return this builder
         */
        public Builder property(String name, String value) {
            properties.add(name + "=" + value);
            return this;
        }

        /**
         * @param startTimeout how long the stub may take to listen (default 120 s)
         * @return this builder
         */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        /** @return the extension, to register with {@code @RegisterExtension} on a static field */
        public SmskitStubExtension build() {
            return new SmskitStubExtension(new StubSettings(perClass, ip1Accounts, smsendUsers, delivery, port,
                    jvmOptions, properties, startTimeout));
        }
    }
}
