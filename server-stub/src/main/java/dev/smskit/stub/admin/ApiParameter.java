package dev.smskit.stub.admin;

import dev.smskit.stub.admin.model.Api;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code ?api=} by the spec's values ({@code ip1}, {@code smsend}), not by the Java constant names. */
@Component
class ApiParameter implements Converter<String, Api> {

    @Override
    public Api convert(String value) {
        return Api.fromValue(value);
    }
}
