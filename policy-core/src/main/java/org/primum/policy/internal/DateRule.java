package org.primum.policy.internal;

import static org.primum.policy.internal.PhiContext.intValue;
import static org.primum.policy.internal.PhiContext.is;
import static org.primum.policy.internal.PhiContext.isOrdinalSuffix;
import static org.primum.policy.internal.PhiContext.isYear;
import static org.primum.policy.internal.PhiContext.month;
import static org.primum.policy.internal.PhiContext.token;

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
 * Dates tied to a person (Safe Harbor item 3: every element of a date except the year): numeric
 * dates ({@code 3/4/61}, {@code 2026-03-04}, {@code 3.4.61}), month names with a day or a year
 * ({@code Dec. 7}, {@code 4th of March}, {@code March 2024}) and ordinals after a care event
 * ({@code admitted on the 14th}). Candidates are number tokens and month-name words only.
 *
 * <p>How sure it is depends on the words around it: a birth or care event just before the date
 * ({@code DOB}, {@code born}, {@code admitted}) is near-certain; a patient cue in the sentence is
 * likely; a date with neither is most often an event or publication date and stays under the
 * threshold, and conference, deadline or teaching words push it lower still.
 */
final class DateRule implements Rule {

    /** Birth: the date is a date of birth whatever else the sentence says. */
    private static final PhraseSet BIRTH = PhraseSet.of("dob", "d.o.b", "date of birth", "birthdate", "birth date",
            "dod", "date of death", "doa", "date of admission", "dos", "date of service",
            "born", "birthday", "bday", "b-day", "né", "née", "nacido", "nacida", "nascido", "nascida", "geboren");

    /** Care events that only happen to a patient: admission, discharge, intubation, a date of service. */
    private static final PhraseSet CARE_EVENT = PhraseSet.of("admitted", "readmitted", "discharged", "operated on",
            "adm", "adm'd", "admit'd", "d/c'd", "dc'd",
            "intubated", "extubated", "coded", "diagnosed", "dx'd", "transplanted", "date of service", "dos",
            "date of death", "dod", "admit date", "discharge date", "fill date", "refill date", "surgery date",
            "procedure date", "appointment date", "appt date", "follow-up date", "induction date", "ingresó", "ingresado", "ingresada",
            "dado de alta", "dada de alta");

    /**
     * Events that may be anyone's ("seen", "visit", "surgery", "appointment", "died"): they count
     * within a few words of the date in a sentence about a patient, or right before it otherwise
     * ("surgery on March 4th", "seen 12/1"); "book your appointment by Oct 1" is not one.
     */
    private static final PhraseSet EVENT = PhraseSet.of("admit", "admission", "discharge", "surgery", "procedure",
            "seen", "saw", "visit", "visited", "appt", "appointment", "presented", "died", "passed", "passed away",
            "expired", "deceased", "death", "delivered", "dx", "injured", "accident", "transplant", "fell",
            "last seen", "biopsy", "scan", "op", "came in", "brought in", "arrived", "showed up", "rolled in",
            "arrest", "arrested", "collapsed", "found down", "transported", "filled", "refilled", "dispensed",
            "implanted", "fired", "shocked", "seized", "stroked", "coded out", "birthed", "gave birth", "falling",
            "fell through", "crash", "crashed", "wreck", "overdosed", "drowned", "nearly drowned", "stabbed", "shot",
            "bitten", "struck", "hit by", "mauled", "burned", "pulled out",
            // a body part fixed or hurt: "had her hip replaced Monday", "broke his wrist over Easter"
            "replaced", "repaired", "removed", "amputated", "reattached", "casted", "stitched", "sutured",
            "induced", "airlifted", "flown in", "rollover", "broke", "fractured", "tore", "severed", "dislocated",
            "sprained", "overdose", "od'd", "seizure", "stroke", "house fire", "fire", "explosion", "shooting",
            "collision", "pileup");

    /** Words that, just before {@code 6/14}, say a two-part number is a date, not a fraction or score. */
    private static final PhraseSet DATE_LEAD = PhraseSet.of("on", "by", "from", "until", "till", "til", "thru",
            "through", "since", "before", "after", "starting", "effective", "due", "as of", "dated", "le", "el");

    /**
     * Words that may follow a bare day used as a date ("on the 14th with...", "by 10/1 if..."),
     * unlike a noun ("the 14th floor", "1/2 NS", "2/2 pressors").
     */
    private static final PhraseSet DAY_FOLLOWERS = PhraseSet.of("with", "for", "and", "at", "after", "before",
            "but", "when", "by", "in", "to", "from", "was", "is", "he", "she", "they", "we", "i", "so", "then",
            "because", "until", "around", "about", "if", "or", "the", "via", "per", "am", "pm", "morning",
            "afternoon", "evening", "night", "overnight", "through", "thru", "till", "til", "w/", "this", "last",
            "next", "b/c", "bc", "had", "has", "got", "came", "went", "who", "where", "which", "while", "anyway",
            "too", "again", "already", "yet", "instead", "only", "are", "were");

    /** What joins the two ends of a date range ("1/20 to 1/27"; an en dash is folded to a hyphen). */
    private static final Set<String> RANGE_JOINERS = Set.of("-", "to", "through", "thru",
            "until", "till", "til", "and");

    /** One young person, or an age in the shorthand of a case ("a 92 y/o", "71yo"). */
    private static final Set<String> YOUNG_OR_AGED = Set.of("baby", "infant", "newborn", "toddler", "kid", "child",
            "teen", "teenager", "preemie", "twins", "y/o", "yo", "yom", "yof", "y.o.");
    private static final Set<String> ONE_PATIENT = Set.of("patient", "pt", "patient's", "pt's");
    private static final Set<String> COHORT_NOUNS = Set.of("patients", "pts", "people", "cases", "admissions",
            "adults", "children", "kids", "participants", "subjects", "encounters", "visits", "women", "men", "infants");
    private static final List<String> PROCEDURE_SUFFIXES = List.of("ectomy", "ectomies", "otomy", "ostomy", "plasty",
            "oscopy", "pexy", "desis", "centesis");
    /** 1/1/1900, 01-01-1970, 1900-01-01: what systems print for a missing date. */
    private static final java.util.regex.Pattern PLACEHOLDER_DATE =
            java.util.regex.Pattern.compile("0?1[/.-]0?1[/.-](?:19|)(?:00|70)|19(?:00|70)-01-01");

    /** New Year's Day of any year: the date trainers put on a record they call made up. */
    private static final java.util.regex.Pattern NEW_YEARS_DAY =
            java.util.regex.Pattern.compile("0?1[/.-]0?1[/.-](?:\\d\\d){1,2}");

    /** Holidays that name one day of a given year. */
    private static final PhraseSet HOLIDAYS = PhraseSet.of("new year's", "new years", "new year's eve",
            "new year's day", "christmas", "christmas eve", "christmas day", "xmas", "thanksgiving", "easter",
            "easter sunday", "labor day", "memorial day", "independence day", "fourth of july",
            "halloween", "valentine's day", "valentine's", "mother's day", "father's day", "st. patrick's day",
            "st patrick's day", "mlk day", "martin luther king day", "presidents day", "presidents' day",
            "veterans day", "juneteenth", "columbus day", "black friday", "super bowl sunday", "boxing day",
            "canada day", "cinco de mayo", "mardi gras", "good friday", "hanukkah", "diwali", "eid", "rosh hashanah",
            "yom kippur", "passover", "lunar new year", "kwanzaa");
    /** Time words before a holiday that make it the day of an event ("over", "after the"). */
    private static final Set<String> HOLIDAY_LEAD = Set.of("on", "over", "after", "before",
            "since", "during", "until", "till", "around", "by", "from", "at");

    /** Words before a weekday that make it one past or coming day: "last Tuesday", "on Friday". */
    private static final Set<String> WEEKDAY_LEAD = Set.of("on", "from", "last", "past", "since", "until", "till",
            "early", "late", "this");

    /** "the night of the 4th", "the morning of the 12th". */
    private static final Set<String> PARTS_OF_DAY = Set.of("night", "morning", "evening",
            "afternoon", "day", "weekend");

    /** "book your flu shot by Oct 1": a deadline or an opening, not the date of someone's visit. */
    private static final Set<String> DEADLINE = Set.of("by", "before", "until", "till",
            "starting", "from", "after", "through", "thru");
    private static final int ADDRESSEE_WINDOW = 12;
    /** "Reply to Dana R:", "Response to @kay:": a post that answers one person. */
    private static final Set<String> REPLY_OPENERS = Set.of("reply", "replying", "response",
            "responding", "re");

