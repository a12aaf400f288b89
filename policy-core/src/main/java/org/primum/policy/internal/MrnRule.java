package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;

/**
 * Medical record numbers (Safe Harbor item 8): an identifier of 5 to 12 characters with at least
 * four digits right after "MRN", "medical record #", "chart #", "patient ID", "encounter" and
 * the like. Without such a trigger nothing is reported: a bare number is not an MRN.
 */
final class MrnRule implements Rule {

    private static final PhraseSet OPEN = PhraseSet.of(
            "mrn", "mrns", "mrn#", "med rec", "med rec #", "medical record number", "medical rec", "pt id",
            "patient id", "patient identifier", "hospital number", "hospital no",
            "hosp no", "encounter", "encounter id", "encounter #", "enc #", "csn", "fin", "fin #", "visit id",
            "mr number", "medical record no");
    private static final PhraseSet MARKED = PhraseSet.of(
            "chart", "record", "medical record", "mr", "hospital", "hosp", "pt", "patient");

    @Override
    public String id() {
        return "phi.mrn";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Medical record numbers introduced by MRN, chart #, medical record, patient ID or encounter.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        ContextWindow.triggeredIds(post, OPEN, MARKED, (trigger, length, id) -> {
            if (!ContextWindow.idLike(id, 5, 12, 4)) {
                return;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("introduced by '" + ContextWindow.phraseText(post, trigger, length) + "'");
            double confidence = 0.85;
            if (ContextWindow.patient(post, trigger)) {
                confidence += 0.1;
                reasons.add("patient context in the same sentence");
            }
            out.accept(new Detection(FindingType.MRN, id.start(), id.end(), confidence,
                    "Contains a medical record number. An MRN identifies the patient directly.",
                    "Remove the record number; describe the case without it.", reasons));
        });
    }
}
