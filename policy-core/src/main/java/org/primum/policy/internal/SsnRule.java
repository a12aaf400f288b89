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
 * US Social Security numbers (Safe Harbor item 7): 3-2-4 digits joined by dashes or spaces, or a
 * bare 9-digit run when "SSN" or "social security" introduces it. Impossible numbers (area 000,
 * 666 or 900-999, group 00, serial 0000) and the well-known advertising and example numbers are
 * not reported.
 */
final class SsnRule implements Rule {

    private static final PhraseSet CONTEXT = PhraseSet.of(
            "ssn", "ssns", "ss", "ss#", "ssn#", "social security", "social security number", "social sec",
            "soc sec", "social", "ssa");
    private static final int CONTEXT_WINDOW = 6;

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
            if (!Validators.ssn(digits)) {
                continue;
            }
            boolean context = ContextWindow.phraseBefore(post, CONTEXT, i, CONTEXT_WINDOW);
            if (form.equals("bare") && !context) {
                continue;
            }
            out.accept(detect(post, i, start, stop, form, context));
            i = end - 1;
        }
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

    private Detection detect(AnalyzedPost post, int i, int start, int end, String form, boolean context) {
        List<String> reasons = new ArrayList<>();
        double confidence;
        switch (form) {
            case "dashed" -> {
                confidence = 0.85;
                reasons.add("3-2-4 digit pattern with valid SSN ranges");
            }
            case "spaced" -> {
                confidence = 0.6;
                reasons.add("3-2-4 digits separated by spaces, valid SSN ranges");
            }
            default -> {
                confidence = 0.8;
                reasons.add("9-digit number with valid SSN ranges");
            }
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
