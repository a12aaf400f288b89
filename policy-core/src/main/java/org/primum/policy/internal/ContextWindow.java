package org.primum.policy.internal;

import java.util.List;
import java.util.Set;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Token-window helpers shared by the identifier rules: the identifier a trigger word introduces
 * ("MRN: 00482913", "acct #7781-2231"), glued token runs, and cue phrases near a token.
 */
final class ContextWindow {

    /** What may stand between a trigger and its identifier: "MRN #: 123", "account no. 123". */
    private static final Set<String> FILLERS =
            Set.of("#", ":", ".", "-", "=", "(", "[", "no", "nos", "number", "num", "nbr", "is", "was", "are", "were",
                    "#:");
    /** Fillers that mark the next thing as a number: required after ambiguous triggers like "chart". */
    private static final Set<String> MARKERS = Set.of("#", "no", "nos", "number", "num", "nbr");
    private static final int MAX_FILLERS = 3;
    /** What joins the identifiers of a list: "B-44120 and B-44187", "QX1104-22A / QX1104-23B". */
    private static final Set<String> LIST_JOINERS = Set.of(",", "/", "&", "+", ";", "and", "or", "plus", "then",
            "into", "vs", "versus", "with", "to", "from");
    private static final int MAX_LISTED = 5;
    /** Letters that open public registry numbers (trials, articles, books), not personal identifiers. */
    private static final Set<String> REGISTRY_PREFIXES = Set.of("nct", "isrctn", "actrn", "ctri", "drks", "pmc",
            "pmid", "doi", "isbn", "issn", "orcid", "euctr", "chictr", "jrct", "irb", "icd", "cpt", "loinc", "ndc");
    private static final int MAX_GLUED_TOKENS = 7;
    private static final int MAX_SPACED_GROUPS = 8;

    /**
     * Cues that a sentence speaks for an organisation or an event (a public contact, a venue),
     * not about a patient. Rules lower their confidence on these when no patient cue is present.
     */
    static final PhraseSet ORGANISATION = PhraseSet.of(
            "our clinic", "our clinics", "our office", "our offices", "our hospital", "our practice", "our team",
            "our center", "our centre", "our new", "our department", "our dept", "our program", "our website",
            "our site", "our page", "visit us", "located at", "join us", "event", "events", "conference",
            "venue", "contact us", "reach us", "email us", "write to us", "call us", "follow us", "questions",
            "inquiries", "enquiries", "register", "registration", "rsvp", "tickets", "learn more", "more info",
            "sign up", "apply", "applications", "submit", "submissions", "hours", "open house", "grand opening",
            "feedback", "press", "media", "newsletter", "subscribe", "webinar", "symposium", "grand rounds",
            "workshop", "booth", "poster", "keynote", "walk-in", "walk in", "walk-ins", "now open", "we're hiring",
            "we are hiring", "careers", "residency", "fellowship", "read more", "full paper", "paper",
            "study", "guideline", "guidelines", "journal club", "podcast", "channel", "check out our", "follow our",
            "our blog", "our channel", "our podcast", "our youtube", "our instagram", "our facebook", "like us",
            "find us", "watch our", "donate", "donations", "donation", "blood drive", "fundraiser", "volunteer",
            "volunteers", "health fair", "stop by", "come by", "drop by", "swing by", "pop-up", "free");

    private ContextWindow() {}

    /** An identifier-looking run of tokens with no space between them. */
    record IdSpan(int firstToken, int endToken, int start, int end, String text) {

        int digits() {
            return Validators.countDigits(text);
        }

        int length() {
            return end - start;
        }
    }

    /** Receives an identifier and the trigger (token index and length in tokens) that introduced it. */
    interface TriggerHit {
        void accept(int trigger, int triggerLength, IdSpan id);
    }

