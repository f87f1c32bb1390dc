package dev.smskit.smsend;

import dev.smskit.smsend.model.ApiResponse;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Reads {@code String} answers as the plain text they are ({@code GET /login} answers
 * {@code text/plain} {@code USER_KEY;SESSION_KEY}, which is not JSON); every other type goes to the
 * generated JSON decoder.
 */
final class PlainTextDecoder implements Decoder {

    private final Decoder json;

    PlainTextDecoder(Decoder json) {
        this.json = json;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        boolean withHttpInfo = type instanceof ParameterizedType parameterized
                && parameterized.getRawType() == ApiResponse.class;
        Type bodyType = withHttpInfo ? ((ParameterizedType) type).getActualTypeArguments()[0] : type;
        if (bodyType != String.class) {
            return json.decode(response, type);
        }
        String text = null;
        if (response.body() != null) {
            try (Reader reader = response.body().asReader(response.charset())) {
                text = Util.toString(reader);
            }
        }
        return withHttpInfo ? new ApiResponse<>(response.status(), response.headers(), text) : text;
    }
}
