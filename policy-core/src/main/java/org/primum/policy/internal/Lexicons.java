package org.primum.policy.internal;

/**
 * The shipped lexicons (resource files under {@code org/primum/policy/lexicon/}), compiled once
 * per JVM. Each file carries its own version line; see the files for sources and omissions.
 */
final class Lexicons {

    static final PhraseSet DRUGS = PhraseSet.lexicon("drugs.txt", null);
    static final PhraseSet CONDITIONS = PhraseSet.lexiconExcept("symptoms_conditions.txt", "rare");
    static final PhraseSet RARE_CONDITIONS = PhraseSet.lexicon("symptoms_conditions.txt", "rare");
    static final PhraseSet TESTS_PROCEDURES = PhraseSet.lexicon("tests_procedures.txt", null);
    static final PhraseSet DOSE_UNITS = PhraseSet.lexicon("dose_units.txt", null);
    static final PhraseSet SCHEDULES = PhraseSet.lexiconExcept("schedules.txt", "loose (ambiguous alone)");
    static final PhraseSet LOOSE_SCHEDULES = PhraseSet.lexicon("schedules.txt", "loose (ambiguous alone)");
    static final PhraseSet TREATMENT_VERBS = PhraseSet.lexicon("treatment_verbs.txt", null);
    static final PhraseSet PATIENT_STRONG = PhraseSet.lexicon("patient_context.txt", "strong");
    static final PhraseSet PATIENT_WEAK = PhraseSet.lexicon("patient_context.txt", "weak");
    static final PhraseSet NON_PATIENT = PhraseSet.lexicon("non_patient_context.txt", null);
    static final PhraseSet TEACHING = PhraseSet.lexicon("non_patient_context.txt", "teaching");
    static final PhraseSet OCCUPATIONS = PhraseSet.lexicon("occupations.txt", null);
    static final PhraseSet FAMILY_ROLES = PhraseSet.lexicon("family_roles.txt", null);
    static final PhraseSet UNUSUAL_EVENTS = PhraseSet.lexicon("unusual_events.txt", null);
    static final PhraseSet TIMING = PhraseSet.lexicon("timing.txt", null);
    static final PhraseSet DIRECTIVES = PhraseSet.lexicon("advice_directives.txt", "second_person");
    static final PhraseSet DIAGNOSIS = PhraseSet.lexicon("advice_directives.txt", "diagnosis");
    static final PhraseSet SAFE = PhraseSet.lexicon("advice_directives.txt", "safe");
    static final PhraseSet GIVEN_NAMES = PhraseSet.lexicon("given_names.txt", null);
    /** Place names; two-letter postal codes are left out because most are also words (in, or, me). */
    static final PhraseSet PLACES = PhraseSet.of(PhraseSet.readLexicon("places.txt", null).keySet().stream()
            .filter(k -> k.length() > 2).toList());
    static final PhraseSet CAPITALIZED_NON_NAMES = PhraseSet.lexicon("stopwords_capitalized.txt", null);

    private Lexicons() {}
}
