package dev.smskit.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.ip1.v2.model.ApiResponse;
import dev.smskit.ip1.v2.model.Message;
import dev.smskit.ip1.v2.model.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IP1 V2 conversations ({@code /v2/conversations/{participant}}): all messages, the sent (mt) and the received (mo), and their pages. */
class Ip1V2ConversationsConsumerPactTest extends Ip1V2ConsumerPact {

    @Pact(consumer = Api.CONSUMER)
    V4Pact readConversation(PactBuilder builder) {
        return interaction(builder.given(Ip1V2States.MESSAGES), "read a conversation",
                request -> authorized(request.method("GET").path("/v2/conversations/" + PARTICIPANT)),
                response -> messages(response, 50, "ASC", "first|last", link(0, 50, "ASC", "first"), link(0, 50, "ASC", "last")));
    }

    @Test
    @PactTestFor(pactMethod = "readConversation")
    void readConversation(MockServer server) {
        List<Message> messages = ip1(server, TOKEN).conversationMessages(PARTICIPANT).toList();

        assertThat(messages).isNotEmpty().allSatisfy(message -> {
            assertThat(message.getRecipient()).isEqualTo(PARTICIPANT);
            assertThat(message.getDirection()).isEqualTo(Message.DirectionEnum.MT);
            assertThat(message.getStatuses()).isNotEmpty();
        });
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readConversationPage(PactBuilder builder) {
        return interaction(builder.given(Ip1V2States.MESSAGES), "read the first page of a conversation, newest first",
                request -> authorized(request.method("GET").path("/v2/conversations/" + PARTICIPANT)
                        .queryParameter("start", "0").queryParameter("limit", "2").queryParameter("order", "DESC")),
                response -> messages(response, 2, "DESC", "first|next|last",
                        link(0, 2, "DESC", "first"), link(2, 2, "DESC", "next"), link(2, 2, "DESC", "last")));
    }

    @Test
    @PactTestFor(pactMethod = "readConversationPage")
    void readConversationPage(MockServer server) {
        // one page through the generated interface: the stream would follow rel="next" to the example's host
        ApiResponse<List<Message>> page = ip1(server, TOKEN).conversations()
                .getConversationMessagesWithHttpInfo(PARTICIPANT, 0, 2, SortOrder.DESC);

        assertThat(page.getData()).isNotEmpty();
        assertThat(String.join(",", page.getHeaders().get("Link"))).contains("rel=\"next\"");
    }

    // ---- the messages sent to (mt) and received from (mo) a participant

    @Pact(consumer = Api.CONSUMER)
    V4Pact readSentMessages(PactBuilder builder) {
        String path = "/v2/conversations/" + PARTICIPANT + "/mt";
        return interaction(builder.given(Ip1V2States.MESSAGES), "read the messages sent to a participant",
                request -> authorized(request.method("GET").path(path)),
                response -> page(response, path, 50, "ASC", "first|last",
                        List.of(link(path, 0, 50, "ASC", "first"), link(path, 0, 50, "ASC", "last")),
                        newJsonArrayMinLike(1, messages -> messages.object(m -> message(m, "ip1sms", PARTICIPANT, 0))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "readSentMessages")
    void readSentMessages(MockServer server) {
        assertThat(ip1(server, TOKEN).conversationMtMessages(PARTICIPANT).toList()).isNotEmpty()
                .allSatisfy(message -> assertThat(message.getDirection()).isEqualTo(Message.DirectionEnum.MT));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact readReceivedMessages(PactBuilder builder) {
        String path = "/v2/conversations/" + PARTICIPANT + "/mo";
        return interaction(builder.given(Ip1V2States.REPLY), "read the messages a participant sent",
                request -> authorized(request.method("GET").path(path)),
                response -> page(response, path, 50, "ASC", "first|last",
                        List.of(link(path, 0, 50, "ASC", "first"), link(path, 0, 50, "ASC", "last")),
                        newJsonArrayMinLike(1, messages -> messages.object(m -> message(m, PARTICIPANT, "ip1sms", 1))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "readReceivedMessages")
    void readReceivedMessages(MockServer server) {
        assertThat(ip1(server, TOKEN).conversationMoMessages(PARTICIPANT).toList()).isNotEmpty().allSatisfy(message -> {
            assertThat(message.getDirection()).isEqualTo(Message.DirectionEnum.MO);
            assertThat(message.getSender()).isEqualTo(PARTICIPANT);
        });
    }
}
