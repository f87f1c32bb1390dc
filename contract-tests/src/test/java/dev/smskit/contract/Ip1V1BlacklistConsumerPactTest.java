package dev.smskit.contract;

import static dev.smskit.contract.Wire.json;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArray;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.ip1.v1.model.BlacklistEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IP1 V1 blacklist ({@code /api/blacklist}). */
class Ip1V1BlacklistConsumerPactTest extends Ip1V1ConsumerPact {

    // ---- /api/blacklist

    @Pact(consumer = Api.CONSUMER)
    V4Pact listBlacklist(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.BLACKLISTED), "list the blacklist",
                request -> authorized(request.method("GET").path("/api/blacklist")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, entries -> entries.object(Ip1V1ConsumerPact::blacklistEntry)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listBlacklist")
    void listBlacklist(MockServer server) {
        assertThat(ip1(server, API_KEY).blacklist().listBlacklist()).extracting(BlacklistEntry::getPhone).contains(BLACKLISTED);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addToBlacklist(PactBuilder builder) {
        return interaction(builder, "blacklist a number",
                request -> authorized(request.method("POST").path("/api/blacklist")).header("Content-Type", json())
                        .body(blacklistEntryNew(BLACKLISTED)),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPact::blacklistEntry).build()));
    }

    @Test
    @PactTestFor(pactMethod = "addToBlacklist")
    void addToBlacklist(MockServer server) {
        BlacklistEntry entry = ip1(server, API_KEY).addToBlacklist(BLACKLISTED);

        assertThat(entry.getID()).isEqualTo(ENTRY_ID);
        assertThat(entry.getPhone()).isEqualTo(BLACKLISTED);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact addManyToBlacklist(PactBuilder builder) {
        return interaction(builder, "blacklist several numbers at once",
                request -> authorized(request.method("POST").path("/api/blacklist").queryParameter("multiple", "true"))
                        .header("Content-Type", json())
                        .body(newJsonArray(entries -> entries.object(entry -> entry.stringValue("Phone", BLACKLISTED))).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(entries -> entries.object(Ip1V1ConsumerPact::blacklistEntry)).build()));
    }

    @Test
    @PactTestFor(pactMethod = "addManyToBlacklist")
    void addManyToBlacklist(MockServer server) {
        assertThat(ip1(server, API_KEY).addToBlacklist(List.of(BLACKLISTED))).extracting(BlacklistEntry::getPhone)
                .containsExactly(BLACKLISTED);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact getBlacklistEntry(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.BLACKLISTED), "get a blacklist entry",
                request -> authorized(request.method("GET").path(entryPath())),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPact::blacklistEntry).build()));
    }

    @Test
    @PactTestFor(pactMethod = "getBlacklistEntry")
    void getBlacklistEntry(MockServer server) {
        assertThat(ip1(server, API_KEY).blacklist().getBlacklistEntry(ENTRY_ID).getPhone()).isEqualTo(BLACKLISTED);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteBlacklistEntry(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.BLACKLISTED), "remove a number from the blacklist",
                request -> authorized(request.method("DELETE").path(entryPath())),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonBody(Ip1V1ConsumerPact::blacklistEntry).build()));
    }

    @Test
    @PactTestFor(pactMethod = "deleteBlacklistEntry")
    void deleteBlacklistEntry(MockServer server) {
        assertThat(ip1(server, API_KEY).blacklist().deleteBlacklistEntry(ENTRY_ID).getID()).isEqualTo(ENTRY_ID);
    }
}
