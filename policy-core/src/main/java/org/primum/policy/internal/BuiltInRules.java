package org.primum.policy.internal;

import java.util.List;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.spi.Rule;

/** Every built-in rule, in the order they run. Each is built once per checker. */
public final class BuiltInRules {

    private BuiltInRules() {}

    public static List<Rule> create(Policy policy) {
        return List.of(
                new PhoneRule(FindingType.PHONE),
                new PhoneRule(FindingType.FAX),
                new DateRule(),
                new AgeRule(),
                new NameRule(),
                new EmailRule(),
                new SsnRule(),
                new MrnRule(),
                new AccountRule(),
                new HealthPlanRule(),
                new LicenseRule(),
                new VehicleRule(),
                new DeviceRule(),
                new UrlRule(),
                new IpRule(),
                new OtherIdRule(),
                new AddressRule(),
                // judgment: patient context, re-identification, care relationships, advice
                new ContextualEntityRule(FindingType.NAME),
                new ContextualEntityRule(FindingType.LOCATION),
                ContextualEntityRule.personPlaces(),
                new StoryRule(policy),
                new CareRelationshipRule(),
                new QuasiIdentifierRule(policy, false),
                new QuasiIdentifierRule(policy, true),
                new AdviceRule(),
                new ForeignAdviceRule(),
                new AdviceWordingRule(policy),
                new DenyTermRule(policy),
                LanguageRule.INSTANCE);
    }
}
