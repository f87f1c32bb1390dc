package dev.smskit.stub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Which API a path belongs to, and each API's error body. */
class ErrorShapeTest {

    private static final Map<String, List<String>> ERRORS = new LinkedHashMap<>(Map.of(
            "name", List.of("must not be null")));

    @ParameterizedTest
    @CsvSource({"/api/groups, IP1_V1", "/api, IP1_V1", "/apis, OTHER", "/v2/conversations/x, IP1_V2", "/v2, IP1_V2",
            "/v20, OTHER", "/API/v1.0/REST/group, SMSEND", "/API/v1.0/REST, SMSEND", "/api/v1.0/REST/group, IP1_V1",
            "/_stub/reset, OTHER", "/, OTHER"})
    void thePathPrefixChoosesTheShape(String path, ErrorShape shape) {
        assertThat(ErrorShape.of(path)).isEqualTo(shape);
    }

    @Test
    void v1AnswersMessageAndModelState() {
        ResponseEntity<Object> answer = answer(ErrorShape.IP1_V1);

        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(answer.getBody()).isEqualTo(Map.of("Message", "The request is invalid.", "ModelState", ERRORS));
    }

    @Test
    void smsendAnswersPlainTextNamingTheFields() {
        ResponseEntity<Object> answer = answer(ErrorShape.SMSEND);

        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(answer.getBody()).isEqualTo("The request is invalid. name: must not be null");
    }

    @Test
    void everythingElseAnswersProblemDetails() {
        ResponseEntity<Object> answer = answer(ErrorShape.IP1_V2);

        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).isEqualTo(Map.of("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                "title", "Bad Request", "status", 400, "detail", "The request is invalid.", "instance", "/v2/x",
                "errors", ERRORS));
    }

    private static ResponseEntity<Object> answer(ErrorShape shape) {
        return shape.answer(HttpStatus.BAD_REQUEST, "Bad Request", "The request is invalid.", ERRORS, new HttpHeaders(),
                "/v2/x");
    }
}
