package dev.smskit.stub.ip1.v2;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.smskit.stub.ip1.v2.model.BatchNew;
import dev.smskit.stub.ip1.v2.model.Datacoding;
import dev.smskit.stub.ip1.v2.model.SmsType;
import dev.smskit.stub.web.ReadByJsonValue;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotEmptyDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rules of the V2 batch request that its schema states in words, added to the generated model
 * without editing it: a body of only whitespace is refused, there must be a recipient (the
 * generated model starts with an empty list, so a missing {@code recipients} is empty, not null),
 * and no list holds {@code null}.
 */
@Configuration(proxyBeanMethods = false)
class V2Configuration {

    @Bean
    ValidationConfigurationCustomizer v2Constraints() {
        return configuration -> {
            if (!(configuration instanceof HibernateValidatorConfiguration hibernate)) {
                return;
            }
            ConstraintMapping mapping = hibernate.createConstraintMapping();
            mapping.type(BatchNew.class)
                    .getter("recipients").constraint(new NotEmptyDef())
                    .containerElementType().constraint(new NotNullDef()) // [null] is no recipient
                    .getter("body").constraint(new NotBlankDef())
                    .getter("deliveryWindows").containerElementType().constraint(new NotNullDef())
                    .getter("tags").containerElementType().constraint(new NotNullDef());
            hibernate.addMapping(mapping);
        };
    }

    /**
     * {@code type} and {@code datacoding} are read in any case, as ASP.NET Core's {@code JsonStringEnumConverter}
     * reads enum names: IP1's official C# sample (iP1SMS/ip1-samples, {@code BatchRequest.cs}) sends its C#
     * names {@code "SMS"}, {@code "Flash"}, {@code "UCS"}, {@code "GSM"}. Answers write the spec's names.
     */
    @Bean
    JsonMapperBuilderCustomizer v2EnumsInAnyCase() {
        JsonFormat.Value anyCase = JsonFormat.Value.empty().withFeature(JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES);
        return builder -> List.<Class<? extends Enum<?>>>of(SmsType.class, Datacoding.class).forEach(type -> {
            ReadByJsonValue.readByName(builder, type);
            builder.withConfigOverride(type, override -> override.setFormat(anyCase));
        });
    }
}
