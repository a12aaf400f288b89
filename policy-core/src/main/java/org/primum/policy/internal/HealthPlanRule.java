package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Health plan beneficiary numbers (Safe Harbor item 9): Medicare Beneficiary Identifiers by their
 * format alone, and any identifier after "member ID", "subscriber ID", "policy #", "group #",
 * "Medicaid #" or "insurance ID".
 */
final class HealthPlanRule implements Rule {

    private static final PhraseSet OPEN = PhraseSet.of(
            "member id", "member identifier", "subscriber id", "insurance id", "insurance number",
            "medicaid id", "medicare id", "medicare number", "medicaid number", "mbi", "hicn", "hic",
            "beneficiary id", "plan id", "policy id", "policy number", "policy no", "group id", "group number",
            "group no", "insurance member id", "health plan id", "id card", "ohip", "ohip #", "ohip number",
            "health card", "health card number", "health card #", "bic", "medi-cal bic", "medicaid #", "medicare #",
            "medicare no", "medicaid no", "member #", "member no", "member number", "subscriber #");
    /** Insurers and programmes whose name followed by "ID" or "#" introduces a member number. */
    static final List<String> INSURERS = List.of(
            "bcbs", "blue cross", "blue shield", "aetna", "cigna", "humana", "uhc", "united healthcare",
            "unitedhealthcare", "anthem", "kaiser", "tricare", "medi-cal", "chip", "molina", "centene", "wellcare",
            "ambetter", "oscar", "ins", "insurance card", "medicare advantage", "medigap");
    private static final PhraseSet INSURER_IDS = insurerIds();
    private static final PhraseSet MARKED = PhraseSet.of(
            "member", "subscriber", "policy", "group", "medicaid", "medicare", "insurance", "plan", "beneficiary");

    @Override
    public String id() {
        return "phi.health_plan";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Health plan numbers: Medicare MBIs by format, and ids after member ID, policy #, Medicaid # etc.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Integer> mbiStarts = new ArrayList<>();
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(Kind.ALNUM) && mbiText(t.text())) {
                mbiStarts.add(t.start());
                List<String> reasons = new ArrayList<>();
                reasons.add("Medicare Beneficiary Identifier format (11 characters, position rules)");
                out.accept(detect(post, i, t.start(), t.end(), 0.9, reasons));
            }
        }
        List<Integer> done = new ArrayList<>(mbiStarts);
        ContextWindow.TriggerHit hit = (trigger, length, id) -> {
            if (done.contains(id.start()) || !ContextWindow.idLike(id, 5, 24, 4)) {
                return;
            }
            done.add(id.start());
            List<String> reasons = new ArrayList<>();
            reasons.add("introduced by '" + ContextWindow.phraseText(post, trigger, length) + "'");
            out.accept(detect(post, trigger, id.start(), id.end(), 0.85, reasons));
        };
        ContextWindow.triggeredIds(post, OPEN, MARKED, hit);
        ContextWindow.triggeredIds(post, INSURER_IDS, null, hit);
    }

    private static PhraseSet insurerIds() {
        List<String> phrases = new ArrayList<>();
        for (String insurer : INSURERS) {
            phrases.add(insurer + " id");
            phrases.add(insurer + " member id");
            phrases.add(insurer + " #");
            phrases.add(insurer + " no");
            phrases.add(insurer + " number");
        }
        return PhraseSet.of(phrases);
    }

    /** {@code 5TW2QJ8KD06} or {@code 2HN7-RC3-AY41}. */
    private static boolean mbiText(String s) {
        if (s.length() == 13) {
            if (s.charAt(4) != '-' || s.charAt(8) != '-') {
                return false;
            }
        } else if (s.length() != 11) {
            return false;
        }
        return Validators.mbi(Validators.alnumUpper(s));
    }

    private static Detection detect(AnalyzedPost post, int token, int start, int end, double confidence,
            List<String> reasons) {
        if (ContextWindow.patient(post, token)) {
            confidence += 0.05;
            reasons.add("patient context in the same sentence");
        }
        if (Placeholders.dummy(post, post.normalized().substring(start, end)) || Placeholders.trainingRecord(post)) {
            confidence = 0.3;
            reasons.add("a dummy number or a test or training record");
        }
        return new Detection(FindingType.HEALTH_PLAN, start, end, confidence,
                "Contains a health plan or insurance member number. It identifies the patient.",
                "Remove the member number; 'her insurer' is enough.", reasons);
    }
}