    /** Scores and fractions: "pain 3/10", "GCS 3/15", "1/2 tab". */
    private static final PhraseSet SCORE_WORDS = PhraseSet.of("pain", "score", "scores", "scored", "scale", "gcs",
            "apgar", "strength", "power", "rated", "rating", "mmhg", "bp", "out of", "stars", "grade", "ratio",
            "odds", "fraction", "tab", "tabs", "tablet", "tablets", "dose", "doses", "cup", "cups", "teaspoon",
            "vision", "murmur", "reflexes", "sats");

    /** Nouns after a number that make it a count or a dose, not a day ("Mar 4 patients"). */
    private static final PhraseSet COUNT_NOUNS = PhraseSet.of(countNouns());

    private static List<String> countNouns() {
        List<String> out = new ArrayList<>(PhraseSet.readLexicon("dose_units.txt", null).keySet());
        out.addAll(List.of("patients", "pts", "people", "kids", "children", "adults", "cases", "doses", "times",
                "points", "%", "percent", "votes", "beds", "hours", "hrs", "minutes", "min"));
        return out;
    }

    @Override
    public String id() {
        return "phi.date";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Dates about a patient (birth, admission, discharge, visits): numeric, month-name and ordinal forms.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i < next) {
                continue;
            }
            Token t = tokens.get(i);
            int[] span = null;
            boolean monthYear = false;
            boolean namedDay = false; // a holiday or a weekday
            if (t.is(Kind.NUMBER)) {
                span = numeric(post, i);
                if (span == null) {
                    span = numericRange(post, i);
                }
                if (span == null) {
                    span = dayMonth(post, i);
                }
                if (span == null) {
                    span = ordinal(post, i);
                }
                if (span == null && birthYearOver89(post, i)) {
                    out.accept(oldBirthYear(post, i));
                    continue;
                }
            } else if (month(post, t) > 0) {
                span = monthDay(post, i);
                if (span == null) {
                    span = monthYear(post, i);
                    monthYear = span != null;
                }
            } else if (t.is(Kind.ALNUM)) {
                span = compact(post, i);
            } else if (t.isCapitalized()) {
                span = holiday(post, i);
                namedDay = span != null;
            }
            if (span == null && t.is(Kind.WORD)) {
                span = relativeDay(post, i);
                namedDay = span != null;
            }
            if (span == null && Words.WEEKDAYS.contains(post.lowerToken(i))) {
                span = weekday(post, i);
                namedDay = span != null;
            }
            if (span != null) {
                if (!namedDay) {
                    span[1] = rangeEnd(post, span[1]);
                }
                out.accept(detect(post, span[0], span[1], monthYear, namedDay));
                next = span[1];
            }
        }
    }

    // ------------------------------------------------------------------ forms

    /** {@code 3/4/61}, {@code 03-04-1961}, {@code 3.4.61}, {@code 2026-03-04}; {@code 6/14} after a date word. */
    private static int[] numeric(AnalyzedPost post, int i) {
        String s = post.tokens().get(i).text();
        char sep = 0;
        int[] parts = new int[3];
        int[] lengths = new int[3];
        int n = 0;
        int len = 0;
        int value = 0;
        for (int k = 0; k <= s.length(); k++) {
            char c = k < s.length() ? s.charAt(k) : 0;
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                len++;
                if (len > 4) {
                    return null;
                }
                continue;
            }
            if (len == 0 || n == 3) {
                return null;
            }
            if (c != 0) {
                if (c != '/' && c != '-' && c != '.') {
                    return null; // 10:30, 1,204
                }
                if (sep != 0 && c != sep) {
                    return null; // 0.71-0.94
                }
                sep = c;
            }
            parts[n] = value;
            lengths[n] = len;
            n++;
            value = 0;
            len = 0;
        }
        if (n == 3) {
            if (lengths[0] == 4) {
                return isYear(parts[0]) && lengths[1] <= 2 && lengths[2] <= 2 && validDay(parts[1], parts[2])
                        ? new int[] {i, i + 1} : null;
            }
            boolean year = lengths[2] == 2 || (lengths[2] == 4 && isYear(parts[2]));
            if (!year || lengths[0] > 2 || lengths[1] > 2 || isVersion(post, i)) {
                return null;
            }
            return validDay(parts[0], parts[1]) || validDay(parts[1], parts[0]) ? new int[] {i, i + 1} : null;
        }
        if (n == 2 && sep == '/' && lengths[0] <= 2 && lengths[1] <= 2
                && (validDay(parts[0], parts[1]) || validDay(parts[1], parts[0]))
                && dateLead(post, i) && (dayFollower(post, i + 1) || (eventLead(post, i) && !countAfter(post, i + 1)))
                && PhiContext.find(SCORE_WORDS, post, i - 4, i + 3, i, i + 1) == null) {
            return new int[] {i, i + 1};
        }
        // "in Hadley 6/21, driver 19yo ...": in a sentence about a patient, a month and a day of 10 or
        // more before a comma or the end of a sentence is a date even without a date word (no fraction
        // or score has that shape)
        if (n == 2 && sep == '/' && lengths[0] <= 2 && lengths[1] == 2 && parts[1] >= 10
                && validDay(parts[0], parts[1])
                && (clauseEnd(post, i + 1) || dayFollower(post, i + 1) || is(post, i + 1, "s/p"))
                && PatientCues.inSentence(post, post.tokens().get(i).sentence())
                && PhiContext.find(SCORE_WORDS, post, i - 4, i + 3, i, i + 1) == null) {
            return new int[] {i, i + 1};
        }
        return null;
    }

    /** A comma, full stop, closing bracket or the end of the text at token {@code k}. */
    private static boolean clauseEnd(AnalyzedPost post, int k) {
        Token t = token(post, k);
        return t == null || t.text().equals(",") || t.text().equals(".") || t.text().equals(")")
                || t.text().equals(";");
    }

    /** {@code 11/28-12/4} (an en dash folds to a hyphen): two month/day dates as one token, a date range. */
    private static int[] numericRange(AnalyzedPost post, int i) {
        String s = post.tokens().get(i).text();
        int dash = s.indexOf('-');
        if (dash < 3 || dash != s.lastIndexOf('-') || !monthSlashDay(s.substring(0, dash))
                || !monthSlashDay(s.substring(dash + 1))) {
            return null;
        }
        // two dates joined are a date range even without a date word before them ("with us 6/3-6/8")
        // any word may follow a range of two dates ("worked 3/2-3/9 straight") but a count or a unit
        boolean follower = dayFollower(post, i + 1) || (token(post, i + 1).is(Kind.WORD) && !countAfter(post, i + 1)
                && PatientCues.inSentence(post, post.tokens().get(i).sentence()));
        return follower && PhiContext.find(SCORE_WORDS, post, i - 4, i + 3, i, i + 1) == null
                ? new int[] {i, i + 1} : null;
    }

    /** {@code 11/28} or {@code 7/1/25}: a month and a valid day, and perhaps a two- or four-digit year. */
    private static boolean monthSlashDay(String s) {
        String[] parts = s.split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 4 || !Validators.allDigits(part)) {
                return false;
            }
        }
        if (parts[0].length() > 2 || parts[1].length() > 2 || (parts.length == 3 && parts[2].length() == 3)) {
            return false;
        }
        return validDay(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * Extends a date over the end of a range: "1/20 to 1/27", "10/2 - 10/6", "Oct 2 through Oct 6",
     * "Jan 20 to 27". The second date needs no date word of its own: the first one had it.
     */
    private static int rangeEnd(AnalyzedPost post, int end) {
        if (!RANGE_JOINERS.contains(PhiContext.lower(post, end))) {
            return end;
        }
        Token first = post.tokens().get(end - 1);
        Token t = token(post, end + 1);
        if (t == null || t.sentence() != first.sentence()) {
            return end;
        }
        if (t.is(Kind.NUMBER) && monthSlashDay(t.text()) && first.text().indexOf('/') > 0) {
            return end + 2;
        }
        if (month(post, t) > 0) {
            int[] second = monthDay(post, end + 1);
            return second != null ? second[1] : end;
        }
        int month = 0;
        for (int k = end - 1; k >= Math.max(0, end - 3) && month == 0; k--) {
            month = month(post, post.tokens().get(k));
        }
        if (month > 0 && t.is(Kind.NUMBER) && dayValue(t.text(), month) && !is(post, end, "and")) {
            int stop = end + 2;
            return isOrdinalSuffix(post, stop) ? stop + 1 : stop;
        }
        return end;
    }

    /**
     * "over the Fourth of July", "after the Halloween party", "on Christmas Eve": a holiday after a
     * time word names the day of an event. It counts only about a patient (see {@link #detect}).
     */
    private static int[] holiday(AnalyzedPost post, int i) {
        int len = HOLIDAYS.matchAt(post, i);
        if (len == 0) {
            return null;
        }
        int k = i - 1;
        if (is(post, k, "the")) {
            k--;
        }
        if (!HOLIDAY_LEAD.contains(PhiContext.lower(post, k)) && !eventJustBefore(post, i)) {
            return null;
        }
        int end = i + len;
        if (is(post, end, "'s") && !HOLIDAYS.canonicalAt(post, i, len).endsWith("'s")) {
            end++;
        }
        if (is(post, end, "day") || is(post, end, "eve") || is(post, end, "weekend")) {
            end++;
        }
        return new int[] {i, end};
    }

    /**
     * "last Tuesday", "on Friday", "Sunday night": a weekday that names one day, which with the post's
     * own date gives the day of the event. Like a holiday it counts only about a patient (see
     * {@link #detect}). "Mondays", "every Monday", "Monday-Friday" and "Monday through Friday" are
     * schedules, not a day.
     */
    private static int[] weekday(AnalyzedPost post, int i) {
        String before = PhiContext.lower(post, i - 1);
        String after = PhiContext.lower(post, i + 1);
        // a schedule joins two weekdays; a dash before a new clause ("last Tuesday - she's home") does not
        if (before.equals("every") || Words.WEEKDAYS.contains(PhiContext.lower(post, i + 2))
                || ((RANGE_JOINERS.contains(after) || after.equals("–")) && gluedOrDay(post, i + 1))) {
            return null;
        }
        boolean partOfDay = PARTS_OF_DAY.contains(after) && !after.equals("day") && !after.equals("weekend");
        // "after Friday's game", "Tuesday's labs": the day of one event, not a weekly one ("Friday's specials")
        boolean possessive = after.equals("'s") && post.tokens().get(i + 1).start() == post.tokens().get(i).end();
        if (!WEEKDAY_LEAD.contains(before) && !partOfDay && !possessive && !eventJustBefore(post, i)) {
            return null;
        }
        return new int[] {i, partOfDay || possessive ? i + 2 : i + 1};
    }

    /** Days named from the day of writing; with the post's date they give the day of the event. */
    private static final PhraseSet RELATIVE_DAYS = PhraseSet.of("yesterday", "last night", "this morning",
            "this afternoon", "this evening", "this weekend", "last weekend", "last week", "the other night",
            "the night before last", "the day before yesterday");

    /**
     * "came in yesterday", "admitted this morning", "his second stroke this weekend": a day named from
     * today right after a care event or an injury. Like a weekday it counts only about a patient (see
     * {@link #detect}); "today" and "tonight" are the present, not a date.
     */
    private static int[] relativeDay(AnalyzedPost post, int i) {
        int len = RELATIVE_DAYS.matchAt(post, i);
        return len > 0 && eventJustBefore(post, i) ? new int[] {i, i + len} : null;
    }

    /** A joiner at {@code k} glued to the word before it ("Mon-Fri") or followed by a weekday-like word. */
    private static boolean gluedOrDay(AnalyzedPost post, int k) {
        Token t = token(post, k);
        Token before = token(post, k - 1);
        if (t == null || before == null) {
            return false;
        }
        if (!t.is(Kind.PUNCT)) {
            return false; // "Monday to Friday" is caught by the weekday after it; "Monday and is already..." is a day
        }
        if (t.start() == before.end()) {
            return true; // "Monday-Friday", "Mon- Fri"
        }
        Token next = token(post, k + 1);
        return next != null && next.start() == t.end(); // "Monday -Friday"
    }

    /**
     * "admitted Christmas Eve", "had her hip replaced Monday", "broke his wrist Saturday": a care event
     * or an injury a few words before a weekday or holiday makes it the day it happened.
     */
    private static boolean eventJustBefore(AnalyzedPost post, int i) {
        // up to three words between: "fractured his left wrist Saturday", "admitted to the ICU Sunday"
        if (careEventBefore(post, i, 4) != null) {
            return true;
        }
        String event = eventBefore(post, i, 4);
        // a death is news of anyone, a colleague's or a public figure's as often as a patient's
        return event != null && !DEATH.contains(event);
    }

    /** {@link PhiContext#cueBefore} for care events, leaving out "admitted to the bar" and the like. */
    private static String careEventBefore(AnalyzedPost post, int first, int window) {
        String cue = PhiContext.cueBefore(CARE_EVENT, post, first, window);
        if (cue != null && (cue.equals("admitted") || cue.equals("readmitted"))) {
            int sentenceStart = post.sentences().get(post.tokens().get(first - 1).sentence()).firstToken();
            for (int k = first - 1; k >= Math.max(sentenceStart, first - window); k--) {
                if (Signals.admittedToGroup(post, k)) {
                    return null;
                }
            }
        }
        return cue;
    }

    private static final Set<String> PASSING = Set.of("passed", "passes", "passing", "pass");

    /** What one passes that is no death: "passed her boards", "passed the NCLEX on Friday". */
    private static final Set<String> PASSED_TESTS = Set.of("exam", "exams", "boards", "board", "nclex",
            "certification", "licensing", "usmle", "step", "mcat", "bar", "orals", "finals", "inspection",
            "audit", "survey", "accreditation", "drivers", "driving", "course", "class", "checkoff", "check-off",
            "competency", "competencies", "cpr", "acls", "pals", "bls", "ccrn", "cen", "registry");

    /**
     * "passed her paramedic exam", "on passing the Illinois bar exam": a test passed, not a death; the object
     * sits within four words.
     */
    private static boolean passedATest(AnalyzedPost post, int i) {
        String w = post.lowerToken(i);
        if (!PASSING.contains(w)) {
            return false;
        }
        int n = post.tokens().size();
        for (int k = i + 1; k < Math.min(n, i + 5) && post.tokens().get(k).is(Kind.WORD); k++) {
            if (PASSED_TESTS.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    /** The first care word in [from, to), leaving out the exam of "passed her paramedic exam". */
    private static String careWordIn(AnalyzedPost post, PhraseSet care, int from, int to) {
        return PhiContext.find(care, post, from, to, i -> passedObject(post, i));
    }

    /** Token {@code i} is within the object of a test passed: the "exam" of "passed her paramedic exam". */
    private static boolean passedObject(AnalyzedPost post, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (passedATest(post, k)) {
                return true;
            }
        }
        return false;
    }

    /** {@link PhiContext#cueBefore} for {@code EVENT}, leaving out a test passed. */
    private static String eventBefore(AnalyzedPost post, int first, int window) {
        if (first <= 0 || first > post.tokens().size()) {
            return null;
        }
        int sentenceStart = post.sentences().get(post.tokens().get(first - 1).sentence()).firstToken();
        for (int i = first - 1; i >= Math.max(sentenceStart, first - window); i--) {
            int len = EVENT.matchAt(post, i);
            if (len > 0 && i + len <= first && !passedATest(post, i)) {
                return EVENT.canonicalAt(post, i, len);
            }
        }
        return null;
    }

    /** The first {@code EVENT} in [from, to), leaving out a test passed. */
    private static String eventIn(AnalyzedPost post, int from, int to) {
        return PhiContext.find(EVENT, post, from, to, i -> passedATest(post, i));
    }

    /**
     * The first care event in [from, to), leaving out "admitted to the bar" and the like (only that
     * match: a real admission elsewhere in the range still counts).
     */
    private static String careEventIn(AnalyzedPost post, int from, int to) {
        return PhiContext.find(CARE_EVENT, post, from, to, i -> Signals.admittedToGroup(post, i));
    }

    private static final Set<String> DEATH = Set.of("died", "passed", "passed away", "expired", "deceased", "death");

    private static boolean validDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= PhiContext.daysIn(month);
    }

    private static boolean isVersion(AnalyzedPost post, int i) {
        String prev = PhiContext.lower(post, i - 1);
        return prev.equals("v") || prev.equals("version") || prev.equals("ver") || prev.equals("release")
                || prev.equals("ios") || prev.equals("android");
    }

    /**
     * A preposition, weekday or birth/event word right before {@code 6/14} (a colon may sit between),
     * or, in a sentence about a patient, a test or procedure ("s/p TKA 8/19", "echo (2/27)").
     */
    private static boolean dateLead(AnalyzedPost post, int i) {
        int k = i;
        if (is(post, k - 1, ":") || is(post, k - 1, ",") || is(post, k - 1, "(")) {
            k--;
        }
        return PhiContext.cueBefore(DATE_LEAD, post, k, 1) != null
                || procedureBefore(post, k)
                || PhiContext.cueBefore(PhiContext.WEEKDAYS, post, k, 1) != null
                || PhiContext.cueBefore(BIRTH, post, k, 5) != null
                || careEventBefore(post, k, 2) != null
                || eventBefore(post, k, 2) != null;
    }

    /**
     * "Admit: 3/14 pt with CHF", "DOB 3/4 per mom": a birth or care event right before a month and
     * day makes it a date whatever word follows, unless a count follows ("discharged 2/3 patients").
     */
    private static boolean eventLead(AnalyzedPost post, int i) {
        int k = is(post, i - 1, ":") ? i - 1 : i;
        // "born at 24 weeks on 3/2 weighing ...": a birth word a few words back, as dateLead reads it
        return PhiContext.cueBefore(BIRTH, post, k, 5) != null || careEventBefore(post, k, 2) != null
                || eventBefore(post, k, 2) != null;
    }

    /** A test or procedure named right before token {@code k}, in a sentence about a patient. */
    private static boolean procedureBefore(AnalyzedPost post, int k) {
        if (k <= 0) {
            return false;
        }
        int sentence = post.tokens().get(k - 1).sentence();
        if (!post.signals().isPatientContext(sentence)) {
            return false;
        }
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (c.end() == k && c.kind() == Signals.Kind.TEST_PROCEDURE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 04MAR1961}, {@code 4Mar61}: day, month abbreviation and year in one token, the way
     * clinical systems print dates.
     */
    private static int[] compact(AnalyzedPost post, int i) {
        String s = post.tokens().get(i).text();
        int d = 0;
        while (d < s.length() && Character.isDigit(s.charAt(d))) {
            d++;
        }
        int m = d;
        while (m < s.length() && Character.isLetter(s.charAt(m))) {
            m++;
        }
        int y = s.length() - m;
        if (d == 0 || d > 2 || m - d != 3 || !(y == 2 || y == 4) || !Validators.allDigits(s.substring(m))) {
            return null;
        }
        Integer month = PhiContext.monthNumber(s.substring(d, m).toLowerCase(java.util.Locale.ROOT));
        int day = Integer.parseInt(s.substring(0, d));
        if (month == null || day < 1 || day > PhiContext.daysIn(month)
                || (y == 4 && !isYear(Integer.parseInt(s.substring(m))))) {
            return null;
        }
        return new int[] {i, i + 1};
    }

    /** End of text, punctuation or a function word after a bare day; not a noun ("1/2 NS"). */
    private static boolean dayFollower(AnalyzedPost post, int k) {
        Token t = token(post, k);
        if (t == null || t.is(Kind.EMOJI) || t.is(Kind.HASHTAG)) {
            return true;
        }
        if (t.is(Kind.PUNCT)) {
            return !t.text().equals("%");
        }
        if (!t.is(Kind.WORD)) {
            return false;
        }
        String w = post.lowerText(t); // a verb in the past tense ("on 9/23 started late"), not "1/2 bed"
        return PhiContext.at(DAY_FOLLOWERS, post, k) > 0 || Words.pastTense(w);
    }

    private static boolean countAfter(AnalyzedPost post, int k) {
        Token t = token(post, k);
        return t != null && (t.is(Kind.WORD) || t.text().equals("%")) && PhiContext.at(COUNT_NOUNS, post, k) > 0;
    }

    /** {@code Dec 7}, {@code Dec. 7th}, {@code December 7, 2026}, {@code May 1, 1926}, {@code Dec 7-9}. */
    private static int[] monthDay(AnalyzedPost post, int i) {
        int k = i + 1;
        if ((is(post, k, ".") && post.tokens().get(k).start() == post.tokens().get(i).end()) || gluedHyphen(post, k)) {
            k++; // "Dec. 7", "Mar-14"
        }
        Token d = token(post, k);
        if (d == null || !d.is(Kind.NUMBER) || !isDay(d, month(post, post.tokens().get(i)))) {
            return null;
        }
        int end = k + 1;
        if (isOrdinalSuffix(post, end)) {
            end++;
        } else if (countAfter(post, end)) {
            return null;
        }
        end = withYear(post, end);
        return new int[] {i, end};
    }

    /** A hyphen at {@code k} glued to the tokens on both sides, as in {@code 14-Mar-2024}. */
    private static boolean gluedHyphen(AnalyzedPost post, int k) {
        Token t = token(post, k);
        Token before = token(post, k - 1);
        Token after = token(post, k + 1);
        return t != null && before != null && after != null && t.text().equals("-") && before.end() == t.start()
                && t.end() == after.start();
    }

    /** Day 1-31 valid for the month, or a day range {@code 7-9}. */
    private static boolean isDay(Token d, int month) {
        String s = d.text();
        int dash = s.indexOf('-');
        if (dash > 0) {
            return s.length() <= 5 && dayValue(s.substring(0, dash), month) && dayValue(s.substring(dash + 1), month);
        }
        return dayValue(s, month);
    }

    private static boolean dayValue(String s, int month) {
        if (s.isEmpty() || s.length() > 2) {
            return false;
        }
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
            v = v * 10 + (c - '0');
        }
        return v >= 1 && v <= PhiContext.daysIn(month);
    }

    /** Extends a day-and-month date over a following year ({@code , 2026} or {@code 2026}). */
    private static int withYear(AnalyzedPost post, int end) {
        int k = end;
        if (is(post, k, ",") || (ForeignPhi.of(post) != null && (is(post, k, "de") || is(post, k, "del")))) {
            k++; // "3 de marzo de 2024"
        }
        Token y = token(post, k);
        if (y != null && y.text().length() == 4 && isYear(intValue(y, 4))) {
            return k + 1;
        }
        return end;
    }

    /** {@code 4 March 2026}, {@code 4th of March}, {@code 14th March}. */
    private static int[] dayMonth(AnalyzedPost post, int i) {
        Token d = post.tokens().get(i);
        int v = intValue(d, 2);
        if (v < 1 || v > 31) {
            return null;
        }
        int k = i + 1;
        if (isOrdinalSuffix(post, k)) {
            k++;
        }
        if (is(post, k, "of") || gluedHyphen(post, k) || foreignDayMark(post, k)) {
            k++; // "4th of March", "14-Mar", "12 de marzo"
        }
        Token m = token(post, k);
        if (m == null) {
            return null;
        }
        int month = month(post, m);
        if (month == 0 && m.is(Kind.WORD) && post.lowerText(m).equals("march")) {
            month = 3; // "4 march" after a day number is the month, not the verb
        }
        if (month == 0 || v > PhiContext.daysIn(month)) {
            return null;
        }
        int end = k + 1;
        int yearAt = end;
        if ((is(post, yearAt, ".") && m.length() <= 4) || gluedHyphen(post, yearAt)) {
            yearAt++; // 4 Mar. 2026, 14-Mar-2024
        }
        int withYear = withYear(post, yearAt);
        return new int[] {i, withYear > yearAt ? withYear : end};
    }

    /** "3 de marzo", "am 14. März": what stands between a day and a month name in a Spanish, Portuguese or German post. */
    private static boolean foreignDayMark(AnalyzedPost post, int k) {
        if (ForeignPhi.of(post) == null || k >= post.tokens().size()) {
            return false;
        }
        return is(post, k, "de") || (is(post, k, ".") && post.tokens().get(k).start() == post.tokens().get(k - 1).end());
    }

    /** {@code on the 14th}, {@code admitted the 3rd}: an ordinal day after "the" and a date word. */
    private static int[] ordinal(AnalyzedPost post, int i) {
        int v = intValue(post.tokens().get(i), 2);
        if (v < 1 || v > 31 || !isOrdinalSuffix(post, i + 1) || !is(post, i - 1, "the")) {
            return null;
        }
        boolean partOfDay = is(post, i - 2, "of") && PARTS_OF_DAY.contains(PhiContext.lower(post, i - 3));
        boolean lead = is(post, i - 2, "on") || is(post, i - 2, "since") || is(post, i - 2, "by")
                || is(post, i - 2, "until") || partOfDay || rescheduled(post, i - 2)
                || careEventBefore(post, i - 1, 2) != null
                || eventBefore(post, i - 1, 2) != null
                || PhiContext.cueBefore(BIRTH, post, i - 1, 2) != null;
        if (!lead) {
            return null;
        }
        Token after = token(post, i + 2);
        if (after != null && after.is(Kind.WORD) && PhiContext.at(DAY_FOLLOWERS, post, i + 2) == 0) {
            return null; // the 14th floor, the 3rd time
        }
        return new int[] {i, i + 2};
    }

    /** Words that move or set the day of a visit, a refill or a follow-up. */
    private static final PhraseSet SCHEDULING = PhraseSet.of("moved", "rescheduled", "pushed", "bumped", "changed",
            "scheduled", "booked", "set", "postponed", "delayed", "date", "due", "fill date", "refill date",
            "follow-up", "followup", "f/u", "appt", "appointment", "visit", "surgery", "procedure", "induction",
            "back", "return");

    /**
     * "his visit is moved to the 14th", "your fill date is the 22nd", "f/u booked for the 3rd": a day
     * after "to", "for" or "is" that a scheduling word a few words before makes the day of a visit.
     */
    private static boolean rescheduled(AnalyzedPost post, int k) {
        String w = PhiContext.lower(post, k);
        if (!(w.equals("to") || w.equals("for") || w.equals("is") || w.equals("was") || w.equals("till")
                || w.equals("til") || w.equals(":"))) {
            return false;
        }
        int sentence = post.tokens().get(k).sentence();
        for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
            if (post.tokens().get(j).sentence() != sentence) {
                return false;
            }
            int len = PhiContext.at(SCHEDULING, post, j);
            if (len > 0 && j + len <= k) {
                return true;
            }
        }
        return false;
    }

    /** {@code March 2024}, {@code Mar. 2024}, {@code March of 2024}. */
    private static int[] monthYear(AnalyzedPost post, int i) {
        int k = i + 1;
        if (is(post, k, ".") || is(post, k, "of")) {
            k++;
        }
        Token y = token(post, k);
        if (y != null && y.text().length() == 4 && isYear(intValue(y, 4))) {
            return new int[] {i, k + 1};
        }
        // "Sept '22": an apostrophe glued to a two-digit year
        if (y != null && y.text().equals("'") && k == i + 1 && y.start() == post.tokens().get(i).end() + 1) {
            Token yy = token(post, k + 1);
            if (yy != null && yy.start() == y.end() && yy.length() == 2 && intValue(yy, 2) >= 0
                    && (k + 2 >= post.tokens().size() || post.tokens().get(k + 2).start() > yy.end()
                            || !Character.isLetterOrDigit(post.tokens().get(k + 2).text().charAt(0)))) {
                return new int[] {i, k + 2};
            }
        }
        return null;
    }

    /**
     * "(b. 1931)", "born in 1928", "YOB 1930": a birth year that puts a living person over 89. Safe
     * Harbor lets years stand except those that reveal an age over 89.
     */
    private static boolean birthYearOver89(AnalyzedPost post, int i) {
        Token t = post.tokens().get(i);
        int year = intValue(t, 4);
        if (t.length() != 4 || year < 1900 || year > java.time.Year.now().getValue() - 90) {
            return false;
        }
        int k = i - 1;
        if (is(post, k, "in")) {
            k--;
        }
        boolean abbreviated = is(post, k, ".") && is(post, k - 1, "b")
                && post.tokens().get(k - 1).end() == post.tokens().get(k).start();
        return abbreviated || is(post, k, "born") || is(post, k, "yob") || is(post, k, "b.");
    }

    private static Detection oldBirthYear(AnalyzedPost post, int i) {
        Token t = post.tokens().get(i);
        int[] range = PhiContext.sentenceRange(post, i, i + 1);
        boolean elsewhere = PhiContext.nonPatientCue(post, range[0], range[1]) != null
                || PhiContext.teachingCue(post, 0, 0) != null || !PatientCues.personal(post);
        List<String> reasons = new ArrayList<>();
        reasons.add("a birth year that makes the person older than 89");
        if (elsewhere) {
            reasons.add("teaching, event or public context, or no person in the post");
        }
        return new Detection(FindingType.DATE, t.start(), t.end(), elsewhere ? 0.4 : 0.85,
                "Contains a birth year that reveals an age over 89. Safe Harbor treats that year as an identifier.",
                "Remove the year, or say '90 or older'.", reasons);
    }

    // ------------------------------------------------------------------ confidence

    /** "surgery on March 4th", "seen 12/1", "visit on Jan 3": an event word right before the date. */
    private static String eventRightBefore(AnalyzedPost post, int first) {
        int end = first;
        String w = PhiContext.lower(post, end - 1);
        if (w.equals("on") || w.equals(":") || w.equals("the")) {
            end--;
        }
        if (PhiContext.lower(post, end - 1).equals("on")) {
            end--; // "on the 14th"
        }
        for (int i = end - 1; i >= Math.max(0, end - 3); i--) {
            int len = PhiContext.at(EVENT, post, i);
            if (len > 0 && i + len == end) {
                return EVENT.canonicalAt(post, i, len);
            }
        }
        return null;
    }

    private Detection detect(AnalyzedPost post, int first, int end, boolean monthYear, boolean namedDay) {
        List<Token> tokens = post.tokens();
        int[] range = PhiContext.sentenceRange(post, first, end);
        List<String> reasons = new ArrayList<>();
        String birth = PhiContext.cueBefore(BIRTH, post, first, 6);
        if (birth == null) {
            birth = answeredBirthQuestion(post, first, end);
        }
        String patient = PhiContext.patientContext(post, range[0], range[1], first, end);
        if (patient != null && !patient.startsWith("patient cue")
                && PatientCues.ownServiceSentence(post, tokens.get(first).sentence())) {
            patient = null; // "Our mobile clinic will be at ... on Tuesday, March 4": the service's schedule
        }
        if (patient == null) {
            patient = addresseeCare(post, range[0], first);
        }
        int prevSentenceStart = post.sentences().get(Math.max(0, tokens.get(first).sentence() - 1)).firstToken();
        String nonPatient = PhiContext.nonPatientCue(post, prevSentenceStart, range[1]);
        if (patient == null && !monthYear && nonPatient == null && PhiContext.teachingCue(post, 0, 0) == null
                && !publicNews(post, tokens.get(first).sentence())) {
            patient = personalEvent(post, range[0], range[1], first);
        }
        String event = careEventBefore(post, first, 6);
        boolean careEvent = event != null; // "readmitted 5/6-5/11": only a patient is readmitted
        if (event == null) {
            event = patient != null ? eventBefore(post, first, 6) : eventRightBefore(post, first);
        }
        double confidence;
        if (birth != null) {
            confidence = 0.95;
            reasons.add("labelled as a date of birth, death, admission or service ('" + birth + "')");
        } else if (event != null && (nonPatient == null || patient != null
                || (careEvent && careEventBefore(post, first, 2) != null))) {
            confidence = 0.95;
            reasons.add("date of a care event ('" + event + "')");
        } else if (patient != null) {
            confidence = 0.9;
            reasons.add("in a sentence about a patient (" + patient + ")");
        } else {
            // "... announced his diagnosis in Feb 2023": a public figure's news, not a patient's date
            boolean news = QuasiIdentifierRule.publicReport(post, tokens.get(first).sentence());
            confidence = monthYear && !news ? 0.55 : namedDay ? 0.3 : 0.35;
            reasons.add(monthYear && !news ? "month and year without patient context"
                    : news ? "reported news, no patient context" : "no patient context");
        }
        boolean weekday = namedDay && Words.WEEKDAYS.contains(post.lowerToken(first));
        // a reply about the addressee's own visit ("your cleaning on Monday"), or a person and their care
        // event before the day ("the woman who collapsed in the cereal aisle on Sunday"), has care of its own
        if (weekday && birth == null && event == null && (patient == null || !(patient.startsWith("patient cue")
                || patient.startsWith(ADDRESSEE_CARE)
                || (patient.startsWith(PERSONAL_EVENT) && !writersOwn(post, range[0], first))))) {
            // "giving flu shots at the senior center on Tuesday": the weekday is itself the timing that made the
            // sentence look like a case, so it needs a care event or a patient cue of its own
            confidence = Math.min(confidence, 0.45);
            reasons.add("a weekday with no care event or patient cue of its own");
        }
        boolean relative = namedDay && RELATIVE_DAYS.matchAt(post, first) > 0;
        if (relative && patient == null && !careEvent && birth == null) {
            confidence = Math.min(confidence, 0.3);
            reasons.add("a day named from today with no patient in the sentence");
        }
        if (namedDay) {
            reasons.add(relative ? "a day named from today gives the day of the event"
                    : weekday ? "a weekday names the day of the event" : "a holiday names the day of the event");
        }
        if (patient != null && confidence > 0.9) {
            reasons.add(patient);
        }
        if (patient == null && birth == null && !careEvent && !PatientCues.personal(post)) {
            confidence = Math.min(confidence, 0.45);
            reasons.add("no patient or other private person in the post");
        }
        if (birth == null && (patient == null || patient.startsWith(PERSONAL_EVENT)) && obituaryOfOwn(post, first)) {
            confidence = Math.min(confidence, 0.35);
            reasons.add("a death told as the organisation's news of its own volunteer or colleague");
        }
        var own = post.sentences().get(tokens.get(first).sentence());
        int clause = end;
        while (clause < own.endToken() && !".;!?".contains(post.lowerToken(clause))) {
            clause++; // "I had my own knee replaced June 3. As a geriatrician ...": a date's "3." may end no sentence
        }
        if (birth == null && writersOwnCare(post, own.firstToken(), clause, first)) {
            confidence = Math.min(confidence, 0.4);
            reasons.add("the writer's own care ('I', 'my'), no one else in the sentence");
        }
        if (birth == null && cohort(post, range[0], range[1])) {
            confidence = Math.min(confidence, 0.35);
            reasons.add("a count of ten or more patients: a cohort's dates, not one person's");
        }
        if (birth != null && patient == null && colleaguesBaby(post, tokens.get(first).sentence())) {
            confidence = Math.min(confidence, 0.3);
            reasons.add("a colleague's baby, announced with their parental leave");
        }
        if (placeholder(post, first, end)) {
            confidence = Math.min(confidence, 0.2);
            reasons.add("a placeholder date (1/1/1900, 1/1/1970) or a test or training record");
        }
        if (historical(post, first, end)) {
            confidence = Math.min(confidence, 0.2);
            reasons.add("a year before 1900: a historical date, not a living patient's");
        }
        if (nonPatient != null && birth == null) {
            confidence = Math.round((confidence - 0.25) * 100) / 100.0;
            reasons.add("event, publication or teaching context ('" + nonPatient + "')");
        }
        return new Detection(FindingType.DATE, tokens.get(first).start(), tokens.get(end - 1).end(), confidence,
                "Contains a date linked to a patient. Under HIPAA Safe Harbor every part of a patient's dates "
                        + "except the year (birth, admission, discharge, visit, death) is an identifier.",
                "Remove the date, or keep only the year or a vague time ('recently', 'last spring').", reasons);
    }

    /**
     * "Hi Priya, ... your visit on Feb 11 was billed as new", "sorry about the wait at your
     * follow-up on Aug 5": in a reply to one person, a date after their own visit is that patient's date. The
     * reply is known by its greeting, a leading mention or the draft's reply-to handle.
     */
    private static String addresseeCare(AnalyzedPost post, int sentenceStart, int first) {
        boolean reply = post.draft().replyTo() != null || post.tokens().get(0).is(Kind.MENTION)
                || CareRelationshipRule.greetedName(post) != null
                || (PhiContext.is(post, 1, "to") && REPLY_OPENERS.contains(PhiContext.lower(post, 0)))
                || toTheAddressee(post);
        int from = Math.max(sentenceStart, first - ADDRESSEE_WINDOW);
        // "by Oct 1" is a deadline, unless it follows the visit itself ("your visit from 3/4")
        boolean deadline = DEADLINE.contains(PhiContext.lower(post, first - 1))
                && PhiContext.cueBefore(Words.CARE_EPISODES, post, first - 1, 1) == null;
        if (!reply || deadline || !Words.anyIn(post, from, first, Words.SECOND_PERSON)
                || Words.NON_CONFIRMING.find(post, 0, post.tokens().size()) >= 0) {
            return null;
        }
        int care = Words.CARE_EPISODES.find(post, from, first);
        if (care < 0) {
            care = EVENT.find(post, from, first);
        }
        if (care < 0) {
            // "the interaction between your warfarin and ... on 8/12": their drug, test or condition
            for (Signals.Cue c : post.signals().cues(post.tokens().get(first).sentence())) {
                if (c.kind().isHealthDetail() && c.first() >= from && c.end() <= first) {
                    care = c.first();
                    break;
                }
            }
        }
        return care < 0 ? null : ADDRESSEE_CARE + " ('" + post.lowerToken(care) + "')";
    }

    private static final String ADDRESSEE_CARE = "a reply about the addressee's own care";
    private static final String PERSONAL_EVENT = "a date beside ";

    private static final Set<String> WRITER = Set.of("i", "my", "i'm", "i've", "me", "myself");

    /** "I tore my ACL ... on Saturday": the writer's own mishap, not a patient's. */
    private static boolean writersOwn(AnalyzedPost post, int from, int to) {
        return Words.anyIn(post, from, to, WRITER);
    }

    /**
     * "I had my own knee replaced June 3", "my colonoscopy on 3/4 was a breeze": the writer (I, my) before
     * the date in a sentence that points at no one else (no name, he or she, relative, patient cue, "you").
     */
    private static boolean writersOwnCare(AnalyzedPost post, int from, int to, int first) {
        return writersOwn(post, from, first) && !Words.anyIn(post, from, to, Words.THIRD_POSSESSIVES)
                && !Words.anyIn(post, from, to, Words.FIRST_PLURAL) && !Words.anyIn(post, from, to, Words.SECOND_PERSON)
                && person(post, from, to) == null
                && PhiContext.patientCue(post, from, to, -1, -1) == null;
    }

    /** Who a post opening "To the ..." speaks to when it answers one person. */
    private static final Set<String> ADDRESSEES = Set.of("reviewer", "person", "patient", "family", "gentleman",
            "lady", "woman", "man", "guy", "mom", "dad", "parents", "parent", "driver", "owner", "customer",
            "whoever", "someone", "poster", "commenter");

    /** "To the reviewer who ...", "To whoever left ...": a post that opens by speaking to one person. */
    private static boolean toTheAddressee(AnalyzedPost post) {
        if (!PhiContext.is(post, 0, "to")) {
            return false;
        }
        String w = PhiContext.lower(post, 1);
        if (w.equals("the") || w.equals("our") || w.equals("my")) {
            w = PhiContext.lower(post, 2);
        }
        return ADDRESSEES.contains(w);
    }

    /** Nouns that make the health word before them a service's name: "cancer center", "mammography van". */
    private static final Set<String> SERVICE_NOUNS = Words.with(Words.ORG_UNITS, "centers", "ward", "institute",
            "foundation", "society", "association", "van", "bus", "fund", "walk", "run", "ride", "floor", "awareness",
            "month");

    /** A health-detail cue whose words are followed by a service noun: the name of a service, not anyone's care. */
    private static boolean namesAService(AnalyzedPost post, Signals.Cue c) {
        int k = c.end();
        if (k < post.tokens().size() && post.lowerToken(k).equals("'s")) {
            k++;
        }
        return k < post.tokens().size() && SERVICE_NOUNS.contains(post.lowerToken(k));
    }

    /** A health detail in the sentence other than a service's name. */
    private static boolean careOutsideServices(AnalyzedPost post, int sentence) {
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (c.kind().isHealthDetail() && !namesAService(post, c)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLOCK = Set.of("am", "pm", "a.m.", "p.m.", "noon", "midnight");

    /**
     * Opening hours within six words after the date ("on March 22, 9am-3pm", "on 6/4 from 10 to 2"): a
     * service's or event's schedule, not the day something happened to someone.
     */
    private static boolean hoursAfter(AnalyzedPost post, int first, int to) {
        int end = Math.min(to, first + 9);
        for (int k = first + 1; k < end; k++) {
            String w = post.lowerToken(k);
            if (CLOCK_RANGE.matcher(w).matches()) {
                return true; // "9am-3pm"
            }
            boolean clock = CLOCK.contains(w) || CLOCK_TIME.matcher(w).matches()
                    || (k + 1 < end && post.tokens().get(k).is(Kind.NUMBER) && CLOCK.contains(post.lowerToken(k + 1)));
            int next = k + (CLOCK.contains(PhiContext.lower(post, k + 1)) ? 2 : 1);
            if (clock && next + 1 < end && RANGE_WORDS.contains(post.lowerToken(next))
                    && post.tokens().get(next + 1).is(Kind.NUMBER) || clock && next + 1 < end
                    && RANGE_WORDS.contains(post.lowerToken(next)) && CLOCK_TIME.matcher(post.lowerToken(next + 1)).matches()) {
                return true; // "10 am to 2 pm", "9:00 - 15:00", "9am until 1"
            }
        }
        return false;
    }

    private static final Set<String> RANGE_WORDS = Set.of("-", "–", "to", "until", "till");
    private static final java.util.regex.Pattern CLOCK_RANGE = java.util.regex.Pattern.compile(
            "\\d{1,2}(?::\\d{2})?(?:am|pm)?-\\d{1,2}(?::\\d{2})?(?:am|pm)|\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}");
    private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile(
            "\\d{1,2}(?::\\d{2})?(?:am|pm|a\\.m\\.|p\\.m\\.)(?:-\\d{1,2}(?::\\d{2})?(?:am|pm))?|\\d{1,2}:\\d{2}");

    /** Staff news in a sentence: a date there is a hire's or a retiree's, not a patient's. */
    private static final PhraseSet STAFF_NEWS = PhraseSet.of("joins", "joined", "joining", "welcome", "welcomes",
            "welcoming", "hired", "promoted", "retires", "retiring", "retirement", "new hire", "onboarding",
            "starts with us", "starting with us", "first day", "last day", "shift starts", "new grad", "new grads",
            "orientation", "graduates", "graduated", "anniversary with",
            // the team's own routine moving to a new day or time
            "handover", "handovers", "huddle", "huddles", "rota", "staff meeting", "team meeting", "in-service",
            "inservice", "skills day", "mandatory training", "fire drill", "reminder to the team", "team reminder");

    /**
     * "we worked her arrest on Oct 3", "Mr. Sandoval's ICD fired on Mar 8", "@tito, who I saw in the
     * ED on 1/19", "Happy birthday to Miss Dorothea, who turned 97 on March 14th": a date in a
     * sentence that points at one person (a titled or given name, an @mention, he or she) and holds a
     * care event, a birthday or a health detail before the date. Returns the reason or null.
     */
    private static String personalEvent(AnalyzedPost post, int from, int to, int first) {
        String person = person(post, from, to);
        if (person == null && Words.anyIn(post, from, first, ONE_PATIENT)
                && (eventIn(post, from, first) != null
                        || careEventIn(post, from, first) != null)) {
            person = "one patient"; // "patient seen 3/14/24 in clinic": a past event of one patient
        }
        if (person == null && repliedTo(post) && Words.anyIn(post, from, to, Words.SECOND_PERSON)) {
            person = "the person the reply answers"; // "Hi Jessica, ... per your chart you were due back on the 22nd"
        } else if (person != null && PatientCues.colleagueNamed(post) && PhiContext.titledName(post, from, to) < 0) {
            return null; // "Dr. Adeyemi ... died at home on March 3": a colleague's news
        }
        if (person == null || DEADLINE.contains(PhiContext.lower(post, first - 1))) {
            return null; // "Dr. Adeyemi ... died at home on March 3": a colleague's news
        }
        // a service's opening hours, unless someone's own care is told ("his chemo", "Mr. Diaz", "who fainted")
        int sentence = post.tokens().get(first).sentence();
        boolean publicSchedule = hoursAfter(post, first, to)
                && !Words.anyIn(post, from, to, Words.THIRD_POSSESSIVES) && !Words.anyIn(post, from, to, Words.COURTESY_TITLES)
                && !post.signals().has(sentence, Signals.Kind.UNUSUAL_EVENT) && !careOutsideServices(post, sentence);
        if ((STAFF_NEWS.find(post, from, to) >= 0 || publicSchedule)
                && PhiContext.patientCue(post, from, to, -1, -1) == null) {
            return null; // "New NP Sofía Ramírez joins our clinic Jan 6", "handover moves to 07:15 from 3 March": the staff's news
        }
        String event = eventIn(post, from, first);
        if (event == null) {
            event = careEventIn(post, from, first);
        }
        if (event == null) {
            event = PhiContext.find(BIRTH, post, from, first, -1, -1);
        }
        if (event == null) {
            event = careWordIn(post, PhiContext.CARE, from, first);
        }
        if (event == null) {
            event = careWordIn(post, Words.CARE_EPISODES, from, first);
        }
        if (event == null) {
            for (Signals.Cue c : post.signals().cues(post.tokens().get(first).sentence())) {
                if (c.kind().isHealthDetail() && c.end() <= first && !passedObject(post, c.first())
                        && !namesAService(post, c)) { // not the "cancer" of "the 5K for the cancer center"
                    event = c.canonical();
                    break;
                }
            }
        }
        if (event == null) {
            event = procedureWord(post, from, first);
        }
        if (event == null) {
            event = reasonAfter(post, first, to);
        }
        return event == null ? null : PERSONAL_EVENT + person + " and '" + event + "'";
    }

    /**
     * "who was with us 3/2-3/9 for DKA", "in our ICU Oct 2 - Oct 9 with sepsis": the reason for a stay
     * named after the date ("for" or "with", perhaps "her" or "a", then a health detail); null if none.
     * The date takes at most three tokens before "for".
     */
    private static String reasonAfter(AnalyzedPost post, int first, int to) {
        for (int k = first + 1; k < Math.min(to, first + 5); k++) {
            if (!(is(post, k, "for") || is(post, k, "with"))) {
                continue;
            }
            int from = k + 1;
            if (from < to && (Words.THIRD_POSSESSIVES.contains(post.lowerToken(from)) || is(post, from, "a")
                    || is(post, from, "an"))) {
                from++;
            }
            for (Signals.Cue c : post.signals().cues(post.tokens().get(first).sentence())) {
                if (c.kind().isHealthDetail() && c.first() == from && !namesAService(post, c)) {
                    return c.canonical();
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "X's family announced his diagnosis on February 16": a date in reported news, in a post where
     * the author neither cares for anyone, nor speaks of themself or their team ("I was his ICU nurse",
     * "our oncology team has been with him"), nor names a care setting ("is in our cardiac ICU").
     */
    private static boolean publicNews(AnalyzedPost post, int sentence) {
        return QuasiIdentifierRule.publicReport(post, sentence)
                && !QuasiIdentifierRule.careRelation(post)
                && !Words.anyIn(post, 0, post.tokens().size(), Words.FIRST_PERSON)
                && Words.careSetting(post, 0, post.tokens().size()) < 0;
    }

    /** "Of 1,204 patients admitted 3/2-3/9": a count of ten or more people in [from, to). */
    private static boolean cohort(AnalyzedPost post, int from, int to) {
        for (int i = Math.max(0, from); i + 1 < Math.min(to, post.tokens().size()); i++) {
            Token t = post.tokens().get(i);
            if (t.is(Kind.NUMBER) && COHORT_NOUNS.contains(post.lowerToken(i + 1))) {
                String digits = t.text().replace(",", "");
                if (Validators.allDigits(digits) && digits.length() >= 2 && digits.length() <= 9) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "your bunionectomy", "her angioplasty": a word built like the name of a procedure, or null. */
    private static String procedureWord(AnalyzedPost post, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, post.tokens().size()); i++) {
            String w = post.lowerToken(i);
            if (w.length() > 7 && !passedObject(post, i)) {
                for (String suffix : PROCEDURE_SUFFIXES) {
                    if (w.endsWith(suffix)) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "date of birth?" ... "Mirela Popescu, September 22nd, 1950!": a full date answering a question
     * about a birth date a few words before it, across the question mark.
     */
    private static String answeredBirthQuestion(AnalyzedPost post, int first, int end) {
        boolean year = false;
        for (int k = first; k < end; k++) {
            year |= post.tokens().get(k).text().length() >= 4 && Validators.countDigits(post.tokens().get(k).text()) >= 4;
        }
        if (!year) {
            return null;
        }
        boolean question = false;
        for (int k = first - 1; k >= Math.max(0, first - 14); k--) {
            if (PhiContext.is(post, k, "?")) {
                question = true;
            } else if (question && BIRTH.matchAt(post, k) > 0) {
                return BIRTH.canonicalAt(post, k, BIRTH.matchAt(post, k));
            }
        }
        return null;
    }

    /** "your child", "your elderly": the word at {@code i} after "your" said to every reader, in a post that answers no one. */
    private static boolean readersOwn(AnalyzedPost post, int i) {
        return i > 0 && post.lowerToken(i - 1).equals("your") && !repliedTo(post);
    }

    /** A reply to one person: a greeting with a name, a leading @mention or the draft's reply-to handle. */
    private static boolean repliedTo(AnalyzedPost post) {
        return post.draft().replyTo() != null || post.tokens().get(0).is(Kind.MENTION)
                || CareRelationshipRule.greetedName(post) != null;
    }

    /** Words of a death notice: condolences, services, a funeral. */
    private static final PhraseSet OBITUARY = PhraseSet.of("condolences", "condolence", "obituary", "funeral",
            "memorial service", "services", "visitation", "celebration of life", "rest in peace", "rip",
            "in memoriam", "sympathies", "deepest sympathy");

    /**
     * "Our condolences to the family of Chief Ray Doyle, who passed Nov 20. Ray drove our ambulance for
     * 14 years as a volunteer": a death notice of one of the organisation's own (an own role after "our",
     * "my" or "as a"), in a post with no patient cue and no health detail beside the date.
     */
    private static boolean obituaryOfOwn(AnalyzedPost post, int first) {
        int sentence = post.tokens().get(first).sentence();
        return !post.signals().hasHealthDetail(sentence)
                && Words.careSetting(post, post.sentences().get(sentence).firstToken(),
                        post.sentences().get(sentence).endToken()) < 0
                && post.signals().memo("obituaryOfOwnPeople", () -> obituaryOfOwnPeople(post));
    }

    /** The post-wide half of {@link #obituaryOfOwn}: a death notice, no patient cue, one of our own named. */
    private static boolean obituaryOfOwnPeople(AnalyzedPost post) {
        int n = post.tokens().size();
        if (OBITUARY.find(post, 0, n) < 0) {
            return false;
        }
        for (int k = 0; k < post.sentences().size(); k++) {
            if (post.signals().has(k, Signals.Kind.PATIENT_STRONG)) {
                return false;
            }
        }
        for (int k = 0; k < n; k++) {
            if (PhiContext.ownRole(post, k, n) || (PhiContext.isOwnRole(post, k) && k > 1
                    && post.lowerToken(k - 2).equals("as") && (PhiContext.is(post, k - 1, "a")
                            || PhiContext.is(post, k - 1, "an") || PhiContext.is(post, k - 1, "our")))) {
                return true;
            }
        }
        return false;
    }

    /** Heads of a place named after someone: "Lincoln Public Library", "Grady Memorial Hospital". */
    private static final Set<String> SITE_HEADS = Set.of("library", "park", "hospital", "school", "center",
            "centre", "church", "hall", "college", "university", "county", "memorial", "museum", "elementary",
            "middle", "high", "stadium", "arena", "field", "community", "clinic", "medical", "street", "avenue",
            "road", "lake", "bridge", "square", "plaza", "auditorium", "theater", "theatre", "ymca", "rec");

    /** A given name with a site's head in the one or two capitalised words after it: a place, not a person. */
    private static boolean namesASite(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        for (int k = i + 1; k < Math.min(tokens.size(), i + 3) && tokens.get(k).isCapitalized(); k++) {
            if (SITE_HEADS.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    /** Who the sentence points at: a titled or given name, an @mention, he or she; null if no one. */
    private static String person(AnalyzedPost post, int from, int to) {
        List<Token> tokens = post.tokens();
        if (PhiContext.titledName(post, from, to) >= 0) {
            return "a titled name";
        }
        if (from < tokens.size()) {
            for (Signals.Cue c : post.signals().cues(tokens.get(from).sentence())) {
                if ((c.kind() == Signals.Kind.OCCUPATION || c.kind() == Signals.Kind.FAMILY_ROLE)
                        && !readersOwn(post, c.first())) {
                    // not "bring your child's shot record" said to every reader
                    return "'" + c.canonical() + "'"; // "whaling captain, 58, ...", "her daughter"
                }
            }
        }
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            Token t = tokens.get(i);
            if (t.is(Kind.MENTION)) {
                return "a mentioned person";
            }
            String w = post.lowerText(t);
            if (Words.SEX.contains(w) || (YOUNG_OR_AGED.contains(w) && !readersOwn(post, i))) {
                return "'" + w + "'";
            }
            if (t.is(Kind.WORD) && t.isCapitalized() && i > 0 && !Words.STAFF.contains(PhiContext.lower(post, i - 1))
                    && !PhiContext.is(post, i - 1, ".") && Lexicons.GIVEN_NAMES.matchAt(post, i) > 0
                    && !Lexicons.CAPITALIZED_NON_NAMES.contains(w) && PhiContext.isNameWord(post, t)
                    && !namesASite(post, i)) {
                return "a name";
            }
        }
        return null;
    }

    /**
     * 1/1/1900 and 1/1/1970 are what systems print when a date is missing; "test patient",
     * "training", "sandbox" or "sim" in the post say the record is not a person's; 01/01 of any year
     * in a record the post calls made up is a trainer's dummy.
     */
    private static boolean placeholder(AnalyzedPost post, int first, int end) {
        String text = post.normalized().substring(post.tokens().get(first).start(), post.tokens().get(end - 1).end());
        return PLACEHOLDER_DATE.matcher(text).matches() || Placeholders.trainingRecord(post)
                || (NEW_YEARS_DAY.matcher(text).matches() && Placeholders.madeUp(post));
    }

    private static final PhraseSet PARENTAL_LEAVE = PhraseSet.of("maternity leave", "paternity leave",
            "parental leave", "family leave", "mat leave");

    /**
     * "Dr. Kowalski is on maternity leave ... baby Nora, born 8/12": a birth date in a post about a
     * colleague's leave or a colleague's new arrival, with no patient cue in the post and no care word in the sentence (not "on
     * maternity leave, but she delivered Ana Ruiz's twins, born 8/12 at 26 weeks, now in our NICU").
     */
    private static boolean colleaguesBaby(AnalyzedPost post, int sentence) {
        int n = post.tokens().size();
        return !post.signals().aboutPatient() && Lexicons.PATIENT_STRONG.find(post, 0, n) < 0
                && ((PARENTAL_LEAVE.find(post, 0, n) >= 0 && !Signals.careWordIn(post, sentence))
                        || ownStaffsArrival(post, sentence));
    }

    /** Words that announce a baby's arrival to a family, not a delivery by the writer's team. */
    private static final PhraseSet ARRIVAL = PhraseSet.of("arrival of", "new arrival", "welcomed", "welcome",
            "baby alert", "proud parents", "proud new parents", "newest addition", "bundle of joy");

    /**
     * "Congrats to our ICU charge nurse Marcus and his wife on the arrival of little Jaden, born 11/3": an
     * arrival announced in the birth date's sentence, which names one of our own by role ("our charge
     * nurse", "my colleague"), with no health detail or unusual event in it and no care setting but
     * the one in the role ("ICU").
     */
    private static boolean ownStaffsArrival(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        if (ARRIVAL.find(post, s.firstToken(), s.endToken()) < 0 || Words.anyIn(post, s.firstToken(), s.endToken(), ONE_PATIENT)
                || post.signals().hasHealthDetail(sentence)
                || post.signals().has(sentence, Signals.Kind.UNUSUAL_EVENT)) {
            return false;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int role = PhiContext.ownRoleAt(post, k, s.endToken());
            if (role >= 0) { // a care setting only between "our" and its role is the role's own ("our ICU nurse")
                return Words.careSetting(post, s.firstToken(), k + 1) < 0
                        && Words.careSetting(post, role, s.endToken()) < 0;
            }
        }
        return false;
    }

    /** True when the date's tokens (or the next two) hold a four-digit year before 1900. */
    private static boolean historical(AnalyzedPost post, int first, int end) {
        List<Token> tokens = post.tokens();
        int stop = end;
        if (is(post, end, ",") || is(post, end, "of") || is(post, end, "in")) {
            stop = end + 2; // "May 12, 1820"; but "3/14/2024 1400" ends in a time, not a year
        }
        for (int k = first; k < Math.min(tokens.size(), stop); k++) {
            String t = tokens.get(k).text();
            for (String part : t.split("[/.-]")) {
                if (part.length() == 4 && part.chars().allMatch(Character::isDigit)) {
                    int year = Integer.parseInt(part);
                    return year >= 1000 && year < 1900;
                }
            }
        }
        return false;
    }
}
