package dev.smskit.stub.smsend;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.smskit.stub.smsend.api.AuthenticationApi;

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
        return keys.map(text -> SmsendErrors.plainText(HttpStatus.OK, text))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Credentials are incorrect"));
    }
}
