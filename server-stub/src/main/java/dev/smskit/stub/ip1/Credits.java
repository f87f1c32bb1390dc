package dev.smskit.stub.ip1;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.smskit.stub.web.StubError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What each IP1 account can still spend, in SEK: unlimited until a test sets a balance through the
 * control API. A send the balance does not cover is IP1's 403 [IP1 rest-api-implementations, the C#
 * example's comment on {@code sms/send}], and nothing of it is sent.
 */
@Component
public class Credits {

    private final Map<String, BigDecimal> balances = new ConcurrentHashMap<>();

    /** The balance left, empty when unlimited. */
    public Optional<BigDecimal> balance(String account) {
        return Optional.ofNullable(balances.get(account));
    }

    /** Sets the balance; {@code null} makes the credits unlimited again. */
    public void set(String account, @Nullable BigDecimal balance) {
        if (balance == null) {
            balances.remove(account);
        } else {
            balances.put(account, balance);
        }
    }

    /** Takes {@code cost} from the balance, or refuses the whole send with a 403 in the API's shape. */
    void charge(String account, BigDecimal cost) {
        balances.computeIfPresent(account, (ignored, left) -> {
            if (left.compareTo(cost) < 0) {
                throw StubError.of(HttpStatus.FORBIDDEN, "Insufficient credits: sending costs " + sek(cost)
                        + " SEK, the account has " + sek(left) + " SEK left.");
            }
            return left.subtract(cost);
        });
    }

    private static BigDecimal sek(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    void reset() {
        balances.clear();
    }

    void reset(String account) {
        balances.remove(account);
    }
}
