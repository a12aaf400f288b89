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
 * Vehicle identifiers (Safe Harbor item 12): 17-character VINs with a valid check digit (or after
 * "VIN"), and licence plates after "plate", "tag" or "license plate" (or the post's language's word for a
 * plate or a registered vehicle: "matrícula", "immatriculée", "Kennzeichen").
 */
final class VehicleRule implements Rule {

    private static final PhraseSet VIN = PhraseSet.of("vin", "vin #", "vin number", "vehicle identification number");
    private static final PhraseSet PLATE = PhraseSet.of(
            "plate", "plates", "license plate", "licence plate", "plate number", "plate no", "tag number",
            "license plate number", "registration plate", "number plate", "reg plate", "tags");
    private static final PhraseSet TAG = PhraseSet.of("tag", "tag #", "tag no");
    /** "matrícula 4821 KMB", "immatriculée FG-482-KT", "Kennzeichen M-KL 4821", "targa AB 123 CD". */
    private static final java.util.Map<String, PhraseSet> PLATE_BY_LANGUAGE = ForeignPhi.withLabels(PLATE, "plate labels");

    @Override
    public String id() {
        return "phi.vehicle";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Vehicle identifiers: VINs with a valid check digit, licence plates after 'plate' or 'tag'.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Kind.ALNUM) || !Validators.vinShape(t.text())) {
                continue;
            }
            boolean context = ContextWindow.phraseBefore(post, VIN, i, 4);
            boolean check = Validators.vinCheck(t.text());
            if (!check && !context) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            double confidence;
            if (check) {
                confidence = context ? 0.95 : 0.9;
                reasons.add("17-character VIN with a valid check digit");
            } else {
                confidence = 0.65;
                reasons.add("17-character VIN format (check digit does not match)");
            }
            if (context) {
                reasons.add("introduced by 'VIN'");
            }
            out.accept(detect(post, i, t.start(), t.end(), confidence, reasons));
        }
        ContextWindow.triggeredIds(post, PLATE_BY_LANGUAGE.getOrDefault(post.language(), PLATE), null,
                (trigger, length, id) -> plate(post, trigger, length, id, false, out));
        ContextWindow.triggeredIds(post, TAG, null, (trigger, length, id) -> plate(post, trigger, length, id, true, out));
    }

    private void plate(AnalyzedPost post, int trigger, int length, ContextWindow.IdSpan first, boolean tag,
            Consumer<Detection> out) {
        ContextWindow.IdSpan state = null;
        List<Token> tokens = post.tokens();
        int head = first.firstToken();
        if (Validators.STATES.contains(tokens.get(head).text()) && head + 1 < tokens.size()
                && tokens.get(head + 1).start() == tokens.get(head).end() + 1 && isPiece(tokens.get(head + 1))) {
            state = ContextWindow.glued(post, head);
            first = ContextWindow.glued(post, head + 1);
        }
        ContextWindow.IdSpan id = withSecondPart(post, first);
        String chars = Validators.alnumUpper(id.text());
        int digits = Validators.countDigits(chars);
        int letters = chars.length() - digits;
        boolean shape = chars.length() >= 2 && chars.length() <= 8 && id.length() <= 10;
        // a plate mixes letters and digits, or (after "plate") is an all-capitals vanity plate
        boolean mixed = digits > 0 && letters > 0;
        boolean vanity = !tag && digits == 0 && chars.length() >= 4 && id.text().equals(chars);
        boolean number = !tag && letters == 0 && digits >= 4;
        if (!shape || !(mixed || vanity || number)) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("introduced by '" + ContextWindow.phraseText(post, trigger, length) + "'");
        if (state != null) {
            reasons.add("issuing state or province '" + state.text() + "' before the plate");
        }
        out.accept(detect(post, trigger, state != null ? state.start() : id.start(), id.end(), tag ? 0.7 : 0.8,
                reasons));
    }

    private static boolean isPiece(Token t) {
        return t.is(Kind.WORD) || t.is(Kind.NUMBER) || t.is(Kind.ALNUM);
    }

    /**
     * "ABC 1234", "5HJ 7720", "HJK 2291", "ZK 48213": a plate written in two short upper-case parts
     * separated by one space, which together hold five to eight characters mixing letters and digits.
     */
    private static ContextWindow.IdSpan withSecondPart(AnalyzedPost post, ContextWindow.IdSpan id) {
        List<Token> tokens = post.tokens();
        int next = id.endToken();
        // a first part of up to four characters, or a German district and letters joined by a hyphen ("HH-AB 1234")
        int firstLimit = id.text().indexOf('-') > 0 ? 6 : 4;
        if (id.length() > firstLimit || next >= tokens.size() || tokens.get(next).start() != id.end() + 1
                || !isPiece(tokens.get(next))) {
            return id;
        }
        ContextWindow.IdSpan second = ContextWindow.glued(post, next);
        String joined = Validators.alnumUpper(id.text() + second.text());
        int digits = Validators.countDigits(joined);
        boolean upper = (id.text() + second.text()).equals((id.text() + second.text()).toUpperCase(java.util.Locale.ROOT));
        if (second.length() > 5 || !upper || joined.length() < 5 || joined.length() > 8 || digits == 0
                || digits == joined.length()) {
            return id;
        }
        ContextWindow.IdSpan two = new ContextWindow.IdSpan(id.firstToken(), second.endToken(), id.start(), second.end(),
                post.normalized().substring(id.start(), second.end()));
        return withThirdPart(post, two, joined.length());
    }

    /** "FK 482 LM": an Italian or French plate written in three parts, letters on both ends. */
    private static ContextWindow.IdSpan withThirdPart(AnalyzedPost post, ContextWindow.IdSpan two, int chars) {
        List<Token> tokens = post.tokens();
        int next = two.endToken();
        if (next >= tokens.size() || tokens.get(next).start() != two.end() + 1 || !tokens.get(next).is(Kind.WORD)
                || tokens.get(next).length() > 3 || chars + tokens.get(next).length() > 8
                || !tokens.get(next).text().equals(tokens.get(next).text().toUpperCase(java.util.Locale.ROOT))
                || !Character.isDigit(two.text().charAt(two.text().length() - 1))
                || !Character.isLetter(two.text().charAt(0))) {
            return two;
        }
        return new ContextWindow.IdSpan(two.firstToken(), next + 1, two.start(), tokens.get(next).end(),
                post.normalized().substring(two.start(), tokens.get(next).end()));
    }

    /** A service's own vehicles: "our new rig", "the unit's ambulance", "fleet". */
    private static final PhraseSet FLEET = PhraseSet.of("rig", "new rig", "our ambulance", "our ambulances", "fleet",
            "our van", "our truck", "our mobile unit", "mobile clinic", "our bus", "squad car", "fire engine");

    private static Detection detect(AnalyzedPost post, int token, int start, int end, double confidence,
            List<String> reasons) {
        if (ContextWindow.patient(post, token)) {
            confidence += 0.05;
            reasons.add("patient context in the same sentence");
        } else if (FLEET.find(post, 0, post.tokens().size()) >= 0 || (PatientCues.colleagueNamed(post)
                && Lexicons.PATIENT_STRONG.find(post, 0, post.tokens().size()) < 0)) {
            confidence = Math.min(confidence, 0.4);
            reasons.add("an organisation's vehicle or a colleague's car, no patient in the post");
        }
        return new Detection(FindingType.VEHICLE, start, end, confidence,
                "Contains a vehicle identifier (VIN or licence plate). It can be traced to the owner.",
                "Remove the VIN or plate; 'his car' is enough.", reasons);
    }
}
