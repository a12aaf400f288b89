package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;

/**
 * Medical record numbers (Safe Harbor item 8): an identifier of 5 to 12 characters with at least
 * four digits right after "MRN", "medical record #", "chart #", "patient ID", "encounter" and
 * the like. Without such a trigger nothing is reported: a bare number is not an MRN.
 */
final class MrnRule implements Rule {

    private static final PhraseSet OPEN = PhraseSet.of(
            "mrn", "mrns", "mrn#", "med rec", "med rec #", "medical record number", "medical rec", "pt id",
            "patient id", "patient identifier", "hospital number", "hospital no",
            "hosp no", "encounter", "encounter id", "encounter #", "enc #", "csn", "fin", "fin #",
            "mr number", "medical record no", "ehr #", "ehr", "emr #", "emr", "med rec no", "hospital #",
            "chart no", "chart number", "mr", "emr id", "ehr id", "mrn id", "medical record #", "med rec id");
    private static final PhraseSet MARKED = PhraseSet.of(
            "chart", "record", "medical record", "mr", "hospital", "hosp", "pt", "patient");
    /** The triggers with a Spanish, French, Portuguese, German or Italian post's own ("NHC", "Fallnummer"). */
    private static final Map<String, PhraseSet> OPEN_BY_LANGUAGE = ForeignPhi.withLabels(OPEN, "record labels");

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
        ContextWindow.triggeredIds(post, OPEN_BY_LANGUAGE.getOrDefault(post.language(), OPEN), MARKED, (trigger, length, id) -> {
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
        listedRecordNumbers(post, out);
    }

    /**
     * "Marcus Hale #00517740 CHF exac": a rounding or census list, a name then a number sign and a
     * long number. Only in posts about patients.
     */
    private static void listedRecordNumbers(AnalyzedPost post, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token sign = tokens.get(i);
            Token number = tokens.get(i + 1);
            if (!sign.text().equals("#") || !number.is(Token.Kind.NUMBER) || number.start() != sign.end()
                    || number.length() < 6 || number.length() > 12 || !tokens.get(i - 1).isCapitalized()
                    || !tokens.get(i - 1).is(Token.Kind.WORD)) {
                continue;
            }
            if (!PatientCues.personal(post) && !ContextWindow.patient(post, i)) {
                continue;
            }
            out.accept(new Detection(FindingType.MRN, number.start(), number.end(), 0.75,
                    "Contains what looks like a medical record number next to a name.",
                    "Remove the record number; describe the case without it.",
                    List.of("a name followed by '#' and a " + number.length() + "-digit number, as in a patient list")));
        }
    }
}
