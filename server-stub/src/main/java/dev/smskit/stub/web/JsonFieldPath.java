package dev.smskit.stub.web;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;

/**
 * Names a field the way the client wrote it ({@code Users[0].Phone}, {@code id_group}), not by its
 * Java property: error answers must speak the API's JSON casing.
 */
public final class JsonFieldPath {

    private JsonFieldPath() {
    }

    /** The JSON path of a Bean Validation violation on a generated model ({@code users[0].phone} → {@code Users[0].Phone}). */
    public static String of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        Type type = violation.getRootBeanClass();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                type = elementType(type);
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    path.append('[').append(node.getKey()).append(']');
                }
            }
            String name = node.getName();
            if (node.getKind() != ElementKind.PROPERTY || name == null) {
                continue;
            }
            Method getter = getter(rawClass(type), name);
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(jsonName(getter, name));
            type = getter == null ? Object.class : getter.getGenericReturnType();
        }
        return path.toString();
    }

    /** The JSON path a Jackson error points at ({@code Users[0].Phone}), empty for the document itself. */
    public static String of(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The parameter a method-validation violation is about: the last node of its path. */
    public static String parameterName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static String jsonName(Method getter, String property) {
        JsonProperty annotation = getter == null ? null : getter.getAnnotation(JsonProperty.class);
        return annotation == null || annotation.value().isEmpty() ? property : annotation.value();
    }

    private static Method getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                return type.getMethod(prefix + suffix);
            } catch (NoSuchMethodException tryNext) {
                // not this accessor
            }
        }
        return null;
    }

    private static Type elementType(Type container) {
        if (container instanceof ParameterizedType parameterized) {
            Class<?> raw = rawClass(parameterized);
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
                return arguments[0];
            }
            if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                return arguments[1];
            }
        }
        Class<?> raw = rawClass(container);
        return raw.isArray() ? raw.getComponentType() : Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return rawClass(parameterized.getRawType());
        }
        return Object.class;
    }
}