    /**
     * Calls {@code hit} for each identifier introduced by a trigger. Triggers in {@code open}
     * suffice alone ("MRN 123"); triggers in {@code marked} need a number marker after them
     * ("chart # 123", "chart no. 123", "chart #A123"). Up to three fillers may sit between.
     */
    static void triggeredIds(AnalyzedPost post, PhraseSet open, PhraseSet marked, TriggerHit hit) {
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.WORD && t.kind() != Kind.ALNUM) {
                continue;
            }
            int o = open == null ? 0 : open.matchAt(post, i);
            int m = marked == null ? 0 : marked.matchAt(post, i);
            int len = Math.max(o, m);
            if (len == 0) {
                continue;
            }
            IdSpan id = idAfter(post, i + len, o < m);
            if (id != null && nestedTrigger(post, open, marked, id)) {
                // "serial SN 4410-KX-2231", "mrn MRN 00771234": the inner trigger leads
                i = id.firstToken() - 1;
                continue;
            }
            if (id != null) {
                hit.accept(i, len, id);
                // "MRN B-44120 and B-44187", "S/N QX1104-22A / QX1104-23B": the trigger covers a list
                int listed = 0;
                for (IdSpan next = listedAfter(post, id); next != null && listed < MAX_LISTED;
                        next = listedAfter(post, id)) {
                    hit.accept(i, len, next);
                    id = next;
                    listed++;
                }
                i = id.endToken() - 1;
            }
        }
    }

    /** True when the word read as an identifier is itself a trigger with an identifier after it. */
    private static boolean nestedTrigger(AnalyzedPost post, PhraseSet open, PhraseSet marked, IdSpan id) {
        int k = id.firstToken();
        if (id.endToken() != k + 1 || post.tokens().get(k).kind() != Kind.WORD) {
            return false;
        }
        int o = open == null ? 0 : open.matchAt(post, k);
        int m = marked == null ? 0 : marked.matchAt(post, k);
        return Math.max(o, m) > 0 && idAfter(post, k + Math.max(o, m), o < m) != null;
    }

    /**
     * The identifier listed right after {@code id} ("B-44120 and B-44187", "5512093, 5512094"),
     * or null: one or two joiners, then a run of the same shape (letters, digits and separators in
     * the same order) and about the same length, so "MRN 12345678 and 3 others" stops at the number.
     */
    static IdSpan listedAfter(AnalyzedPost post, IdSpan id) {
        List<Token> tokens = post.tokens();
        int j = id.endToken();
        int joiners = 0;
        while (j < tokens.size() && joiners < 2 && LIST_JOINERS.contains(post.lowerToken(j))) {
            j++;
            joiners++;
        }
        if (joiners == 0 || j >= tokens.size() || !isIdPiece(tokens.get(j))
                || tokens.get(j).sentence() != tokens.get(id.endToken() - 1).sentence()) {
            return null;
        }
        IdSpan next = spacedGroups(post, glued(post, j));
        if (Math.abs(next.length() - id.length()) > 2 && next.digits() != id.digits() || next.digits() < 3
                || !shape(next.text().replace(" ", "")).equals(shape(id.text().replace(" ", "")))) {
            return null;
        }
        return next;
    }

    /** Runs of letters as {@code A}, of digits as {@code 9}, other characters kept: "QX1104-22A" is "A9-9A". */
    static String shape(String s) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            char cls = Character.isLetter(c) ? 'A' : Character.isDigit(c) ? '9' : c;
            if (cls != last || (cls != 'A' && cls != '9')) {
                sb.append(cls);
            }
            last = cls;
        }
        return sb.toString();
    }

    /**
     * The identifier right after token {@code from}, skipping fillers such as {@code #}, {@code :}
     * or {@code no.}; null if the first non-filler is not a token an identifier can start with.
     */
    static IdSpan idAfter(AnalyzedPost post, int from, boolean needMarker) {
        List<Token> tokens = post.tokens();
        boolean marker = false;
        int j = from;
        int skipped = 0;
        while (j < tokens.size() && skipped <= MAX_FILLERS) {
            Token t = tokens.get(j);
            String w = post.lowerText(t);
            if (t.kind() == Kind.HASHTAG) {
                IdSpan span = glued(post, j);
                return hashtagId(span.text()) ? span : null;
            }
            // "medical record number, 4471902": a comma counts as a filler only right before a number
            boolean comma = w.equals(",") && j + 1 < tokens.size() && tokens.get(j + 1).kind() == Kind.NUMBER;
            if ((FILLERS.contains(w) || comma) && j + 1 < tokens.size()) {
                marker |= MARKERS.contains(w);
                skipped++;
                j++;
                continue;
            }
            if (skipped > MAX_FILLERS || !isIdPiece(t)) {
                return null;
            }
            IdSpan id = spacedGroups(post, withState(post, glued(post, j)));
            // "account PB-7710293", "chart 0082-113-6": a lettered prefix or digit groups mark an
            // identifier as well as "#" does
            return !needMarker || marker || prefixed(id.text()) || digitGroups(id.text()) ? id : null;
        }
        return null;
    }

    /**
     * {@code FSA-33120094}, {@code RX-4410982}: one to five letters, a hyphen, then five or
     * more digits. Trial and article registry numbers ({@code NCT-...}) name no person.
     */
    static boolean prefixed(String s) {
        int k = 0;
        while (k < s.length() && Character.isLetter(s.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 5 || k + 1 >= s.length() || s.charAt(k) != '-' || registryNumber(s)) {
            return false;
        }
        return Validators.countDigits(s) >= 5 && Validators.countLetters(s) == k;
    }

    /**
     * Where readers get answers, in the post's language: "more information", "más información",
     * "renseignements", "Auskunft", or a department ("Billing", "Medical Records", "Health Information
     * Management") asked "questions", any of them labelling the number.
     */
    static final PhraseSet DEPARTMENT_LABELS = PhraseSet.of("more information", "more info",
            "for information", "general information", "general enquiries", "enquiries", "inquiries", "billing",
            "billing office", "billing department", "billing questions",
            "medical records", "health information management", "customer service",
            "member services", "patient accounts", "patient financial services", "admissions", "registration",
            "pharmacy", "radiology", "imaging", "lab", "laboratory", "reception", "after hours", "after-hours",
            "questions", "hr", "hr contact", "human resources", "recruitment", "recruiting", "careers",
            "media contact", "media inquiries", "press contact",
            "más información", "más info", "mas información", "mas info", "informes",
            "plus d'informations", "plus d'info", "renseignements",
            "mais informações", "mais info", "weitere informationen", "auskunft",
            "per informazioni", "maggiori informazioni");
    /**
     * Short sentences that stand as a label over the contact after them: "Questions?", "RSVP:", "More info!",
     * and the departments a reader asks ("Billing!").
     */
    private static final PhraseSet CONTACT_LABELS = PhraseSet.union(DEPARTMENT_LABELS, PhraseSet.of("question",
            "questions or concerns", "any questions", "got questions", "have questions", "rsvp", "info", "details",
            "contact", "contact us", "call us", "reach us", "email us", "text us", "sign up", "register",
            "to register", "to book", "book", "bookings", "appointments", "preguntas", "dudas", "fragen",
            "informazioni"));

    /**
     * "Questions? (712) 555-0193 #GoTigers", "RSVP! rsvp@...": a number or address that stands alone in its
     * sentence (tokens [{@code tokenIndex}, {@code after}) are the contact; only punctuation, hashtags and
     * emoji may follow) right after a sentence of at most four words that is a contact label and nothing
     * else: the organisation's contact, as "Questions? Call us" would be. Not "Questions? 555-0148 is her
     * son's cell".
     */
    static boolean labelSentenceBefore(AnalyzedPost post, int tokenIndex, int after) {
        int sentence = post.tokens().get(tokenIndex).sentence();
        var s = post.sentences().get(sentence);
        for (int j = after; j < s.endToken(); j++) {
            Token t = post.tokens().get(j);
            if (!(t.is(Kind.PUNCT) || t.is(Kind.HASHTAG) || t.is(Kind.EMOJI))) {
                return false;
            }
        }
        int k = s.firstToken();
        while (k < tokenIndex && markOnly(post.tokens().get(k))) {
            k++;
        }
        if (sentence == 0 || k != tokenIndex) {
            return false;
        }
        var prev = post.sentences().get(sentence - 1);
        int first = prev.firstToken();
        int last = prev.endToken();
        while (first < last && markOnly(post.tokens().get(first))) {
            first++;
        }
        while (last > first && markOnly(post.tokens().get(last - 1))) {
            last--;
        }
        return last > first && last - first <= 4 && CONTACT_LABELS.matchAt(post, first) == last - first;
    }

    /** Punctuation or an emoji: what may stand around a label or a contact in its sentence. */
    private static boolean markOnly(Token t) {
        return t.is(Kind.PUNCT) || t.is(Kind.EMOJI);
    }

    /**
     * "MRN 448 2913", "NHS no. 943 476 5919", "Medicare # 7RT2 KQ9 HM41": an identifier written in
     * groups of one to four characters separated by single spaces. Only a first piece too short to be
     * an identifier on its own is extended, and only over pieces that hold a digit, so "MRN 00482913
     * 2 days ago" keeps its number alone.
     */
    static IdSpan spacedGroups(AnalyzedPost post, IdSpan id) {
        if ((id.digits() >= 4 && id.length() >= 5) || id.digits() == 0) {
            return id;
        }
        List<Token> tokens = post.tokens();
        int end = id.endToken();
        int groups = 1;
        while (end < tokens.size() && groups < MAX_SPACED_GROUPS) {
            Token t = tokens.get(end);
            if (t.start() != tokens.get(end - 1).end() + 1 || t.length() > 4
                    || !(t.kind() == Kind.NUMBER || t.kind() == Kind.ALNUM) || Validators.countDigits(t.text()) == 0
                    || (end + 1 < tokens.size() && tokens.get(end + 1).start() == t.end()
                            && isIdPiece(tokens.get(end + 1)))) {
                break;
            }
            end++;
            groups++;
        }
        if (groups == 1) {
            return id;
        }
        int stop = tokens.get(end - 1).end();
        return new IdSpan(id.firstToken(), end, id.start(), stop, post.normalized().substring(id.start(), stop));
    }

    /**
     * "Medicaid # PA 77120-44C", "DL: CA B1234567": an issuing state's code before the identifier
     * belongs to it. Returns the state and the identifier as one span, or {@code id} unchanged.
     */
    static IdSpan withState(AnalyzedPost post, IdSpan id) {
        List<Token> tokens = post.tokens();
        int next = id.endToken();
        if (!Validators.STATES.contains(id.text()) || next >= tokens.size()
                || tokens.get(next).start() != id.end() + 1 || !isIdPiece(tokens.get(next))) {
            return id;
        }
        IdSpan rest = glued(post, next);
        if (rest.digits() < 4) {
            return id;
        }
        return new IdSpan(id.firstToken(), rest.endToken(), id.start(), rest.end(),
                post.normalized().substring(id.start(), rest.end()));
    }

    /**
     * {@code 3310-58}, {@code 0082-113-6}: digit groups joined by hyphens, five digits or more,
     * that are not a range ({@code 100-200}), a date or a year span.
     */
    static boolean digitGroups(String s) {
        String[] groups = s.split("-", -1);
        if (groups.length < 2 || Validators.countDigits(s) < 5 || Validators.looksLikeQuantityOrDate(s)) {
            return false;
        }
        for (String g : groups) {
            if (!Validators.allDigits(g)) {
                return false;
            }
        }
        return groups.length > 2 || groups[0].length() > 4 || groups[1].length() > 4
                || Integer.parseInt(groups[0]) > Integer.parseInt(groups[1]);
    }

    /** {@code NCT04368728}, {@code PMC7654321}: a public registry number (trial, article), not a person's. */
    static boolean registryNumber(String s) {
        int k = 0;
        while (k < s.length() && Character.isLetter(s.charAt(k))) {
            k++;
        }
        return k > 0 && k < s.length()
                && REGISTRY_PREFIXES.contains(s.substring(0, k).toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code #A123456} after "chart": a number sign glued to an identifier, not a topic hashtag. */
    private static boolean hashtagId(String text) {
        return Validators.countDigits(text) >= 4 && Validators.countLetters(text) <= 2;
    }

    /**
     * The run of word, number and identifier tokens starting at {@code i} with no space between
     * them, joined directly or by an inner {@code -} or {@code /}. A leading {@code #} is dropped.
     */
    static IdSpan glued(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int end = i + 1;
        while (end < tokens.size() && end - i < MAX_GLUED_TOKENS) {
            Token prev = tokens.get(end - 1);
            Token t = tokens.get(end);
            if (t.start() != prev.end()) {
                break;
            }
            if (isIdPiece(t)) {
                end++;
            } else if (t.kind() == Kind.PUNCT && (t.text().equals("-") || t.text().equals("/"))
                    && end + 1 < tokens.size() && tokens.get(end + 1).start() == t.end()
                    && isIdPiece(tokens.get(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        int start = tokens.get(i).start();
        if (tokens.get(i).kind() == Kind.HASHTAG) {
            start++;
        }
        int stop = tokens.get(end - 1).end();
        return new IdSpan(i, end, start, stop, post.normalized().substring(start, stop));
    }

    private static boolean isIdPiece(Token t) {
        return t.kind() == Kind.NUMBER || t.kind() == Kind.ALNUM || t.kind() == Kind.WORD;
    }

    /**
     * True for a plausible identifier: {@code minLen} to {@code maxLen} characters with at least
     * {@code minDigits} digits, and not a count, decimal, date, time or year range.
     */
    static boolean idLike(IdSpan id, int minLen, int maxLen, int minDigits) {
        String s = id.text();
        return s.length() >= minLen && s.length() <= maxLen && id.digits() >= minDigits
                && !Validators.looksLikeQuantityOrDate(s);
    }

    /** True when [start, end) overlaps one of the spans already reported. */
    static boolean overlaps(List<int[]> seen, int start, int end) {
        for (int[] s : seen) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** The normalised text of {@code length} tokens from token {@code first}. */
    static String phraseText(AnalyzedPost post, int first, int length) {
        List<Token> tokens = post.tokens();
        return post.normalized().substring(tokens.get(first).start(), tokens.get(first + length - 1).end());
    }

    /** True when a phrase of {@code set} ends within {@code window} tokens before token {@code i}, same sentence. */
    static boolean phraseBefore(AnalyzedPost post, PhraseSet set, int i, int window) {
        List<Token> tokens = post.tokens();
        if (i <= 0 || i > tokens.size()) {
            return false;
        }
        int sentence = tokens.get(Math.min(i, tokens.size() - 1)).sentence();
        int from = Math.max(0, i - window);
        for (int k = i - 1; k >= from; k--) {
            if (tokens.get(k).sentence() != sentence && k < i - 1) {
                break;
            }
            int len = set.matchAt(post, k);
            if (len > 0 && k + len <= i) {
                return true;
            }
        }
        return false;
    }

    /** True when a phrase of {@code set} starts within {@code before} tokens before or {@code after} after {@code i}. */
    static boolean phraseNear(AnalyzedPost post, PhraseSet set, int i, int before, int after) {
        return set.find(post, i - before, i + after + 1) >= 0;
    }

    /** True when a phrase of {@code set} occurs in the given sentence. */
    static boolean inSentence(AnalyzedPost post, PhraseSet set, int sentence) {
        Sentence s = post.sentences().get(sentence);
        return set.find(post, s.firstToken(), s.endToken()) >= 0;
    }

    /** True when the sentence of token {@code i} has a strong patient cue. */
    static boolean patient(AnalyzedPost post, int i) {
        return PatientCues.inSentence(post, post.tokens().get(i).sentence());
    }

    /** True when the sentence of token {@code i} has an organisation or event cue. */
    static boolean organisation(AnalyzedPost post, int i) {
        return inSentence(post, ORGANISATION, post.tokens().get(i).sentence());
    }
}
