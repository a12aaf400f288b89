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
 * Account numbers (Safe Harbor item 10): an identifier after "acct", "account #", "HAR",
 * "billing #" or "invoice #", and payment-card numbers (13 to 19 digits passing Luhn) anywhere.
 */
final class AccountRule implements Rule {

    private static final PhraseSet OPEN = PhraseSet.of(
            "acct", "acct#", "accts", "acct id", "account id", "account number", "account no", "acct no", "acct number", "har",
            "har #", "hospital account", "billing account", "guarantor account", "guarantor #", "bank account",
            "routing number", "credit card", "card number", "card ending", "account ending", "hsa account", "hsa acct",
            "fsa account", "fsa acct", "hsa #", "fsa #", "payment plan #", "payment plan no");
    private static final PhraseSet MARKED = PhraseSet.of(
            "account", "billing", "invoice", "bill", "statement", "guarantor", "card");
    /** Labels of registry numbers that can pass Luhn but are not cards. */
    private static final PhraseSet NOT_CARD = PhraseSet.of(
            "orcid", "doi", "isbn", "issn", "pmid", "pmcid", "nct", "npi", "imei", "upc", "gtin", "udi");
    private static final int CARD_GROUP_MIN = 3;
    private static final int CARD_GROUP_MAX = 6;

    @Override
    public String id() {
        return "phi.account";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Account numbers after acct/account #/HAR/billing #/invoice #, and Luhn-valid card numbers.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<int[]> seen = new ArrayList<>();
        ContextWindow.triggeredIds(post, OPEN, MARKED, (trigger, length, id) -> {
            if (!ContextWindow.idLike(id, 5, 24, 4) || departmentLine(post, trigger, length, id)) {
                return;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("introduced by '" + ContextWindow.phraseText(post, trigger, length) + "'");
            seen.add(new int[] {id.start(), id.end()});
            out.accept(detect(post, trigger, id.start(), id.end(), 0.85, reasons));
        });
        cards(post, seen, out);
    }

    /** Words that make what follows a number of the thing named: "billing #", "statement no.". */
    private static final java.util.Set<String> NUMBER_MARKERS = java.util.Set.of("#", "no", "nr", "num", "number",
            "id", "ref", "#:");
    /** A number written as a phone line is: "505-555-0188", "505.555.0188", "555-0140", "+1 505 555 0188". */
    private static final java.util.regex.Pattern PHONE_SHAPE = java.util.regex.Pattern.compile(
            "(?:\\+?1[-. ])?\\d{3}([-.])\\d{3}\\1\\d{4}|\\d{3}-\\d{4}");

    /**
     * "Billing: 505-555-0188 ext 3", "call Billing at 505-555-0188": a department word ("billing",
     * "statement") with no number marker, then a number in a phone's groups, is that department's
     * line, left to the phone rule. "Billing #: 505-555-0188" and "account 505-555-0188" stay accounts.
     */
    private static boolean departmentLine(AnalyzedPost post, int trigger, int length, ContextWindow.IdSpan id) {
        if (OPEN.matchAt(post, trigger) > 0 || post.lowerToken(trigger).equals("account")) {
            return false;
        }
        for (int k = trigger + length; k < id.firstToken(); k++) {
            if (NUMBER_MARKERS.contains(post.lowerToken(k))) {
                return false;
            }
        }
        return PHONE_SHAPE.matcher(id.text()).matches();
    }

    private void cards(AnalyzedPost post, List<int[]> seen, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Kind.NUMBER) || !cardChars(t.text())) {
                continue;
            }
            int end = i + 1;
            String first = t.text();
            if (Validators.allDigits(first) && first.length() >= CARD_GROUP_MIN && first.length() <= CARD_GROUP_MAX) {
                // 4111 1111 1111 1111: groups separated by single spaces
                while (end < tokens.size() && tokens.get(end).is(Kind.NUMBER)
                        && tokens.get(end).start() == tokens.get(end - 1).end() + 1
                        && Validators.allDigits(tokens.get(end).text())
                        && tokens.get(end).text().length() >= CARD_GROUP_MIN
                        && tokens.get(end).text().length() <= CARD_GROUP_MAX && end - i < 5) {
                    end++;
                }
            }
            int start = t.start();
            int stop = tokens.get(end - 1).end();
            String digits = Validators.digitsOf(post.normalized().substring(start, stop));
            if (!Validators.cardLike(digits) || ContextWindow.overlaps(seen, start, stop)
                    || ContextWindow.phraseBefore(post, NOT_CARD, i, 3)) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(digits.length() + "-digit number passing the Luhn check (card-like)");
            out.accept(detect(post, i, start, stop, 0.85, reasons));
            i = end - 1;
        }
    }

    private static boolean cardChars(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(Character.isDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }


    private static Detection detect(AnalyzedPost post, int token, int start, int end, double confidence,
            List<String> reasons) {
        if (ContextWindow.patient(post, token)) {
            confidence += 0.1;
            reasons.add("patient context in the same sentence");
        }
        if (Placeholders.dummy(post, post.normalized().substring(start, end)) || Placeholders.trainingRecord(post)) {
            confidence = 0.3;
            reasons.add("a dummy number or a test or training record");
        }
        return new Detection(FindingType.ACCOUNT, start, end, confidence,
                "Contains an account or card number. A patient's account number is a HIPAA identifier.",
                "Remove the account number; say 'the bill' or 'the account' instead.", reasons);
    }
}
