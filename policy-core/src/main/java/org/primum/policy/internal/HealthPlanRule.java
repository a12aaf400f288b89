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
        ContextWindow.TriggerHit hit = (trigger, length, found) -> {
            ContextWindow.IdSpan id = digitGroupsAfter(post, found);
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

    /** Most digits a member number printed in groups holds (Australia's Medicare: 10 and an issue digit). */
    private static final int MAX_GROUPED_DIGITS = 14;

    /**
     * "member ID MO 4418 2207 91", "Medicaid ID MO 104 882 391", "Medicare no. 2123 45670 1": a card
     * prints the number in digit groups of one to five, one space apart, perhaps after the state's code.
     * Extends {@code id} over the groups that follow it while it is a state code or digit groups itself;
     * returns {@code id} unchanged otherwise.
     */
    private static ContextWindow.IdSpan digitGroupsAfter(AnalyzedPost post, ContextWindow.IdSpan id) {
        List<Token> tokens = post.tokens();
        String text = id.text();
        boolean groups = !text.isEmpty();
        for (String part : text.split(" ")) {
            groups &= (part.length() <= 5 && Validators.allDigits(part))
                    || (part.length() == 2 && Validators.STATES.contains(part));
        }
        if (!groups) { // a state code alone passes the loop too: "MO" is one two-letter state part
            return id;
        }
        int end = id.endToken();
        int digits = id.digits();
        while (end < tokens.size() && tokens.get(end).is(Kind.NUMBER) && tokens.get(end).length() <= 5
                && Validators.allDigits(tokens.get(end).text())
                && tokens.get(end).start() == tokens.get(end - 1).end() + 1
                && digits + tokens.get(end).length() <= MAX_GROUPED_DIGITS) {
            digits += tokens.get(end).length();
            end++;
        }
        if (end == id.endToken()) {
            return id;
        }
        int stop = tokens.get(end - 1).end();
        return new ContextWindow.IdSpan(id.firstToken(), end, id.start(), stop,
                post.normalized().substring(id.start(), stop));
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
