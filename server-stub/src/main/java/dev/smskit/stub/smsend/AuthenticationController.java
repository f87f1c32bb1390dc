package dev.smskit.stub.smsend;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.smskit.stub.smsend.api.AuthenticationApi;
import dev.smskit.stub.web.ErrorShape;
import dev.smskit.stub.web.StubError;

/** {@code GET /login} and {@code GET /token}: the keys every other call needs, as {@code text/plain}. */
@RestController
@RequestMapping(SmsendWebConfiguration.BASE_PATH)
class AuthenticationController implements AuthenticationApi {

    private final Sessions sessions;

    AuthenticationController(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public ResponseEntity<String> login(String username, String password) {
        return keys(sessions.login(username, password));
    }

    @Override
    public ResponseEntity<String> token(String username, String password) {
        return keys(sessions.token(username, password));
    }

    private static ResponseEntity<String> keys(Optional<String> keys) {
        return keys.map(text -> ResponseEntity.ok().contentType(ErrorShape.TEXT_PLAIN).body(text))
                .orElseThrow(() -> StubError.of(HttpStatus.NOT_FOUND, "Credentials are incorrect"));
    }
}
