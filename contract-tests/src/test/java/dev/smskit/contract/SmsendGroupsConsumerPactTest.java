package dev.smskit.contract;

import static dev.smskit.contract.ConsumerPacts.interaction;
import static dev.smskit.contract.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.smsend.model.ApiResponse;
import dev.smskit.smsend.model.GroupSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** smsend groups ({@code /group}, {@code /groups}) and the contacts in them ({@code /group/{group_id}/contact/{contact_id}}). */
class SmsendGroupsConsumerPactTest extends SmsendConsumerPact {

    // ---- POST /group

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroup(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.USER), "create a group",
                request -> authenticated(groupCreation(request, "VIP customers"), Credentials.ACCESS_TOKEN),
                response -> located(response.status(201), "/group/\\d+", "/group/" + GROUP_ID));
    }

    @Test
    @PactTestFor(pactMethod = "createGroup")
    void createGroup(MockServer server) {
        assertThat(smsend(server, Credentials.ACCESS_TOKEN).createGroup(groupRequest("VIP customers"))).isEqualTo(GROUP_ID);
    }

    // ---- PUT /group/{group_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact modifyGroup(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.GROUP), "modify a group",
                request -> authenticated(request.method("PUT").path(groupPath("")), Credentials.ACCESS_TOKEN)
                        .header("Content-Type", json()).body(groupBody("VIP customers 2027")),
                response -> located(response.status(200), "/group/\\d+", "/group/" + GROUP_ID));
    }

    @Test
    @PactTestFor(pactMethod = "modifyGroup")
    void modifyGroup(MockServer server) {
        ApiResponse<Void> modified = smsend(server, Credentials.ACCESS_TOKEN).contactsGroups()
                .modifyGroupWithHttpInfo(GROUP_ID, groupRequest("VIP customers 2027"));

        assertThat(modified.getHeaders().get("Location")).containsExactly("/group/" + GROUP_ID);
    }

    // ---- DELETE /group/{group_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteGroup(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.GROUP), "delete a group and its contacts",
                request -> authenticated(request.method("DELETE").path(groupPath("")).queryParameter("deletecontacts", "true"),
                        Credentials.ACCESS_TOKEN),
                response -> response.status(200));
    }

    @Test
    @PactTestFor(pactMethod = "deleteGroup")
    void deleteGroup(MockServer server) {
        assertThat(smsend(server, Credentials.ACCESS_TOKEN).contactsGroups().deleteGroupWithHttpInfo(GROUP_ID, "true")
                .getStatusCode()).isEqualTo(200);
    }

    // ---- GET /groups

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroups(PactBuilder builder) {
        return listGroups(builder, "list the groups", Credentials.ACCESS_TOKEN);
    }

    @Test
    @PactTestFor(pactMethod = "listGroups")
    void listGroups(MockServer server) {
        assertGroups(smsend(server, Credentials.ACCESS_TOKEN).listGroups(5).toList());
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroupsWithSessionKey(PactBuilder builder) {
        return listGroups(expectLogin(builder), "list the groups with a session key", Credentials.SESSION_KEY);
    }

    @Test
    @PactTestFor(pactMethod = "listGroupsWithSessionKey")
    void listGroupsWithSessionKey(MockServer server) {
        // logs in for a session key on the first call, then sends user_key and Session_key
        assertGroups(smsend(server, "test", "test").listGroups(5).toList());
    }

    private static V4Pact listGroups(PactBuilder builder, String description, Credentials credentials) {
        return interaction(builder.given(SmsendStates.GROUP), description,
                request -> authenticated(request.method("GET").path(BASE + "/groups")
                        .queryParameter("pageNumber", "1").queryParameter("pageSize", "5"), credentials),
                response -> response.status(200).header("Content-Type", json()).body(new PactDslJsonBody()
                        .minArrayLike("groups", 1)
                        .stringMatcher("id_group", "\\d+", String.valueOf(GROUP_ID))
                        .stringValue("group_name", "VIP customers")
                        .stringValue("group_description", "Customers with a yearly turnover above 10k")
                        .closeObject().closeArray().asBody()
                        .integerType("pageNumber", 1)
                        .integerType("pageSize", 5)
                        .integerType("Total", 1)));
    }

    private static void assertGroups(List<GroupSummary> groups) {
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.getIdGroup()).isEqualTo(String.valueOf(GROUP_ID));
            assertThat(group.getGroupName()).isEqualTo("VIP customers");
        });
    }

    // ---- POST and DELETE /group/{group_id}/contact/{contact_id}

    @Pact(consumer = Api.CONSUMER)
    V4Pact addContactToGroup(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.GROUP_AND_CONTACT), "add a contact to a group",
                request -> authenticated(membershipChange(request, "POST", true), Credentials.ACCESS_TOKEN),
                response -> located(response.status(200), "/contact/\\d+", "/contact/" + CONTACT_ID));
    }

    @Test
    @PactTestFor(pactMethod = "addContactToGroup")
    void addContactToGroup(MockServer server) {
        ApiResponse<Void> added = smsend(server, Credentials.ACCESS_TOKEN).contactsGroups()
                .addContactToGroupWithHttpInfo(GROUP_ID, CONTACT_ID);

        assertThat(added.getHeaders().get("Location")).containsExactly("/contact/" + CONTACT_ID);
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact removeContactFromGroup(PactBuilder builder) {
        return interaction(builder.given(SmsendStates.MEMBER), "remove a contact from a group",
                request -> authenticated(membershipChange(request, "DELETE", true), Credentials.ACCESS_TOKEN),
                response -> located(response.status(200), "/contact/\\d+", "/contact/" + CONTACT_ID));
    }

    @Test
    @PactTestFor(pactMethod = "removeContactFromGroup")
    void removeContactFromGroup(MockServer server) {
        ApiResponse<Void> removed = smsend(server, Credentials.ACCESS_TOKEN).contactsGroups()
                .removeContactFromGroupWithHttpInfo(GROUP_ID, CONTACT_ID);

        assertThat(removed.getHeaders().get("Location")).containsExactly("/contact/" + CONTACT_ID);
    }
}
