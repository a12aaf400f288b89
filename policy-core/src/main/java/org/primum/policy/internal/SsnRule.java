package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * US Social Security numbers (Safe Harbor item 7): 3-2-4 digits joined by dashes or spaces, or a
 * bare 9-digit run when "SSN" or "social security" introduces it, and the last four digits after
 * "SSN ending" or "last 4 of her social". Without a cue, impossible numbers (area 000, 666 or
 * 900-999, group 00, serial 0000) and the well-known advertising and example numbers are not
 * reported; after an explicit cue they are, since a post cannot know that the number is fake.
 */
final class SsnRule implements Rule {

    private static final PhraseSet CONTEXT = PhraseSet.of(
            "ssn", "ssns", "ss", "ss#", "ssn#", "social security", "social security number", "social sec",
            "soc sec", "social", "ssa");
    /** Nouns after "social" that make it something other than a social security number. */
    private static final Set<String> NOT_SSN = Set.of("media", "work", "worker", "workers", "history", "hx",
            "services", "service", "determinants", "support", "supports", "isolation", "anxiety", "skills", "needs",
            "club", "event", "events", "network", "networks", "life", "situation", "distancing", "drinker",
            "smoker", "smile", "cues", "worker's", "care", "prescribing", "post", "posts", "feed", "team");
    /** What else has a "last four": cards, phones, accounts. */
    private static final PhraseSet OTHER_LAST_FOUR = PhraseSet.of("card", "visa", "mastercard", "amex", "credit",
            "debit", "phone", "cell", "number", "account", "acct", "member", "policy", "mrn", "chart", "vin", "plate",
            "serial", "license", "licence", "tracking", "order", "confirmation");

    /** "SSN ending in 4419", "last four of her social: 0632". */
    private static final PhraseSet LAST_FOUR = PhraseSet.of("ending", "ending in", "ends in", "ends with",
            "last 4", "last four", "last 4 digits", "last four digits", "last 4 of", "last four of");
    /** What may sit between a cue and the digits it introduces. */
    private static final Set<String> FILLERS = Set.of(":", "#", "-", "(", ")", "is", "was", "are", "were", "of",
            "her", "his", "their", "the", "=");
    /** Words that present a number as an example or a format, not as someone's. */
    private static final PhraseSet EXAMPLE = PhraseSet.of("e.g", "e.g.", "eg", "example", "examples", "for instance",
            "format", "formats", "sample", "fake", "dummy", "placeholder", "template", "such as", "looks like");
    private static final int CONTEXT_WINDOW = 10;
    /** A cue may sit in the sentence before the number ("someone left a social security card at triage. 078-..."). */
    private static final int CROSS_SENTENCE_WINDOW = 12;

