package org.primum.policy;

/**
 * What a finding found. The first eighteen are the span types of the labelled corpus format
 * (the HIPAA Safe Harbor identifiers that can appear in text); the rest describe judgments.
 */
public enum FindingType {
    NAME, LOCATION, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE,
    DEVICE, URL, IP, HANDLE, OTHER_ID,
    /** A combination of details that together could let someone recognise a patient. */
    QUASI_ID,
    /** Direct, personalised medical advice. */
    ADVICE,
    /** The post is in a language the policy does not cover, so it was not fully checked. */
    LANGUAGE,
    /** A term or pattern from the organisation's own rules. */
    CUSTOM;

    /** True for the types that name a Safe Harbor identifier span. */
    public boolean isIdentifier() {
        return ordinal() <= OTHER_ID.ordinal();
    }
}
