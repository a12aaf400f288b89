package org.primum.policy.internal;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Telephone and fax numbers (Safe Harbor items 4 and 5), found by libphonenumber in candidate
 * regions: runs of number tokens and phone punctuation holding 7 to 15 digits. One instance
 * reports phones, another faxes: a number with {@code fax} just before it is a fax.
 */
final class PhoneRule implements Rule {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhraseSet FAX = PhraseSet.of("fax", "faxed", "faxing", "faxes", "fax#", "facsimile",
            "fx", "f :", "f/");
    /** Words that say the number is a voice line even when "fax" came earlier in the sentence. */
    private static final PhraseSet VOICE = PhraseSet.of("phone", "cell", "call", "called", "text", "mobile",
            "tel", "ph", "number is", "reached");
    /** Calls to action and service words: a number introduced by these is an organisation's line. */
    private static final PhraseSet ORGANISATION_LINE = PhraseSet.of(
            "call us", "call our", "text us", "text our", "reach us", "reach our", "contact us", "contact our",
            "book", "book with", "scheduling", "appointments", "appointment line", "hotline", "helpline",
            "main line", "our line", "our number", "our office", "our clinic", "our team", "front desk",
            "main number", "switchboard", "questions?", "referrals", "call center", "nurse line", "crisis line",
            "lifeline", "toll-free", "toll free", "register", "rsvp", "tickets", "hours", "poison control",
            "patient relations", "patient advocate", "refill line", "press", "media", "walk-in", "walk-ins",
            // a label for information in other languages: "Información: 509-555-0138", "Dúvidas: (19) 5555-0142"
            "información", "informacion", "informes", "más información", "dúvidas", "duvidas", "informações",
            "renseignements", "auskunft");

    /** Labels of other identifiers: a number after them is that identifier, not a phone. */
    private static final PhraseSet ID_LABEL = PhraseSet.of(
            "npi", "mrn", "mrn #", "mr #", "acct", "acct #", "account #", "account no", "account number", "har", "ssn",
            "auth #", "auth no", "auth", "prior auth", "authorization", "ref #", "ref no", "reference #",
            "ticket #", "ticket", "order #", "confirmation #", "requisition", "specimen", "accession", "report #",
            "member id", "patient id", "pt id", "employee id", "student id", "id #", "id no", "id number",
            "claim #", "claim no", "claim id", "case #", "case no", "case number", "policy #", "policy no",
            "policy number", "serial", "sn", "s/n", "udi", "dea", "license #", "license no", "dl", "vin",
            "invoice #", "chart #", "medical record", "encounter", "medicaid #", "medicaid id", "medicare #",
            "medicare id", "subscriber id", "ref #", "ref no", "ticket #", "rx", "rx #", "rx no", "prescription",
            "script", "nhs", "nhs no", "nhs number", "chi", "ohip", "health card", "enc", "csn", "fin", "empi", "bic",
            "medical record number", "med rec", "claim", "policy", "member", "medicare", "medicaid", "account",
            "run #", "run no", "run number", "trip #", "trip no", "incident #", "incident no");

