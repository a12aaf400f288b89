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
            "chart no", "chart number", "mr", "emr id", "ehr id", "mrn id", "medical record #", "med rec id",
            "enc", "enc#", "empi", "mpi", "patient number", "patient #", "pt #", "med record", "med record #",
            "medical records number", "m.r.n", "m.r.n.", "m.r.n #");
    /** Record words that need a number sign, except before a long number about a patient. */
    private static final PhraseSet BARE = PhraseSet.of("chart", "record", "medical record", "hospital", "hosp",
            "hospital id", "hosp id", "registration number", "registration #", "reg #", "unit number", "unit #",
            "unit no");
    /** Labels that can only mean a medical record number, whatever words follow them. */
    private static final PhraseSet LOOSE_LABELS = PhraseSet.of("mrn", "mrns", "mrn#", "medical record number",
            "csn", "empi");
    private static final java.util.Set<String> OTHER_LABELS = java.util.Set.of("dob", "d.o.b", "ssn", "phone", "cell",
            "tel", "acct", "account", "npi", "dea", "fax", "born", "claim", "member", "policy", "csn", "fin", "mrn");
    private static final int LOOSE_WINDOW = 7;
    private static final List<String> GLUED_LABELS = List.of("mrn", "csn", "fin", "enc", "empi");
    private static final PhraseSet TAIL = PhraseSet.of("ending", "ending in", "ends in", "ending with", "last 4",
            "last four", "last 4 digits", "last four digits");
    private static final java.util.Set<String> TAIL_FILLERS = java.util.Set.of(":", "#", "is", "are", "-", "=");
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
        List<Integer> seen = new ArrayList<>();
        ContextWindow.triggeredIds(post, OPEN_BY_LANGUAGE.getOrDefault(post.language(), OPEN), MARKED, (trigger, length, id) -> {
            if (!ContextWindow.idLike(id, 5, 12, 4)) {
                return;
            }
            seen.add(id.start());
            List<String> reasons = new ArrayList<>();
            reasons.add("introduced by '" + ContextWindow.phraseText(post, trigger, length) + "'");
            double confidence = 0.85;
            if (ContextWindow.patient(post, trigger)) {
                confidence += 0.1;
                reasons.add("patient context in the same sentence");
            }
            if (Placeholders.dummy(post, id.text()) || Placeholders.trainingRecord(post)) {
                confidence = 0.3;
                reasons.add("a dummy number or a test or training record");
            }
            out.accept(new Detection(FindingType.MRN, id.start(), id.end(), confidence,
                    "Contains a medical record number. An MRN identifies the patient directly.",
                    "Remove the record number; describe the case without it.", reasons));
        });
        // "pulled up chart 00482913 for the pt": without a number sign, a long number in a sentence
        // about a patient
        ContextWindow.triggeredIds(post, BARE, null, (trigger, length, id) -> {
            if (seen.contains(id.start()) || !longNumber(id.text()) || !ContextWindow.idLike(id, 6, 12, 6)
                    || !ContextWindow.patient(post, trigger)) {
                return;
            }
            seen.add(id.start());
            out.accept(new Detection(FindingType.MRN, id.start(), id.end(), 0.8,
                    "Contains a medical record number. An MRN identifies the patient directly.",
                    "Remove the record number; describe the case without it.",
                    List.of("a long number after '" + ContextWindow.phraseText(post, trigger, length)
                            + "' in a sentence about a patient")));
        });
        labelThenNumber(post, seen, out);
        listedRecordNumbers(post, out);
        lastDigits(post, out);
        gluedOrTrailingLabels(post, out);
    }

    /** Six to twelve digits, perhaps after one or two letters: the shape of a record number. */
    private static boolean longNumber(String s) {
        return Validators.countDigits(s) >= 6 && Validators.countLetters(s) <= 2
                && Validators.countDigits(s) + Validators.countLetters(s) == s.length();
    }

    /**
     * "the MRN on her band read 00482913", "her MRN? 00482913": an unambiguous record label and a
     * long number a few words after it, with no other identifier's label between.
     */
    private static void labelThenNumber(AnalyzedPost post, List<Integer> seen, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int len = LOOSE_LABELS.matchAt(post, i);
            if (len == 0) {
                continue;
            }
            for (int k = i + len; k < Math.min(tokens.size(), i + len + LOOSE_WINDOW); k++) {
                Token t = tokens.get(k);
                if (OTHER_LABELS.contains(post.lowerToken(k)) || t.text().equals(".") || t.text().equals("!")) {
                    break;
                }
                if ((t.is(Token.Kind.NUMBER) || t.is(Token.Kind.ALNUM)) && longNumber(t.text())
                        && t.length() <= 12 && !seen.contains(t.start())) {
                    seen.add(t.start());
                    boolean person = ContextWindow.patient(post, i) || PatientCues.personal(post);
                    out.accept(new Detection(FindingType.MRN, t.start(), t.end(), person ? 0.8 : 0.45,
                            "Contains a medical record number. An MRN identifies the patient directly.",
                            "Remove the record number; describe the case without it.",
                            List.of("a long number a few words after '" + ContextWindow.phraseText(post, i, len) + "'")));
                    break;
                }
            }
        }
    }

    /**
     * "MRN00482913", "CSN1029384756": a label glued to its digits; "#00482913 (MRN)": the label in
     * brackets after the number.
     */
    private static void gluedOrTrailingLabels(AnalyzedPost post, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String label = null;
            if (t.is(Token.Kind.ALNUM)) {
                String lower = post.lowerText(t);
                for (String prefix : GLUED_LABELS) {
                    if (lower.startsWith(prefix) && lower.length() - prefix.length() >= 5
                            && lower.length() - prefix.length() <= 12 && Validators.allDigits(lower.substring(prefix.length()))) {
                        label = prefix;
                    }
                }
            } else if (t.is(Token.Kind.NUMBER) && t.length() >= 5 && t.length() <= 12 && Validators.allDigits(t.text())
                    && PhiContext.is(post, i + 1, "(") && PhiContext.is(post, i + 3, ")")
                    && OPEN.matchAt(post, i + 2) == 1) {
                label = post.lowerToken(i + 2);
            }
            if (label == null) {
                continue;
            }
            double confidence = ContextWindow.patient(post, i) || PatientCues.personal(post) ? 0.85 : 0.5;
            out.accept(new Detection(FindingType.MRN, t.start(), t.end(), confidence,
                    "Contains a medical record number. An MRN identifies the patient directly.",
                    "Remove the record number; describe the case without it.",
                    List.of("a record number labelled '" + label + "'")));
        }
    }

    /** "MRN ending 4471", "MRN ending in 902", "mrn last 4 is 1902": the tail of a record number. */
    private static void lastDigits(AnalyzedPost post, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int len = OPEN.matchAt(post, i);
            int tail = len == 0 ? 0 : TAIL.matchAt(post, i + len);
            if (tail == 0) {
                continue;
            }
            int k = i + len + tail;
            while (k < tokens.size() && TAIL_FILLERS.contains(post.lowerToken(k))) {
                k++;
            }
            if (k >= tokens.size() || !tokens.get(k).is(Token.Kind.NUMBER) || tokens.get(k).length() < 3
                    || tokens.get(k).length() > 4 || !Validators.allDigits(tokens.get(k).text())) {
                continue;
            }
            out.accept(new Detection(FindingType.MRN, tokens.get(k).start(), tokens.get(k).end(),
                    ContextWindow.patient(post, i) || PatientCues.personal(post) ? 0.8 : 0.45,
                    "Contains the last digits of a medical record number. With other details they identify the patient.",
                    "Remove the digits; describe the case without them.",
                    List.of("the last digits after '" + ContextWindow.phraseText(post, i, len + tail) + "'")));
            i = k;
        }
    }

    /**
     * "Marcus Hale #00517740 CHF exac": a rounding or census list, a name then a number sign and a
     * long number. Only in posts about patients.
     */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("irb", "nct", "po", "req", "requisition",
            "job", "grant", "protocol", "study", "ticket", "invoice", "order", "lot", "batch", "ref", "issue", "pr",
            "award", "contract", "project", "suite", "ext", "model", "version", "release", "form", "policy", "item");

    private static void listedRecordNumbers(AnalyzedPost post, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token sign = tokens.get(i);
            Token number = tokens.get(i + 1);
            boolean bracketed = sign.text().equals("(") && PhiContext.is(post, i + 2, ")")
                    && Validators.allDigits(number.text()); // "Mr. Lee (00482913)", not "(312-555-0148)"
            if (!(sign.text().equals("#") || bracketed) || !number.is(Token.Kind.NUMBER) || number.start() != sign.end()
                    || number.length() < 6 || number.length() > 12 || !tokens.get(i - 1).isCapitalized()
                    || !tokens.get(i - 1).is(Token.Kind.WORD) || NOT_NAMES.contains(post.lowerToken(i - 1))) {
                continue; // (not "IRB #2024-0931", "PO #448812")
            }
            if (!PatientCues.personal(post) && !ContextWindow.patient(post, i)) {
                continue;
            }
            out.accept(new Detection(FindingType.MRN, number.start(), number.end(), 0.75,
                    "Contains what looks like a medical record number next to a name.",
                    "Remove the record number; describe the case without it.",
                    List.of("a name followed by a " + number.length() + "-digit number ('#' or brackets), as in a patient list")));
        }
    }
}
