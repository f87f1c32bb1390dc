package dev.smskit.contract;

import static dev.smskit.contract.Wire.EXAMPLE_DATE_TIME;
import static dev.smskit.contract.Wire.json;
import static dev.smskit.contract.ConsumerPacts.interaction;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArray;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.smskit.ip1.v1.model.Group;
import dev.smskit.ip1.v1.model.GroupNew;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IP1 V1 groups ({@code /api/groups}): listing, creating one or several, reading, replacing and deleting one. */
class Ip1V1GroupsConsumerPactTest extends Ip1V1ConsumerPact {

    // ---- GET /api/groups

    @Pact(consumer = Api.CONSUMER)
    V4Pact listGroups(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.GROUP), "list the groups",
                request -> authorized(request.method("GET").path("/api/groups")),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArrayMinLike(1, groups -> groups.object(group -> group(group, "Customers", "#1e90ff"))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "listGroups")
    void listGroups(MockServer server) {
        List<Group> groups = ip1(server, API_KEY).groups().listGroups();

        assertThat(groups).isNotEmpty().allSatisfy(group -> {
            assertThat(group.getOwnerID()).isEqualTo(ACCOUNT);
            assertThat(group.getID()).isNotNull();
            assertThat(group.getCreated()).isNotNull();
        });
    }

    // ---- POST /api/groups

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroup(PactBuilder builder) {
        return interaction(builder, "create a group",
                request -> authorized(request.method("POST").path("/api/groups"))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody().stringValue("Name", "Customers").stringValue("Color", "#1e90ff")),
                response -> response.status(200).header("Content-Type", json()).body(group("Customers", "#1e90ff")));
    }

    @Test
    @PactTestFor(pactMethod = "createGroup")
    void createGroup(MockServer server) {
        Group created = ip1(server, API_KEY).createGroup(new GroupNew().name("Customers").color("#1e90ff"));

        assertThat(created.getID()).isEqualTo(GROUP_ID);
        assertThat(created.getName()).isEqualTo("Customers");
        assertThat(created.getContactsCount()).isZero();
        assertThat(created.getCreated()).isEqualTo(OffsetDateTime.parse(EXAMPLE_DATE_TIME));
    }

    @Pact(consumer = Api.CONSUMER)
    V4Pact createGroups(PactBuilder builder) {
        return interaction(builder, "create several groups at once",
                request -> authorized(request.method("POST").path("/api/groups").queryParameter("multiple", "true"))
                        .header("Content-Type", json())
                        .body(newJsonArray(groups -> groups
                                .object(group -> group.stringValue("Name", "Customers").stringValue("Color", "#1e90ff"))
                                .object(group -> group.stringValue("Name", "Suppliers").stringValue("Color", "#ff8c00"))).build()),
                response -> response.status(200).header("Content-Type", json())
                        .body(newJsonArray(groups -> groups
                                .object(group -> group(group, "Customers", "#1e90ff"))
                                .object(group -> group(group, "Suppliers", "#ff8c00"))).build()));
    }

    @Test
    @PactTestFor(pactMethod = "createGroups")
    void createGroups(MockServer server) {
        List<Group> created = ip1(server, API_KEY).createGroups(List.of(
                new GroupNew().name("Customers").color("#1e90ff"), new GroupNew().name("Suppliers").color("#ff8c00")));

        assertThat(created).extracting(Group::getName).containsExactly("Customers", "Suppliers");
    }

    // ---- GET /api/groups/{group}

    @Pact(consumer = Api.CONSUMER)
    V4Pact getGroup(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.GROUP), "get a group",
                request -> authorized(request.method("GET").path(groupPath())),
                response -> response.status(200).header("Content-Type", json()).body(group("Customers", "#1e90ff")));
    }

    @Test
    @PactTestFor(pactMethod = "getGroup")
    void getGroup(MockServer server) {
        Group group = ip1(server, API_KEY).groups().getGroup(GROUP_ID);

        assertThat(group.getID()).isEqualTo(GROUP_ID);
        assertThat(group.getColor()).isEqualTo("#1e90ff");
    }

    // ---- PUT /api/groups/{group}

    @Pact(consumer = Api.CONSUMER)
    V4Pact updateGroup(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.GROUP), "replace a group",
                request -> authorized(request.method("PUT").path(groupPath()))
                        .header("Content-Type", json())
                        .body(new PactDslJsonBody()
                                .valueFromProviderState("ID", "${groupId}", GROUP_ID)
                                .stringValue("Name", "Key customers")
                                .stringValue("Color", "#228b22")),
                response -> response.status(200).header("Content-Type", json()).body(group("Key customers", "#228b22")));
    }

    @Test
    @PactTestFor(pactMethod = "updateGroup")
    void updateGroup(MockServer server) {
        Group group = ip1(server, API_KEY).groups().updateGroup(GROUP_ID, groupUpdate("Key customers", "#228b22"));

        assertThat(group.getName()).isEqualTo("Key customers");
        assertThat(group.getColor()).isEqualTo("#228b22");
    }

    // ---- DELETE /api/groups/{group}

    @Pact(consumer = Api.CONSUMER)
    V4Pact deleteGroup(PactBuilder builder) {
        return interaction(builder.given(Ip1V1States.GROUP), "delete a group",
                request -> authorized(request.method("DELETE").path(groupPath())),
                response -> response.status(200).header("Content-Type", json()).body(group("Customers", "#1e90ff")));
    }

    @Test
    @PactTestFor(pactMethod = "deleteGroup")
    void deleteGroup(MockServer server) {
        Group deleted = ip1(server, API_KEY).groups().deleteGroup(GROUP_ID);

        assertThat(deleted.getID()).isEqualTo(GROUP_ID);
        assertThat(deleted.getName()).isEqualTo("Customers");
    }
}
