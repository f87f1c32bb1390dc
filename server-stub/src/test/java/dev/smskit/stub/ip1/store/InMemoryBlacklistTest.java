package dev.smskit.stub.ip1.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.smskit.stub.ip1.BlacklistEntry;
import dev.smskit.stub.ip1.Refusal;
import org.junit.jupiter.api.Test;

class InMemoryBlacklistTest extends StoreFixture {

    @Test
    void numbersAreListedPerAccountUntilDeleted() {
        List<BlacklistEntry> added = account(ACCOUNT).blacklist().add(List.of(phone("+46701234567")));

        assertThat(account(ACCOUNT).blacklist().contains(phone("46701234567"))).isTrue();
        assertThat(account(OTHER).blacklist().contains(phone("+46701234567"))).isFalse();
        assertThat(account(OTHER).blacklist().delete(added.get(0).id())).isEmpty();
        assertThat(account(ACCOUNT).blacklist().entry(added.get(0).id())).hasValue(added.get(0));

        assertThat(account(ACCOUNT).blacklist().delete(added.get(0).id())).hasValue(added.get(0));
        assertThat(account(ACCOUNT).blacklist().contains(phone("+46701234567"))).isFalse();
        assertThat(account(ACCOUNT).blacklist().entries()).isEmpty();
    }

    @Test
    void aNumberListedAlreadyOrTwiceRefusesTheWholeRequest() {
        account(ACCOUNT).blacklist().add(List.of(phone("+46701234567")));

        assertThatThrownBy(() -> account(ACCOUNT).blacklist().add(List.of(
                phone("+46709876543"), phone("46701234567"), phone("+46709876543"))))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.problems()).containsExactly(
                        new Refusal.Problem(1, "Phone", "46701234567 is already on the blacklist."), // as sent
                        new Refusal.Problem(2, "Phone", "+46709876543 is already on the blacklist.")));
        assertThat(account(ACCOUNT).blacklist().entries()).hasSize(1);
    }
}
