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
 * Certificate and licence numbers (Safe Harbor item 11): DEA registrations by their check digit,
 * NPIs after "NPI" (a provider identifier, so reported with less confidence), and any identifier
 * after "driver's license", "DL #", "license #" or "certificate #".
 */
final class LicenseRule implements Rule {

    private static final PhraseSet DEA = PhraseSet.of("dea", "dea #", "dea number", "dea no", "dea reg");
    private static final PhraseSet NPI = PhraseSet.of("npi", "npi #", "npi number", "npi no");
    /** Triggers that only ever name a person's driver's licence or state id. */
    private static final PhraseSet DRIVER_ONLY = PhraseSet.of("driver's license", "drivers license",
            "driver license", "driver's licence", "drivers licence", "driver licence", "driving licence",
            "driving license", "dl", "dl#", "state id", "cdl", "commercial driver's license",
            "commercial drivers license", "commercial driver license");
    private static final PhraseSet OPEN = PhraseSet.union(DRIVER_ONLY, PhraseSet.of("license number",
            "licence number", "license no", "licence no", "lic", "lic #", "lic no", "state license", "medical license",
            "nursing license", "certificate number", "certificate no", "cert #", "cert no", "permit number", "dea",
            "license id", "cdl #", "cdl no"));
    private static final PhraseSet MARKED = PhraseSet.of("license", "licence", "certificate", "permit", "cert");
    /** Words of a driver's licence; its number may come a few words later ("a MD driver's license at the desk, K-512-..."). */
    private static final PhraseSet DRIVER = PhraseSet.union(DRIVER_ONLY, PhraseSet.of("license", "licence", "id card"));
    private static final java.util.Set<String> CREDENTIALED = java.util.Set.of("licensed", "accredited", "certified",
            "accreditation", "certification", "registered");
    private static final int DRIVER_BEFORE = 10;
    private static final int DRIVER_AFTER = 4;
    private static final int DRIVER_MIN_DIGITS = 7;
    private static final int DRIVER_MAX_DIGITS = 14;