    @Override
    public String id() {
        return "phi.ssn";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "US Social Security numbers (3-2-4 digits; a bare 9-digit number only after 'SSN' or 'social security').";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Kind.NUMBER) || gluedToPrevious(tokens, i)) {
                continue;
            }
            String text = t.text();
            int end = i + 1;
            String form;
            if (dashed(text)) {
                form = "dashed";
            } else if (text.length() == 3 && Validators.allDigits(text) && spacedRest(tokens, i)) {
                form = "spaced";
                end = i + 3;
            } else if (text.length() == 9 && Validators.allDigits(text)) {
                form = "bare";
            } else {
                continue;
            }
            if (end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end()
                    && tokens.get(end).kind() != Kind.PUNCT) {
                continue;
            }
            int start = t.start();
            int stop = tokens.get(end - 1).end();
            String digits = Validators.digitsOf(post.normalized().substring(start, stop));
            boolean context = cueBefore(post, i) || cueAfter(post, end);
            boolean valid = Validators.ssn(digits);
            if (!(valid || (context && possible(digits) && !example(post, i))) || (form.equals("bare") && !context)) {
                continue;
            }
            out.accept(detect(post, i, start, stop, form, context, valid));
            i = end - 1;
        }
        lastFour(post, out);
        frenchNir(post, out);
    }

    /** The French social security number's groups: sex, year, month, département, commune, order, key. */
    private static final int[] NIR_GROUPS = {1, 2, 2, 2, 3, 3, 2};
    /** Words that call a number a French social security number. */
    private static final PhraseSet NIR_CONTEXT = PhraseSet.of("nir", "vitale", "carte vitale", "sécu", "secu",
            "sécurité sociale", "securite sociale", "insee", "n° de sécu", "numéro de sécu", "cpam");

    /**
     * A French social security number (NIR) written in its seven groups ("2 85 07 75 112 034 56")
     * or as 15 digits: reported when its key (97 minus the first 13 digits modulo 97) is right, or
     * when the sentence calls it one ("carte Vitale", "sécu").
     */
    private void frenchNir(AnalyzedPost post, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Kind.NUMBER) || gluedToPrevious(tokens, i)) {
                continue;
            }
            int end = i + 1;
            String digits;
            if (t.length() == 15 && Validators.allDigits(t.text())) {
                digits = t.text();
            } else {
                StringBuilder b = new StringBuilder();
                int k = i;
                for (int size : NIR_GROUPS) {
                    if (k >= tokens.size() || !tokens.get(k).is(Kind.NUMBER) || tokens.get(k).length() != size
                            || !Validators.allDigits(tokens.get(k).text())
                            || (k > i && tokens.get(k).start() != tokens.get(k - 1).end() + 1)) {
                        b = null;
                        break;
                    }
                    b.append(tokens.get(k).text());
                    k++;
                }
                if (b == null) {
                    continue;
                }
                digits = b.toString();
                end = k;
            }
            int month = Integer.parseInt(digits.substring(3, 5));
            if ((digits.charAt(0) != '1' && digits.charAt(0) != '2') || month < 1 || (month > 12 && month < 20)) {
                continue;
            }
            boolean key = 97 - Long.parseLong(digits.substring(0, 13)) % 97 == Integer.parseInt(digits.substring(13));
            var sentence = post.sentences().get(t.sentence());
            boolean called = NIR_CONTEXT.find(post, sentence.firstToken(), sentence.endToken()) >= 0;
            if (!key && !called) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("French social security number (NIR) in its groups: sex, year and month of birth, place, order");
            reasons.add(key ? "its key matches" : "called a social security number in the sentence ('carte Vitale', 'sécu')");
            out.accept(new Detection(FindingType.SSN, t.start(), tokens.get(end - 1).end(), key ? 0.9 : 0.8,
                    "Contains a French social security number (NIR). It identifies a person directly.",
                    "Remove the number.", reasons));
            i = end - 1;
        }
    }

    /** "SSN ending in 4419", "last 4 of his SSN are 2291", "SSN ***-**-7710": four digits after both cues. */
    private void lastFour(AnalyzedPost post, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Kind.NUMBER) || t.length() != 4 || !Validators.allDigits(t.text())
                    || (i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
                            && !tokens.get(i + 1).is(Kind.PUNCT))) {
                continue;
            }
            boolean masked = masked(post, t.start());
            if (!masked && gluedToPrevious(tokens, i)) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && FILLERS.contains(post.lowerToken(k)) && !masked) {
                k--;
            }
            int sentence = t.sentence();
            int from = Math.max(post.sentences().get(sentence).firstToken(), i - 8);
            boolean ssnCue = false;
            boolean lastFourCue = masked;
            boolean adjacent = masked;
            for (int c = from; c < i; c++) {
                int len = ssnCue(post, c);
                if (len > 0 && c + len <= i) {
                    ssnCue = true;
                    adjacent |= c + len - 1 == k;
                }
                int last = LAST_FOUR.matchAt(post, c);
                if (last > 0 && c + last <= i) {
                    lastFourCue = true;
                    adjacent |= c + last - 1 == k;
                }
            }
            // at a registration desk "gave me last four 6620" means the SSN's, unless a card, phone or
            // account is named
            boolean implied = !ssnCue && lastFourCue && adjacent && PatientCues.inSentence(post, sentence)
                    && OTHER_LAST_FOUR.find(post, from, Math.min(post.sentences().get(sentence).endToken(), i + 4)) < 0;
            if (!(ssnCue || implied) || !lastFourCue || !adjacent) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(masked ? "the unmasked last four digits of an SSN" : "the last four digits of an SSN");
            double confidence = 0.8;
            if (implied) {
                confidence = 0.7;
                reasons.add("'last four' about a patient, with no card, phone or account named");
            }
            if (ContextWindow.patient(post, i)) {
                confidence += 0.05;
                reasons.add("patient context in the same sentence");
            }
            out.accept(new Detection(FindingType.SSN, t.start(), t.end(), confidence,
                    "Contains the last four digits of a Social Security number. With a name they identify the person.",
                    "Remove the digits; never post any part of an SSN.", reasons));
        }
    }

    /** {@code xxx-xx-} or {@code ***-**-} right before offset {@code at}. */
    private static boolean masked(AnalyzedPost post, int at) {
        String s = post.normalized();
        int p = at;
        int[] groups = {2, 3};
        for (int g : groups) {
            if (p > 0 && (s.charAt(p - 1) == '-' || s.charAt(p - 1) == ' ')) {
                p--;
            }
            for (int n = 0; n < g; n++) {
                if (p == 0 || "xX*•#".indexOf(s.charAt(p - 1)) < 0) {
                    return false;
                }
                p--;
            }
        }
        return p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1));
    }

    /** Length of an SSN cue at token {@code k}, or 0: "social" before "media" or "worker" is not one. */
    private static int ssnCue(AnalyzedPost post, int k) {
        int len = CONTEXT.matchAt(post, k);
        if (len == 1 && post.lowerToken(k).equals("social") && k + 1 < post.tokens().size()
                && NOT_SSN.contains(post.lowerToken(k + 1))) {
            return 0;
        }
        return len;
    }

    /** An SSN cue before token {@code i}: within six tokens of the sentence, or twelve across a sentence break. */
    private static boolean cueBefore(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int sentence = tokens.get(i).sentence();
        for (int k = i - 1; k >= Math.max(0, i - CROSS_SENTENCE_WINDOW); k--) {
            boolean same = tokens.get(k).sentence() == sentence;
            if ((same && k < i - CONTEXT_WINDOW) || tokens.get(k).sentence() < sentence - 1) {
                break;
            }
            int len = ssnCue(post, k);
            if (len > 0 && k + len <= i) {
                return true;
            }
        }
        return false;
    }

    /** "913-22-4410 (his SSN)": a cue within three tokens after, same sentence. */
    private static boolean cueAfter(AnalyzedPost post, int end) {
        List<Token> tokens = post.tokens();
        if (end >= tokens.size()) {
            return false;
        }
        int sentence = tokens.get(end - 1).sentence();
        for (int k = end; k < Math.min(tokens.size(), end + 3) && tokens.get(k).sentence() == sentence; k++) {
            if (ssnCue(post, k) > 0 && !post.lowerToken(k).equals("social")) {
                return true;
            }
        }
        return false;
    }

    /** "e.g. SSN 123-45-6789", "the SSN format": a number shown as an example, in the same sentence. */
    private static boolean example(AnalyzedPost post, int i) {
        var s = post.sentences().get(post.tokens().get(i).sentence());
        return EXAMPLE.find(post, s.firstToken(), s.endToken()) >= 0;
    }

    /** Nine digits with no all-zero field: the most a post can check once it is called an SSN. */
    private static boolean possible(String digits) {
        return digits.length() == 9 && !digits.startsWith("000") && !digits.startsWith("00", 3)
                && !digits.endsWith("0000");
    }

    private static boolean gluedToPrevious(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i - 1).kind() != Kind.PUNCT;
    }

    /** {@code 412-67-3380}. */
    private static boolean dashed(String s) {
        if (s.length() != 11 || s.charAt(3) != '-' || s.charAt(6) != '-') {
            return false;
        }
        return Validators.countDigits(s) == 9;
    }

    /** {@code 412 67 3380}: a 2-digit and a 4-digit number, each after a single space. */
    private static boolean spacedRest(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        Token b = tokens.get(i + 1);
        Token c = tokens.get(i + 2);
        return b.is(Kind.NUMBER) && c.is(Kind.NUMBER) && b.text().length() == 2 && c.text().length() == 4
                && Validators.allDigits(b.text()) && Validators.allDigits(c.text())
                && b.start() == tokens.get(i).end() + 1 && c.start() == b.end() + 1;
    }

    private Detection detect(AnalyzedPost post, int i, int start, int end, String form, boolean context,
            boolean valid) {
        List<String> reasons = new ArrayList<>();
        double confidence;
        String ranges = valid ? "valid SSN ranges" : "outside the issued SSN ranges or a published example number";
        switch (form) {
            case "dashed" -> {
                confidence = 0.85;
                reasons.add("3-2-4 digit pattern, " + ranges);
            }
            case "spaced" -> {
                confidence = 0.6;
                reasons.add("3-2-4 digits separated by spaces, " + ranges);
            }
            default -> {
                confidence = 0.8;
                reasons.add("9-digit number, " + ranges);
            }
        }
        if (!valid) {
            confidence -= 0.15;
            reasons.add("called an SSN in the post, and a reader cannot tell that it is not one");
        }
        if (context) {
            confidence += 0.1;
            reasons.add("introduced by 'SSN' or 'social security'");
        }
        if (ContextWindow.patient(post, i)) {
            confidence += 0.05;
            reasons.add("patient context in the same sentence");
        }
        return new Detection(FindingType.SSN, start, end, Math.min(1, confidence),
                "Contains what looks like a Social Security number. A patient's SSN is a HIPAA identifier.",
                "Remove the number entirely; never post any part of an SSN.", reasons);
    }
}
