package dev.smskit.stub.ip1.v2;

import dev.smskit.stub.ip1.v2.model.BatchNew;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotEmptyDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
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
}