    @Override
    public String id() {
        return "phi.license";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Licence and certificate numbers: DEA numbers by check digit, NPIs, driver's licence and licence # ids.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        List<Integer> done = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Kind.ALNUM) || !Validators.deaShape(t.text())) {
                continue;
            }
            boolean context = ContextWindow.phraseBefore(post, DEA, i, 4);
            boolean check = Validators.deaCheck(t.text());
            if (!check && !context) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            double confidence;
            if (check) {
                confidence = context ? 0.95 : 0.8;
                reasons.add("DEA number format with a valid check digit");
            } else {
                confidence = 0.6;
                reasons.add("DEA number format (check digit does not match)");
            }
            if (context) {
                reasons.add("introduced by 'DEA'");
            }
            done.add(t.start());
            out.accept(detect(post, i, t.start(), t.end(), confidence, reasons));
        }
        ContextWindow.triggeredIds(post, NPI, null, (trigger, length, id) -> {
            String digits = id.text();
            if (!Validators.npi(digits)) {
                return;
            }
            done.add(id.start());
            List<String> reasons = new ArrayList<>();
            reasons.add("10-digit NPI with a valid check digit, introduced by 'NPI'");
            reasons.add("an NPI identifies a provider rather than a patient");
            boolean personal = PatientCues.personal(post);
            if (!personal) {
                reasons.add("no patient or other person in the post: an organisation's or clinician's NPI");
            }
            out.accept(detect(post, trigger, id.start(), id.end(), personal ? 0.6 : 0.4, reasons));
        });
        ContextWindow.triggeredIds(post, OPEN, MARKED, (trigger, length, id) -> {
            if (done.contains(id.start()) || !ContextWindow.idLike(id, 5, 24, 4)) {
                return;
            }
            done.add(id.start());
            List<String> reasons = new ArrayList<>();
            reasons.add("introduced by '" + ContextWindow.phraseText(post, trigger, length) + "'");
            double confidence = 0.85;
            if (DRIVER_ONLY.find(post, trigger, trigger + length) < 0 && organisationsCredential(post, trigger)) {
                confidence = 0.4;
                reasons.add("the organisation speaks for itself and no person is in the post: its own licence");
            }
            out.accept(detect(post, trigger, id.start(), id.end(), confidence, reasons));
        });
        driverLicenceNumbers(post, done, out);
        stateLicences(post, done, out);
    }

    /**
     * A licence the writer's organisation holds: the post speaks as "we" or the sentence carries a
     * credentialing word ("licensed", "accredited", "certified"), and nothing in the post points at a
     * person (patient cue, family role, he/she, a given name, a title).
     */
    private static boolean organisationsCredential(AnalyzedPost post, int trigger) {
        int sentence = post.tokens().get(trigger).sentence();
        var s = post.sentences().get(sentence);
        boolean voice = Words.anyIn(post, 0, post.tokens().size(), Words.FIRST_PLURAL)
                || Words.anyIn(post, s.firstToken(), s.endToken(), CREDENTIALED);
        return voice && !PatientCues.personal(post) && !ContextWindow.patient(post, trigger);
    }

    /**
     * State driver's licence formats near a licence word, same sentence: one or two letters, then
     * 7 to 14 digits in groups ({@code K-512-338-907-114}, {@code S530 4127 8812 07}, {@code B1234567}).
     */
    private static void driverLicenceNumbers(AnalyzedPost post, List<Integer> done, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean candidate = t.is(Kind.ALNUM) || (t.is(Kind.WORD) && t.length() <= 2);
            if (!candidate || (i > 0 && tokens.get(i - 1).end() == t.start() && !tokens.get(i - 1).is(Kind.PUNCT))) {
                continue;
            }
            int[] span = driverShape(post, i);
            if (span == null || done.contains(t.start())) {
                continue;
            }
            int cue = driverCue(post, i, span[0]);
            if (cue < 0) {
                continue;
            }
            done.add(t.start());
            List<String> reasons = new ArrayList<>();
            reasons.add("a state driver's licence format (letter and digit groups) near '"
                    + ContextWindow.phraseText(post, cue, DRIVER.matchAt(post, cue)) + "'");
            out.accept(detect(post, i, t.start(), tokens.get(span[0] - 1).end(), 0.8, reasons));
            i = span[0] - 1;
        }
    }

    /**
     * "WA license WDLK7X4902BN", "TX DL 41220937", "WA DL SMITHJQ512RT": a state's code, a licence word,
     * then an identifier of 7 to 16 characters with three digits or more, whatever its state's letter pattern.
     */
    private static void stateLicences(AnalyzedPost post, List<Integer> done, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.length() != 2 || !Validators.STATES.contains(t.text())) {
                continue;
            }
            int len = DRIVER.matchAt(post, i + 1);
            if (len == 0) {
                continue;
            }
            ContextWindow.IdSpan id = ContextWindow.idAfter(post, i + 1 + len, false);
            // three digits: Washington's older numbers are name letters, three digits and two check characters
            if (id == null || done.contains(id.start()) || !ContextWindow.idLike(id, 7, 16, 3)) {
                continue;
            }
            done.add(id.start());
            List<String> reasons = new ArrayList<>();
            reasons.add("after '" + ContextWindow.phraseText(post, i, len + 1) + "'");
            out.accept(detect(post, i, id.start(), id.end(), 0.85, reasons));
        }
    }

    /** End token of a licence-shaped run starting at {@code i} (letters, then digit groups), or null. */
    private static int[] driverShape(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        ContextWindow.IdSpan id = ContextWindow.glued(post, i);
        String s = id.text();
        int letters = 0;
        while (letters < s.length() && Character.isLetter(s.charAt(letters))) {
            letters++;
        }
        if (letters == 0 || letters > 2 || !Character.isUpperCase(s.charAt(0)) || Validators.countLetters(s) != letters) {
            return null;
        }
        int digits = id.digits();
        int end = id.endToken();
        // "S530 4127 8812 07": digit groups separated by single spaces
        while (end < tokens.size() && tokens.get(end).is(Kind.NUMBER) && Validators.allDigits(tokens.get(end).text())
                && tokens.get(end).start() == tokens.get(end - 1).end() + 1 && tokens.get(end).length() <= 5
                && digits + tokens.get(end).length() <= DRIVER_MAX_DIGITS) {
            digits += tokens.get(end).length();
            end++;
        }
        return digits >= DRIVER_MIN_DIGITS && digits <= DRIVER_MAX_DIGITS ? new int[] {end} : null;
    }

    /** A driver's licence word within ten tokens before or four after, same sentence; not "license plate". */
    private static int driverCue(AnalyzedPost post, int first, int end) {
        List<Token> tokens = post.tokens();
        int sentence = tokens.get(first).sentence();
        for (int k = Math.max(0, first - DRIVER_BEFORE); k < Math.min(tokens.size(), end + DRIVER_AFTER); k++) {
            if ((k >= first && k < end) || tokens.get(k).sentence() != sentence) {
                continue;
            }
            int len = DRIVER.matchAt(post, k);
            if (len > 0 && !(k + len < tokens.size() && post.lowerToken(k + len).startsWith("plate"))) {
                return k;
            }
        }
        return -1;
    }

    private static Detection detect(AnalyzedPost post, int token, int start, int end, double confidence,
            List<String> reasons) {
        if (ContextWindow.patient(post, token)) {
            confidence += 0.05;
            reasons.add("patient context in the same sentence");
        }
        return new Detection(FindingType.LICENSE, start, end, confidence,
                "Contains a licence or certificate number (driver's licence, DEA, NPI or similar). It identifies a person.",
                "Remove the licence number.", reasons);
    }
}
