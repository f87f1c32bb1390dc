package dev.smskit.stub.ip1.v1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import dev.smskit.stub.ip1.v1.model.BlacklistEntry;
import dev.smskit.stub.ip1.v1.model.BlacklistEntryNew;
import dev.smskit.stub.ip1.v1.model.Contact;
import dev.smskit.stub.ip1.v1.model.ContactNew;
import dev.smskit.stub.ip1.v1.model.ContactUpdate;
import dev.smskit.stub.ip1.v1.model.Group;
import dev.smskit.stub.ip1.v1.model.GroupNew;
import dev.smskit.stub.ip1.v1.model.GroupUpdate;
import dev.smskit.stub.ip1.v1.model.Membership;
import dev.smskit.stub.ip1.v1.model.NKIUserNew;
import dev.smskit.stub.ip1.v1.model.OutgoingNKI;
import dev.smskit.stub.ip1.v1.model.OutgoingSMS;
import dev.smskit.stub.ip1.v1.model.ProcessedOutgoingSMS;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotEmptyDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rules of the real V1 API that its schema cannot express, added to the generated models without
 * editing them: ASP.NET's {@code [Required]} refuses empty strings, phones must be real numbers, a
 * sender must be a name or a number (V2 finds its conversations by it), a send needs recipients
 * (none of them null), and PUT ignores the read-only fields older clients echo back.
 */
@Configuration(proxyBeanMethods = false)
class V1Configuration {

    @Bean
    ValidationConfigurationCustomizer v1Constraints() {
        return configuration -> {
            if (!(configuration instanceof HibernateValidatorConfiguration hibernate)) {
                return;
            }
            ConstraintMapping mapping = hibernate.createConstraintMapping();
            mapping.type(GroupNew.class).getter("name").constraint(new NotBlankDef());
            mapping.type(GroupUpdate.class).getter("name").constraint(new NotBlankDef());
            mapping.type(OutgoingNKI.class)
                    .getter("users").constraint(new NotEmptyDef())
                    .containerElementType().constraint(new NotNullDef()) // [null] is no user
                    .getter("from").constraint(new NotBlankDef()).constraint(new GenericConstraintDef<>(Sender.class))
                    .getter("message").constraint(new NotBlankDef());
            mapping.type(NKIUserNew.class).getter("phone").constraint(new GenericConstraintDef<>(E164.class));
            mapping.type(ContactNew.class)
                    .getter("firstName").constraint(new NotBlankDef())
                    .getter("phone").constraint(new GenericConstraintDef<>(E164.class));
            mapping.type(ContactUpdate.class)
                    .getter("firstName").constraint(new NotBlankDef())
                    .getter("phone").constraint(new GenericConstraintDef<>(E164.class));
            mapping.type(BlacklistEntryNew.class).getter("phone").constraint(new GenericConstraintDef<>(E164.class));
            mapping.type(OutgoingSMS.class)
                    .getter("from").constraint(new NotBlankDef()).constraint(new GenericConstraintDef<>(Sender.class))
                    .getter("message").constraint(new NotBlankDef())
                    .getter("numbers").containerElementType()
                            .constraint(new NotNullDef()).constraint(new GenericConstraintDef<>(E164.class))
                    .getter("contacts").containerElementType().constraint(new NotNullDef())
                    .getter("groups").containerElementType().constraint(new NotNullDef());
            hibernate.addMapping(mapping);
        };
    }

    @Bean
    JsonMapperBuilderCustomizer v1LegacyFields() {
        return builder -> builder.addMixIn(GroupUpdate.class, GroupUpdateReadOnlyFields.class)
                .addMixIn(ContactUpdate.class, ContactUpdateReadOnlyFields.class);
    }

    /**
     * V1 answers carry every property of their schema, {@code null} when unset, as Json.NET writes an
     * ASP.NET Web API DTO; the official PHP SDK reads {@code BundleID} of every sent SMS.
     */
    @Bean
    JsonMapperBuilderCustomizer v1EveryProperty() {
        JsonInclude.Value always = JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
        return builder -> List.of(Group.class, Contact.class, Membership.class, BlacklistEntry.class, ProcessedOutgoingSMS.class)
                .forEach(answer -> builder.withConfigOverride(answer, override -> override.setInclude(always)));
    }

    /** Read-only fields of {@code Group} that clients such as the official PHP SDK send back on PUT. */
    @JsonIgnoreProperties({"OwnerID", "ContactsCount", "Created", "Modified", "Updated"})
    abstract static class GroupUpdateReadOnlyFields {
    }

    /** Read-only fields of {@code Contact} that clients send back on PUT. */
    @JsonIgnoreProperties({"OwnerID", "Created", "Modified"})
    abstract static class ContactUpdateReadOnlyFields {
    }
}