    private static final Pattern DATE_OR_RANGE =
            Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{4}"
                    + "|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})? ?- ?\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?");

    /** Calls the writer made or will make to someone: the number after them is that person's. */
    private static final PhraseSet OUTBOUND = PhraseSet.of("called", "we called", "we've called", "i called",
            "i've called", "tried", "we tried", "tried him at", "tried her at", "tried them at", "called him at",
            "called her at", "called them at", "texted", "texted her at", "texted him at", "left a voicemail at",
            "left a message at", "voicemail at", "call you at", "call you on", "reach you at", "text you at",
            "called you at", "reached him at", "reached her at");

    /** Nouns for a line someone owns: "Maria's cell", "his daughter's work number". */
    private static final PhraseSet LINE_NOUNS = PhraseSet.of("fax", "fax line", "cell", "phone", "number", "line",
            "landline", "mobile", "home phone", "work phone", "pager");

    /** Possessives that make a line someone's own, not an organisation's. */
    private static final java.util.Set<String> PERSONAL_OWNERS = java.util.Set.of("his", "her", "their", "my", "your",
            "ur", "pt's", "patient's", "mom's", "dad's");
    /** "the clinic's number", "the hospital's fax": an organisation's line. */
    private static final java.util.Set<String> ORG_OWNERS = java.util.Set.of("clinic", "hospital", "office", "practice",
            "pharmacy", "unit", "department", "dept", "center", "centre", "lab", "team", "floor", "ward", "desk",
            "station", "company", "county", "state", "city", "school", "church", "organization", "org", "nurse",
            "line", "service");

    private static final PhraseSet PHONE_WORDS = PhraseSet.of("call", "phone", "cell", "number", "ph", "tel",
            "text", "mobile", "home", "work", "fax", "#", ":", "at", "reach", "dial");
    private static final java.util.Set<String> CALL_VERBS = java.util.Set.of("call", "dial", "text", "phone",
            "reach", "contact", "ring", "tel", "ph", "telephone",
            // the same calls to action in Spanish, French, Portuguese, German and Italian
            "llame", "llama", "llámenos", "llamar", "marque", "appelez", "appeler", "composez", "ligue", "liga",
            "ligar", "anrufen", "rufen", "chiamate", "chiami", "chiamare");

    private static final java.util.Set<String> LABEL_FILLERS = java.util.Set.of("#", ":", "no", ".", ",", "number",
            "num", "nbr", "is", "was", "-", "(", "#:");

    /** Countries whose national numbers start with a trunk 0, tried when a number is not North American. */
    private static final List<String> TRUNK_ZERO_REGIONS = List.of("GB", "IE", "AU", "NZ", "IN", "DE", "FR");

    private static final java.util.Set<String> DIGIT_WORDS = java.util.Set.of("zero", "oh", "o", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine");

    private final FindingType type;

    PhoneRule(FindingType type) {
        this.type = type;
    }

    @Override
    public String id() {
        return type == FindingType.FAX ? "phi.fax" : "phi.phone";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return type == FindingType.FAX
                ? "Fax numbers (a number introduced by 'fax'), found with libphonenumber."
                : "Telephone numbers in US and international formats, found with libphonenumber.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is(Kind.NUMBER)) {
                continue;
            }
            int end = regionEnd(post, i);
            if (letterPrefixed(tokens, i)) {
                i = end - 1; // "WC-2024-118803", "CLM-312-555-0148": the digits of a lettered identifier
                continue;
            }
            int first = i;
            // "(312) 555-0148" and "+1 ..." keep their opening sign; "(312-555-0148)" is a number in brackets
            boolean areaCode = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(")")
                    && Validators.countDigits(tokens.get(i).text()) <= 4 && !yearShaped(tokens.get(i).text());
            if (i > 0 && ((tokens.get(i - 1).text().equals("(") && areaCode) || tokens.get(i - 1).text().equals("+"))
                    && tokens.get(i - 1).end() == tokens.get(i).start()) {
                first = i - 1;
                if (first > 0 && tokens.get(first).text().equals("(") && tokens.get(first - 1).text().equals("+")) {
                    first--;
                }
            }
            int digits = 0;
            for (int k = first; k < end; k++) {
                digits += Validators.countDigits(tokens.get(k).text());
            }
            if (digits >= 7 && digits <= 17) {
                scan(post, first, end, out);
            }
            i = end - 1;
        }
        if (type == FindingType.PHONE) {
            spelledNumbers(post, out);
        }
    }

    /**
     * "five five five, oh one two six": seven to eleven digits read out as words, with commas,
     * hyphens or dots between groups. Only about a person; a read-out number is never a clinic's
     * printed line.
     */
    private void spelledNumbers(AnalyzedPost post, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!DIGIT_WORDS.contains(post.lowerToken(i))) {
                continue;
            }
            int count = 0;
            int last = i;
            int k = i;
            while (k < tokens.size() && count <= 11) {
                String w = post.lowerToken(k);
                if (DIGIT_WORDS.contains(w)) {
                    count++;
                    last = k;
                } else if (!(w.equals(",") || w.equals("-") || w.equals("."))) {
                    break;
                }
                k++;
            }
            if (count >= 7 && count <= 11 && PatientCues.personal(post)) {
                out.accept(new Detection(FindingType.PHONE, tokens.get(i).start(), tokens.get(last).end(), 0.8,
                        "Contains a phone number spelled out in words. A patient's phone number is a HIPAA identifier.",
                        "Remove the number.", List.of(count + " digits written as words")));
            }
            i = last;
        }
    }

    /** Tokens after {@code i} that can continue a phone number: numbers, phone punctuation, ext. */
    private static int regionEnd(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int end = i + 1;
        // an area code's "(" sits just before the first number ("(312) 555-0148")
        int open = i > 0 && tokens.get(i - 1).text().equals("(") && tokens.get(i - 1).end() == tokens.get(i).start()
                && !yearShaped(tokens.get(i).text()) ? 1 : 0;
        while (end < tokens.size()) {
            Token t = tokens.get(end);
            Token prev = tokens.get(end - 1);
            int gap = t.start() - prev.end();
            if (gap > 1 || (t.sentence() != tokens.get(i).sentence() && !(prev.text().equals(".")
                    && isExtension(post.lowerText(tokens.get(end - 2)))))) {
                break; // "(Ann Emerg Med, Sept 2025). 412 patients": a year, the sentence's end, a count
            }
            if (t.text().equals("(")) {
                open++;
            } else if (t.text().equals(")") && open-- <= 0) {
                break; // "(NEJM, 2019) 318 cases": a ")" closing a bracket opened before the number ends it
            }
            // across a space only short digit groups continue a number ("312 555 0148"): a complete
            // number or a date after a space ("312-555-0148 3/4/61") starts something new
            if (gap == 1 && t.is(Kind.NUMBER) && prev.is(Kind.NUMBER) && startsSomethingNew(prev, t)) {
                break;
            }
            boolean ok = t.is(Kind.NUMBER)
                    || (t.is(Kind.PUNCT) && "()-.+/".contains(t.text()) && end + 1 < tokens.size()
                            && tokens.get(end + 1).start() - t.end() <= 1)
                    || (t.is(Kind.WORD) && isExtension(post.lowerText(t)) && end + 1 < tokens.size()
                            && tokens.get(end + 1).is(Kind.NUMBER))
                    || (t.is(Kind.WORD) && isExtension(post.lowerText(t)) && end + 2 < tokens.size()
                            && tokens.get(end + 1).text().equals(".") && tokens.get(end + 2).is(Kind.NUMBER))
                    || (t.is(Kind.ALNUM) && gluedExtension(post.lowerText(t)));
            if (!ok) {
                break;
            }
            end++;
        }
        return end;
    }

    /** After a space: a number that is already complete, or a date or time on either side. */
    private static boolean startsSomethingNew(Token prev, Token t) {
        return Validators.countDigits(prev.text()) >= 7 || dateOrTime(prev.text()) || dateOrTime(t.text());
    }

    /** "(2021)": a year in brackets, as citations write it, is no area code ("(0161)", "(312)"). */
    private static boolean yearShaped(String s) {
        return s.length() == 4 && Validators.allDigits(s) && (s.startsWith("19") || s.startsWith("20"));
    }

    private static boolean dateOrTime(String s) {
        return s.indexOf('/') >= 0 || s.indexOf(':') >= 0;
    }

    private static boolean isExtension(String w) {
        return w.equals("ext") || w.equals("x") || w.equals("extension");
    }

    /**
     * "we've called 555-0193 three times", "our nurse will call you at (555) 310-2291": a number the
     * writer calls out to is someone's own line, never the organisation's.
     */
    private static boolean outbound(AnalyzedPost post, int tokenIndex) {
        int sentenceStart = post.sentences().get(post.tokens().get(tokenIndex).sentence()).firstToken();
        for (int k = Math.max(sentenceStart, tokenIndex - 4); k < tokenIndex; k++) {
            int len = OUTBOUND.matchAt(post, k);
            if (len > 0 && k + len >= tokenIndex - 1 && k + len <= tokenIndex) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code i} is glued by a hyphen to a word before it, as in an id ({@code WC-2024-118803}). */
    private static boolean letterPrefixed(List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token dash = tokens.get(i - 1);
        Token word = tokens.get(i - 2);
        return dash.text().equals("-") && dash.end() == tokens.get(i).start() && word.end() == dash.start()
                && (word.is(Kind.WORD) || word.is(Kind.ALNUM) || word.is(Kind.HASHTAG)) && !isExtension(word.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code x22}, {@code ext204}: an extension glued to its digits. */
    private static boolean gluedExtension(String w) {
        int k = w.startsWith("ext") ? 3 : w.startsWith("x") ? 1 : 0;
        return k > 0 && w.length() > k && w.length() - k <= 6 && Validators.allDigits(w.substring(k));
    }

    /** {@code 198.51.100.23}: four dotted groups of one to three digits are an IP address, not a phone. */
    private static boolean dottedQuad(String region) {
        String[] parts = region.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !Validators.allDigits(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "which is Brathwaite's cell", "that's Maria's work fax": a line said to belong to a named
     * person, within the sentence around the number. "Dr. Patel's fax" is a colleague's office.
     */
    private static boolean ownedByPerson(AnalyzedPost post, int tokenIndex) {
        List<Token> tokens = post.tokens();
        var s = post.sentences().get(tokens.get(tokenIndex).sentence());
        for (int k = Math.max(s.firstToken() + 1, tokenIndex - 8); k < Math.min(s.endToken(), tokenIndex + 12); k++) {
            if (!post.lowerToken(k).equals("'s") || !PhiContext.isNameWord(post, tokens.get(k - 1))
                    || Words.STAFF.contains(PhiContext.lower(post, k - 2))
                    || (PhiContext.is(post, k - 2, ".") && Words.STAFF.contains(PhiContext.lower(post, k - 3)))) {
                continue;
            }
            if (LINE_NOUNS.find(post, k + 1, Math.min(s.endToken(), k + 5)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "her cell 312-...", "the patient's number is ...", "text me at ...": a line noun owned by a
     * pronoun or a possessive just before the number, or the writer's own line ("me", "my"). Only
     * "us" and "our" speak for an organisation.
     */
    private static boolean someonesLine(AnalyzedPost post, int tokenIndex) {
        int sentenceStart = post.sentences().get(post.tokens().get(tokenIndex).sentence()).firstToken();
        for (int k = Math.max(sentenceStart, tokenIndex - 5); k < tokenIndex; k++) {
            String w = post.lowerToken(k);
            if (w.equals("me") && k > sentenceStart && CALL_VERBS.contains(post.lowerToken(k - 1))) {
                return true; // "text me at", "call me on"
            }
            if (LINE_NOUNS.matchAt(post, k) == 0 || k == 0) {
                continue;
            }
            String owner = post.lowerToken(k - 1);
            if (PERSONAL_OWNERS.contains(owner) || (owner.equals("'s") && k > 1
                    && !Words.STAFF.contains(PhiContext.lower(post, k - 3)) && !PhiContext.is(post, k - 3, ".")
                    && !ORG_OWNERS.contains(PhiContext.lower(post, k - 2)))) {
                return true;
            }
        }
        return false;
    }

    private void scan(AnalyzedPost post, int first, int end, Consumer<Detection> out) {
        List<Token> tokens = post.tokens();
        int from = tokens.get(first).start();
        int to = tokens.get(end - 1).end();
        String region = post.normalized().substring(from, to);
        if (looksLikeDateOrRange(region)) {
            return;
        }
        for (int k = first; k < end; k++) {
            if (tokens.get(k).is(Kind.NUMBER) && dottedQuad(tokens.get(k).text())) {
                return;
            }
        }
        Iterable<PhoneNumberMatch> found = UTIL.findNumbers(region, "US", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE);
        String home = ForeignPhi.phoneRegion(post);
        if (home != null && !found.iterator().hasNext()) {
            // "612 34 56 78" in a Spanish post, "(21) 98765-4321" in a Portuguese one: the language's own formats
            found = UTIL.findNumbers(region, home, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE);
        }
        boolean trunk = false;
        if (!found.iterator().hasNext() && region.charAt(0) == '0') {
            found = trunkPrefixed(region); // "07700 900461": a national number with a trunk 0, not US
            trunk = true;
        }
        for (PhoneNumberMatch m : found) {
            int start = from + m.start();
            int stop = from + m.end();
            int tokenIndex = post.tokenAt(start);
            if (labelledAsOtherId(post, tokenIndex)) {
                continue;
            }
            boolean fax = isFax(post, tokenIndex);
            if (fax != (type == FindingType.FAX)) {
                continue;
            }
            Detection d = detect(post, m.number(), start, stop, tokenIndex);
            int sentence = post.tokens().get(tokenIndex).sentence();
            if (trunk && d.confidence() >= 0.5 && !someonesLine(post, tokenIndex) && !ownedByPerson(post, tokenIndex)
                    && !PatientCues.inSentence(post, sentence)) {
                // a foreign national number with no one's line or patient named: most often a practice's
                List<String> reasons = new ArrayList<>(d.reasons());
                reasons.add("a national number with a trunk 0 and no person's line named");
                d = new Detection(d.type(), d.start(), d.end(), 0.45, d.message(), d.suggestion(), reasons);
            }
            out.accept(d);
        }
    }

    /**
     * "MRN 4471902", "medical record number, 4471902", "Rx #: 6031177": a label of another
     * identifier with nothing but fillers between it and the number. A label earlier in the
     * sentence ("MRN 00482913, her cell 312-...") does not reach past another word.
     */
    private static boolean labelledAsOtherId(AnalyzedPost post, int tokenIndex) {
        int end = tokenIndex;
        if (end > 0 && Validators.STATES.contains(post.tokens().get(end - 1).text())) {
            end--; // "member ID MO 4418 2207 91": the issuing state's code belongs to the identifier
        }
        int stateless = end;
        while (end > 0 && stateless - end < 3 && LABEL_FILLERS.contains(post.lowerToken(end - 1))) {
            end--;
        }
        for (int k = Math.max(0, end - 4); k < end; k++) {
            int len = ID_LABEL.matchAt(post, k);
            if (len > 0 && k + len >= end && k + len <= tokenIndex) {
                return true;
            }
        }
        return false;
    }

    /** The first region (of a few with a trunk prefix 0) in which {@code region} is a valid number. */
    private static Iterable<PhoneNumberMatch> trunkPrefixed(String region) {
        for (String country : TRUNK_ZERO_REGIONS) {
            Iterable<PhoneNumberMatch> found = UTIL.findNumbers(region, country, PhoneNumberUtil.Leniency.VALID,
                    Long.MAX_VALUE);
            if (found.iterator().hasNext()) {
                return found;
            }
        }
        return List.of();
    }

    private Detection detect(AnalyzedPost post, PhoneNumber number, int start, int end, int tokenIndex) {
        List<String> reasons = new ArrayList<>();
        double confidence;
        if (UTIL.isValidNumber(number)) {
            confidence = 0.9;
            reasons.add("valid " + UTIL.getRegionCodeForNumber(number) + " number");
        } else {
            confidence = 0.8;
            reasons.add("possible phone number (libphonenumber)");
        }
        String national = String.valueOf(number.getNationalNumber());
        boolean tollFree = number.getCountryCode() == 1 && national.length() == 10
                && List.of("800", "833", "844", "855", "866", "877", "888").contains(national.substring(0, 3));
        int sentence = post.tokens().get(tokenIndex).sentence();
        var s = post.sentences().get(sentence);
        boolean owned = ownedByPerson(post, tokenIndex);
        boolean someones = someonesLine(post, tokenIndex);
        boolean out = outbound(post, tokenIndex);
        boolean call = callToAction(post, tokenIndex);
        boolean sexInSentence = Words.anyIn(post, s.firstToken(), s.endToken(), Words.SEX);
        boolean personal = PatientCues.personal(post) || owned || out
                || CareRelationshipRule.greetedName(post) != null || someones;
        boolean orgLine = ORGANISATION_LINE.find(post, Math.max(s.firstToken(), tokenIndex - 10), tokenIndex) >= 0
                || ((!personal || declines(post)) && call)
                || (contactCall(post, tokenIndex) && !othersCare(post, sentence)
                        && (serviceAfter(post, tokenIndex, end) || noCareAround(post, sentence)))
                || declines(post) || (call && serviceAfter(post, tokenIndex, end))
                || (namedServiceLine(post, tokenIndex) && !someoneInSentence(post, sentence))
                || (call && askForContact(post, end) && !othersCare(post, sentence))
                || (ContextWindow.labelSentenceBefore(post, tokenIndex, afterNumber(post, tokenIndex, end))
                        && !someones && !owned && !out)
                || (departmentLabel(post, tokenIndex) && !someoneInSentence(post, sentence) && !sexInSentence
                        && !Words.anyIn(post, s.firstToken(), s.endToken(), Words.COURTESY_TITLES)
                        && !someones && !owned)
                || (staffOnly(post) && !someones && !owned && !out && !sexInSentence
                        && ((call && staffNews(post)) || contactCall(post, tokenIndex)
                                || PhiContext.honoursOwnPeople(post, s.firstToken(), s.endToken())
                                || loneAfterService(post, tokenIndex, end)));
        boolean patient = post.signals().has(sentence, Signals.Kind.PATIENT_STRONG);
        if ((orgLine || tollFree) && !patient) {
            confidence = 0.3;
            reasons.add(tollFree ? "toll-free number" : "introduced as an organisation's line");
        } else if (!personal) {
            confidence = 0.4;
            reasons.add("nothing in the post points at a patient or another person");
        } else if (patient || PatientCues.inSentence(post, sentence)) {
            confidence = Math.min(1, confidence + 0.05);
            reasons.addAll(post.signals().patientReasons(sentence));
        }
        String raw = post.normalized().substring(start, end);
        if (raw.chars().allMatch(Character::isDigit) && raw.length() < 10
                && !ContextWindow.phraseBefore(post, PHONE_WORDS, tokenIndex, 3)) {
            confidence = Math.min(confidence, 0.45);
            reasons.add("a bare " + raw.length() + "-digit run with no phone word before it: more likely a record or count");
        }
        String what = type == FindingType.FAX ? "fax number" : "phone number";
        return new Detection(type, start, end, confidence,
                "Contains a " + what + ". A patient's " + what + " is a HIPAA identifier.",
                "Remove the number, or use your organisation's public line.", reasons);
    }

    /** "fax 312-...", "faxed it to her home fax at 312-...": a fax word in the six tokens before, no voice word after it. */
    private static boolean isFax(AnalyzedPost post, int tokenIndex) {
        int sentenceStart = post.sentences().get(post.tokens().get(tokenIndex).sentence()).firstToken();
        int from = Math.max(sentenceStart, tokenIndex - 9);
        int fax = -1;
        for (int k = from; k < tokenIndex; k++) {
            if (FAX.matchAt(post, k) > 0) {
                fax = k;
            }
        }
        if (fax >= 0) {
            return VOICE.find(post, fax + 1, tokenIndex) < 0;
        }
        // "... to 847-555-0131, that's her HOME fax"
        int sentenceEnd = post.sentences().get(post.tokens().get(tokenIndex).sentence()).endToken();
        int after = FAX.find(post, tokenIndex + 1, Math.min(sentenceEnd, tokenIndex + 12));
        return after >= 0 && VOICE.find(post, tokenIndex + 1, after) < 0;
    }

    /** Heads of a service line: "our referral line is", "call the Child Life office at". */
    private static final java.util.Set<String> SERVICE_HEADS = Words.with(Words.ORG_UNITS, "line", "number", "desk",
            "hotline", "helpline", "switchboard", "reception");
    private static final java.util.Set<String> LINE_HEADS = java.util.Set.of("line", "hotline", "helpline",
            "switchboard", "desk", "reception");
    private static final java.util.Set<String> HEAD_TO_NUMBER = java.util.Set.of("at", "on", "is", ":", "-", "(",
            ",", "=", "#", "no", ".");

    /**
     * A service noun named as the organisation's, with only fillers up to the number: "our referral line is
     * ...", "our intake desk: ...", "the navigation line at ...", or a call verb onto "the" and another service:
     * "call the Child Life office at ...". A possessive
     * or a name in the modifiers ("the patient's line", "our patient's number") makes it someone's line.
     */
    private static boolean namedServiceLine(AnalyzedPost post, int tokenIndex) {
        int sentenceStart = post.sentences().get(post.tokens().get(tokenIndex).sentence()).firstToken();
        int head = tokenIndex - 1;
        while (head >= sentenceStart && head > tokenIndex - 4 && HEAD_TO_NUMBER.contains(post.lowerToken(head))
                && !SERVICE_HEADS.contains(post.lowerToken(head))) {
            head--;
        }
        if (head < sentenceStart || !SERVICE_HEADS.contains(post.lowerToken(head))) {
            return false;
        }
        for (int k = head - 1; k >= Math.max(sentenceStart, head - 5); k--) {
            String w = post.lowerToken(k);
            // "our Route 9 office", "our Suite 200 desk": a number may name the site
            if (w.equals("'s") || w.equals("'") || PERSONAL_OWNERS.contains(w) || w.equals("me")
                    || !(post.tokens().get(k).is(Kind.WORD) || post.tokens().get(k).is(Kind.NUMBER)
                            || post.tokens().get(k).is(Kind.ALNUM))) {
                return false;
            }
            if (w.equals("our")) {
                return true;
            }
            if (w.equals("the")) {
                // "answers the navigation line at": a line or desk is a service's whatever the verb
                return LINE_HEADS.contains(post.lowerToken(head))
                        || (k > sentenceStart && CALL_VERBS.contains(post.lowerToken(k - 1)));
            }
        }
        return false;
    }


    /** A word that makes the relative after it someone's: "the patient's", "her", "whose". */
    private static boolean relativeOwner(String w) {
        return w.equals("'s") || w.equals("whose") || Words.PERSONAL_POSSESSIVES.contains(w);
    }

    /** A patient cue or someone's relative in the sentence: "the patient's daughter gave the line at ...". */
    private static boolean someoneInSentence(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        if (PhiContext.patientCue(post, s.firstToken(), s.endToken(), -1, -1) != null) {
            return true;
        }
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (c.kind() == Signals.Kind.FAMILY_ROLE && c.first() > 0 && relativeOwner(post.lowerToken(c.first() - 1))) {
                return true; // not "the Child Life office"
            }
        }
        return false;
    }

    /** What a department asked questions is followed by: "Questions to Medical Records at ...". */
    private static final PhraseSet QUESTIONS_TO = PhraseSet.of("questions to", "questions for", "questions about",
            "questions on", "questions regarding", "preguntas", "dudas", "questions", "fragen", "domande", "dúvidas");
    private static final java.util.Set<String> LABEL_TO_NUMBER = java.util.Set.of(":", "at", "on", "-", "is",
            "call", "tel", "ph", "phone", "line", "number", "llame", "al", "llamar", "appelez", "au", "ligue", "para",
            "anrufen", "unter", "chiamare");

    /**
     * A label that names the number as the organisation's, up to three filler words before it:
     * "Billing: 505-...", "Más información: 956-...", "Questions to Health Information Management at
     * 555-0140" (a department of one to four capitalised words after "questions to").
     */
    private static boolean departmentLabel(AnalyzedPost post, int tokenIndex) {
        int sentenceStart = post.sentences().get(post.tokens().get(tokenIndex).sentence()).firstToken();
        int k = tokenIndex;
        while (k > sentenceStart && tokenIndex - k < 3 && LABEL_TO_NUMBER.contains(post.lowerToken(k - 1))) {
            k--;
        }
        if (k == tokenIndex) {
            return false; // "information 555-0100" with nothing between reads as a list, not a label
        }
        for (int j = Math.max(sentenceStart, k - 5); j < k; j++) {
            int len = ContextWindow.DEPARTMENT_LABELS.matchAt(post, j);
            if (len > 0 && j + len == k) {
                // not someone's: "her contact info:", "the patient's pharmacy:"
                return j == 0 || !relativeOwner(post.lowerToken(j - 1));
            }
        }
        // "Questions to Health Information Management at": capitalised words after "questions to"
        int name = k;
        while (name > sentenceStart && k - name < 4 && post.tokens().get(name - 1).is(Kind.WORD)
                && post.tokens().get(name - 1).isCapitalized()) {
            name--;
        }
        if (name == k) {
            return false;
        }
        for (int j = Math.max(sentenceStart, name - 3); j < name; j++) {
            int len = QUESTIONS_TO.matchAt(post, j);
            if (len > 0 && j + len == name && !PERSONAL_OWNERS.contains(post.lowerToken(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The only people in the post are the organisation's own: a colleague by a staff title ("Dr. Lee",
     * "nurse Joe") or one of "our" own ("Ms. Reyes, our practice manager"), and no patient cue, no
     * relative, no patient story anywhere in it. Its calls to action are the organisation's.
     */
    static boolean staffOnly(AnalyzedPost post) {
        return post.signals().memo("phoneStaffOnly", () -> {
            Signals signals = post.signals();
            if (signals.aboutPatient()) {
                return false;
            }
            boolean own = PatientCues.colleagueNamed(post);
            for (var s : post.sentences()) {
                for (Signals.Cue c : signals.cues(s.index())) {
                    // someone's relative ("her son", "the patient's daughter"), not "kids and adults"
                    if (c.kind() == Signals.Kind.PATIENT_STRONG || (c.kind() == Signals.Kind.FAMILY_ROLE
                            && c.first() > 0 && relativeOwner(post.lowerToken(c.first() - 1)))) {
                        return false;
                    }
                }
                own |= PhiContext.honoursOwnPeople(post, s.firstToken(), s.endToken());
                // "Dr. Okoye visited Tom, 84, at home": care given to someone, in a sentence that is no news
                if (Signals.careWordIn(post, s.index()) && !signals.isNonPatient(s.index())) {
                    return false;
                }
            }
            return own;
        });
    }

    /** A sentence of the post is staff or event news ("Please welcome Dr. Ruiz", "retires Friday"). */
    private static boolean staffNews(AnalyzedPost post) {
        for (var s : post.sentences()) {
            if (post.signals().isNonPatient(s.index())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He's taking new patients at our Eastside clinic. 505-555-0100": a number standing as a sentence
     * of its own, right after a sentence naming the organisation's service or line.
     */
    private static boolean loneAfterService(AnalyzedPost post, int tokenIndex, int end) {
        int sentence = post.tokens().get(tokenIndex).sentence();
        var s = post.sentences().get(sentence);
        if (sentence == 0 || s.firstToken() != tokenIndex) {
            return false;
        }
        for (int k = afterNumber(post, tokenIndex, end); k < s.endToken(); k++) {
            if (!post.tokens().get(k).is(Kind.PUNCT)) {
                return false;
            }
        }
        var prev = post.sentences().get(sentence - 1);
        if (ORGANISATION_LINE.find(post, prev.firstToken(), prev.endToken()) >= 0) {
            return true;
        }
        for (int k = prev.firstToken(); k + 1 < prev.endToken(); k++) {
            if (post.lowerToken(k).equals("our")) {
                for (int j = k + 1; j < Math.min(prev.endToken(), k + 4); j++) {
                    if (SERVICE_HEADS.contains(post.lowerToken(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A reply that declines to discuss anyone's care: any number it gives is the organisation's. */
    private static boolean declines(AnalyzedPost post) {
        return post.signals().memo("declines", () -> Words.NON_CONFIRMING.find(post, 0, post.tokens().size()) >= 0);
    }

    /** "Call 312-555-0100", "text 555-0100 to book": a verb straight onto the number, no one in between. */
    private static boolean callToAction(AnalyzedPost post, int tokenIndex) {
        for (int k = Math.max(0, tokenIndex - 2); k < tokenIndex; k++) {
            String w = post.lowerToken(k);
            if (CALL_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "call Faye at 555-0140", "text Lorna on 555-0199": a call verb, one or two capitalised names and
     * "at" or "on" right before the number: the organisation's contact person.
     */
    private static boolean contactCall(AnalyzedPost post, int tokenIndex) {
        int k = tokenIndex - 1;
        if (k < 0 || !(post.lowerToken(k).equals("at") || post.lowerToken(k).equals("on")
                || post.lowerToken(k).equals(":"))) {
            return false;
        }
        int names = 0;
        for (k--; k >= 0 && names < 3 && !CALL_VERBS.contains(post.lowerToken(k)) && post.tokens().get(k).is(Kind.WORD)
                && post.tokens().get(k).isCapitalized() && PhiContext.isNameWord(post, post.tokens().get(k)); k--) {
            names++;
        }
        // "call Faye at", "ask for Dana at", "just ask Tom: ..."
        return names >= 1 && names <= 2 && k >= 0 && (CALL_VERBS.contains(post.lowerToken(k))
                || post.lowerToken(k).equals("ask")
                || (k > 0 && post.lowerToken(k).equals("for") && post.lowerToken(k - 1).equals("ask")));
    }

    /**
     * Someone's care in the sentence: a health detail, unusual event or care setting, or someone else's
     * relative ("about her husband's hospice admission", "his daughter's chemo starts Monday"): the
     * contact's line is then a relative's or a patient's, whatever the call to action.
     */
    static boolean othersCare(AnalyzedPost post, int sentence) {
        return Signals.careWordIn(post, sentence) || othersRelative(post, sentence);
    }

    /** Someone else's relative in the sentence: "her husband's memorial", "his daughter's treatment". */
    private static boolean othersRelative(AnalyzedPost post, int sentence) {
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (c.kind() == Signals.Kind.FAMILY_ROLE && c.first() > 0
                    && Words.THIRD_POSSESSIVES.contains(post.lowerToken(c.first() - 1))) {
                return true; // (not "caregiver support circle", "my mom")
            }
        }
        return false;
    }

    /** No patient cue in the post and no health detail in the sentence: nothing makes the contact a patient. */
    private static boolean noCareAround(AnalyzedPost post, int sentence) {
        Signals s = post.signals();
        return !s.hasHealthDetail(sentence) && !s.aboutPatient()
                && Lexicons.PATIENT_STRONG.find(post, 0, post.tokens().size()) < 0;
    }

    /** What a caller gets from an organisation's line: "call ... to book", "... for more information". */
    private static final PhraseSet SERVICE_AFTER = PhraseSet.of("to learn more", "to find out more", "to book",
            "to schedule", "to register", "to enroll", "to enrol", "to sign up", "to apply", "to make an appointment",
            "for more information", "for more info", "for details", "for an appointment", "for appointments",
            "to reserve", "to save a spot", "to save your spot", "to join", "to volunteer", "to rsvp", "to be added",
            "with questions", "with any questions", "if you have questions", "if you have any questions",
            "for questions",
            "para más información", "para más info", "para mas información", "para informes", "para citas",
            "para agendar", "para inscribirse", "pour plus d'informations", "pour prendre rendez-vous",
            "pour vous inscrire", "para mais informações", "para marcar", "für weitere informationen",
            "für termine", "per informazioni", "per prenotare");

    /**
     * A service phrase in the four tokens after the number and its extension ("Text 555-0100 to sign
     * up", "call 555-0134 ext 2 to book"), not one booking someone's own care ("to book her follow-up").
     */
    private static boolean serviceAfter(AnalyzedPost post, int tokenIndex, int end) {
        int sentence = post.tokens().get(tokenIndex).sentence();
        int sentenceEnd = post.sentences().get(sentence).endToken();
        int first = afterNumber(post, tokenIndex, end);
        for (int k = first; k < Math.min(sentenceEnd, first + 4); k++) {
            int len = SERVICE_AFTER.matchAt(post, k);
            if (len > 0) {
                for (int j = k + len; j < Math.min(sentenceEnd, k + len + 2); j++) {
                    if (PERSONAL_OWNERS.contains(post.lowerToken(j))) {
                        return false;
                    }
                }
                // "text Gail at 555-0188 to reserve a seat at her husband's memorial, he passed on our unit"
                return !othersRelative(post, sentence);
            }
        }
        return false;
    }

    /** The first token after the number's match (which may have taken in an extension: "555-0134 ext 2"). */
    private static int afterNumber(AnalyzedPost post, int tokenIndex, int end) {
        int k = tokenIndex + 1;
        while (k < post.tokens().size() && post.tokens().get(k).start() < end) {
            k++;
        }
        return k;
    }

    /**
     * "call 555-0134 and ask for Renée", "... ask for the front desk": whom the caller asks for at the
     * organisation's line, right after the number (the caller's own care around it is checked apart).
     */
    private static boolean askForContact(AnalyzedPost post, int end) {
        int k = afterNumber(post, post.tokenAt(end - 1), end);
        if (k < post.tokens().size() && post.lowerToken(k).equals("and")) {
            k++;
        }
        return k + 2 < post.tokens().size() && post.lowerToken(k).equals("ask") && post.lowerToken(k + 1).equals("for")
                && post.tokens().get(k + 2).sentence() == post.tokens().get(k).sentence()
                && !PERSONAL_OWNERS.contains(post.lowerToken(k + 2));
    }

    /** 2026-03-04, 03/04/2026, 1990-2020: numbers that libphonenumber may accept but are not phones. */
    private static boolean looksLikeDateOrRange(String region) {
        return DATE_OR_RANGE.matcher(region).matches();
    }
}
