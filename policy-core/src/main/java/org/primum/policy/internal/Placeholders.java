package org.primum.policy.internal;

/**
 * Identifiers that name no one: the dummy values systems and trainers use ({@code MRN 000000},
 * {@code 123456789}) and records in a post about a test, training or simulation patient.
 */
final class Placeholders {

    /** Words that say the record on show belongs to a test, training or simulated patient. */
    private static final PhraseSet TRAINING_RECORD = PhraseSet.of("test patient", "zztest", "zz test", "sandbox",
            "playground", "training environment", "training screenshot", "training slide", "training video",
            "orientation slide", "demo patient", "demo chart", "fake patient", "dummy patient", "sample patient",
            "sample chart", "simman", "sim man", "manikin", "mannequin", "sim lab", "simulation lab", "mock code",
            "placeholder", "not a real patient", "fictional", "fictitious", "made-up patient", "made up patient",
            "test chart", "test record", "test environment", "sample below", "is fake", "sample form", "example form",
            "mock record", "mock patient", "fake name", "sample name", "example patient");

    private Placeholders() {}

    /** True when the post shows a test, training or simulated patient's record. */
    static boolean trainingRecord(AnalyzedPost post) {
        return post.signals().memo("trainingRecord",
                () -> TRAINING_RECORD.find(post, 0, post.tokens().size()) >= 0);
    }

    /** {@code 000000}, {@code 9999999}, {@code XYZ000000000}: five or more digits, all the same. */
    static boolean dummyNumber(String s) {
        int count = 0;
        char first = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            if (count == 0) {
                first = c;
            } else if (c != first) {
                return false;
            }
            count++;
        }
        return count >= 5;
    }
}
