package org.primum.policy.internal;

import static org.primum.policy.internal.PhiContext.intValue;
import static org.primum.policy.internal.PhiContext.is;
import static org.primum.policy.internal.PhiContext.lower;
import static org.primum.policy.internal.PhiContext.token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Ages of a person: {@code 94 y/o}, {@code 94yo}, {@code 94-year-old}, {@code aged 94}, {@code 45F},
 * {@code turns 95}, {@code Walter (93!)}, {@code in her 90s}. Candidates are number tokens (and
 * {@code 101M}-style identifiers); the words around them decide.
 *
 * <p>Safe Harbor makes every age over 89 an identifier, so those fire whatever the context. A
 * younger age fires only when it is tied to one patient: a patient cue in the sentence, a case
 * description ({@code a 45 y/o woman}), or health details after it. Cohort language
 * ({@code adults 50-75}, {@code aged 18-65}, {@code 65+}, {@code 70-year-olds}) never fires, and
 * teaching or research context keeps a younger age under the threshold.
 */
final class AgeRule implements Rule {

    /** Units that make the number before them an age in years. */
    private static final PhraseSet YEARS_OLD = PhraseSet.of("yo", "y/o", "yom", "yof", "y.o", "y.o.", "yo.",
            "year-old", "years-old", "yr-old", "yrs-old", "y-o", "year old", "years old", "yr old", "yrs old",
            "y old", "years of age", "year of age", "- year-old", "- year old", "- years-old", "- yr-old", "- yo",
            "-year-old", "- y/o");

    /** Units of an infant's age. */
    private static final PhraseSet INFANT_OLD = PhraseSet.of("month-old", "months-old", "mo-old", "months old",
            "month old", "mo old", "mos old", "week-old", "weeks-old", "wk-old", "weeks old", "week old", "wk old",
            "wks old", "day-old", "days-old", "days old", "day old", "- month-old", "- week-old", "- day-old",
            "- month old", "- week old", "- day old");

    /** The same in Spanish, Portuguese, French, Italian and German. */
    private static final PhraseSet FOREIGN_YEARS = PhraseSet.of("años", "anos", "ans", "anni", "jahre", "jahren",
            "jährige", "jähriger", "jährigen", "- jährige", "- jähriger", "- jährigen");

    /** Articles after "N años de": the age of a person at a place ("31 ans de l'école ..."), not a span of years. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("la", "el", "los", "las", "le", "les",
            "o", "a", "os", "as", "do", "da", "dos", "das", "der", "die", "des", "du", "il", "lo");

    /** Generic plurals: "70-year-olds" are a group, not a person. */
    private static final PhraseSet PLURAL_OLD = PhraseSet.of("year-olds", "- year-olds", "yr-olds", "- yr-olds",
            "year olds", "yos");

    private static final PhraseSet AGE_LEAD = PhraseSet.of("aged", "age", "edad", "âgé de", "âgée de", "idade");

    private static final PhraseSet BIRTHDAY = PhraseSet.of("birthday", "bday", "b-day", "birthdays");

    private static final PhraseSet TURNS = PhraseSet.of("turns", "turned", "turning", "cumple", "cumplió",
            "fête ses");

    /** What may follow "turns 95" (a noun would make it "turned 3 corners"). */
    private static final PhraseSet AFTER_TURNS = PhraseSet.of("today", "tomorrow", "tonight", "on", "in", "this",
            "next", "last", "and", "years", "yrs", "year", "yesterday", "soon", "but", "with", "at", "he", "she",
            "we", "so", "while");

    /** Cohort and range words after an age: "65+", "50 and older", "18 to 65". */
    private static final PhraseSet COHORT_AFTER = PhraseSet.of("+", "and older", "and over", "and up",
            "and above", "or older", "or over", "or above", "and under", "or younger", "and younger", "plus", "s",
            "years and older");

    /** Words of a range, cohort language when a number follows ("18 to 65"). */
    private static final PhraseSet RANGE_WORDS = PhraseSet.of("-", "to", "through", "thru", "&", "and", "or");

    private static final PhraseSet COHORT_BEFORE = PhraseSet.of("over", "under", "ages", "between", "<", ">",
            "above", "below", "older than", "younger than", "from", "by", "until", "at least");

    /** Words after {@code 100M} that make it a count in millions, not an age and sex. */
    private static final PhraseSet MILLIONS_OF = PhraseSet.of("people", "users", "views", "dollars", "in", "of",
            "downloads", "patients", "americans", "adults", "children", "kids", "lives", "doses", "visits",
            "followers", "subscribers", "viewers", "years", "deaths", "cases", "budget", "grant", "funding",
            "records", "miles", "km", "steps", "tests", "vaccinations", "shots", "prescriptions", "units", "per");

    /** Health details introduced right after an age ("82yo w/ stage 3..."). */
    private static final PhraseSet HEALTH_INTRO = PhraseSet.of("w/", "with", "c/o", "s/p", "h/o", "hx", "pmh",
            "presenting", "presents", "presented", "admitted", "brought in", "bib", "complaining");

    private static final PhraseSet TEMPERATURE = PhraseSet.of("temp", "temperature", "fever", "febrile", "tmax",
            "t", "spiked", "degrees", "°");

    private static final PhraseSet POSSESSIVE = PhraseSet.of("her", "his", "their", "in her", "in his");

    /** Things that have ages but are not people ("our 100-year-old hospital"). */
    /** The oldest verified human lived to 122; anything above this is a default or a typo, not a person. */
    private static final int MAX_HUMAN_AGE = 122;
    /** Words of published work shared by a case cited and a research subject: "case report", "journal". */
    private static final String[] PUBLICATION = {"published", "case report", "case reports", "case series",
        "preprint", "journal"};
    /** A published or research subject, not a patient of the writer: "a 2019 case report of a 93-year-old". */
    private static final PhraseSet PUBLISHED = PhraseSet.union(PhraseSet.of(PUBLICATION), PhraseSet.of("cohort",
            "registry", "retracted", "literature", "trial", "participants", "participant", "study subject",
            "meta-analysis"));
    /** An author's citation: "Smith et al.", "published in", "case report". */
    private static final PhraseSet CITATION = PhraseSet.union(PhraseSet.of(PUBLICATION), PhraseSet.of("et al",
            "et al."));
    /** Staff, volunteers and honorees: their ages are not patient information. */
    private static final java.util.Set<String> STAFF_CUES = java.util.Set.of("volunteer", "volunteers", "founder",
            "founded", "emeritus", "professor", "retiring", "retirement", "award", "honoree", "colleague",
            "coworker", "co-worker", "staff", "employee", "chief", "director", "board", "trustee", "alumni", "alumnus",
            "dnp", "rn", "md", "phd", "np", "faculty", "obituary", "funeral", "memoriam");
    /** Words that say a case is made up: its ages belong to no one. */
    private static final PhraseSet FICTION = PhraseSet.of("fictional", "fictitious", "fictionalized", "hypothetical",
            "made-up", "made up case", "not a real patient", "fake patient", "mock patient", "invented case");
    private static final java.util.Set<String> STATISTICS = java.util.Set.of("average", "averages", "averaged",
            "mean", "median", "avg", "averaging");
    private static final PhraseSet THINGS = PhraseSet.of("hospital", "building", "church", "school", "house",
            "tradition", "company", "business", "institution", "clinic", "practice", "tree", "bridge", "law",
            "record", "photo", "picture", "car", "truck", "tractor", "barn", "farm", "organization", "program",
            "journal", "drug", "vaccine", "debate", "question", "mystery", "technique", "method", "theory", "recipe",
            "brand", "firm", "store", "shop", "restaurant", "library", "university", "college", "system", "mill",
            "ship", "museum", "theater", "statue", "painting", "book", "letter", "rule", "policy", "paper", "study",
            "trial", "data", "guideline", "guidelines", "textbook", "tradition", "whiskey", "wine", "scotch",
            "mortgage", "center", "centre", "department", "hall", "campus", "town", "city", "newspaper");

    private static final PhraseSet CURRENCY = PhraseSet.of("$", "€", "£", "¥");

    /** Money words before {@code 100M}: millions, not a man of 100. */
    private static final PhraseSet MONEY = PhraseSet.of("$", "€", "£", "budget", "raised", "raise", "funding",
            "revenue", "worth", "cost", "costs", "grant", "valued", "valuation", "invested", "investment", "usd",
            "eur", "spent", "spend", "saved", "donated", "donation");

    /** {@code 101M}, {@code 94F}: the tokenizer keeps three digits and a capital together. */
    private static final Pattern AGE_SEX = Pattern.compile("(\\d{2,3})([MF])");

    @Override
    public String id() {
        return "phi.age";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Ages of a patient: any age over 89, and younger ages in a patient's description.";
    }

    /**
     * An age found: years (0 for an infant's weeks or months), the span of its digits, the tokens
     * [first, last) of the whole expression, how it was written, and whether it is the
     * "N y/o" case-description form that a person noun may follow.
     */
    private record Age(int years, int start, int end, int first, int last, String form, boolean caseForm) {}

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        Matcher m = AGE_SEX.matcher("");
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Age age = null;
            if (t.is(Kind.NUMBER)) {
                age = age(post, i);
            } else if (t.is(Kind.ALNUM) && t.length() <= 4 && m.reset(t.text()).matches()) {
                age = ageSexGlued(post, i, Integer.parseInt(m.group(1)), m.end(1));
            } else if (t.is(Kind.WORD) && ForeignPhi.of(post) != null) {
                age = inWords(post, i);
            }
            if (age != null) {
                Detection d = detect(post, age);
                if (d != null) {
                    out.accept(d);
                }
            }
        }
    }

    // ------------------------------------------------------------------ forms

    private static Age age(AnalyzedPost post, int i) {
        Token t = post.tokens().get(i);
        int v = intValue(t, 3);
        if (v < 0 || v > 125 || glued(post, i)) {
            return null;
        }
        int unit = i + 1;
        if (PhiContext.at(PLURAL_OLD, post, unit) > 0) {
            return null;
        }
        int len = PhiContext.at(YEARS_OLD, post, unit);
        if (len > 0 && unit < post.tokens().size() && post.tokens().get(unit).start() - t.end() <= 1) {
            if (cohortAfter(post, unit + len)) {
                return null; // 65 years of age and older
            }
            return new Age(v, t.start(), t.end(), i, unit + len, "'" + text(post, i, unit + len) + "'", true);
        }
        len = PhiContext.at(INFANT_OLD, post, unit);
        if (len > 0) {
            return new Age(0, t.start(), t.end(), i, unit + len, "infant age '" + text(post, i, unit + len) + "'",
                    true);
        }
        int years = PhiContext.at(FOREIGN_YEARS, post, unit);
        if (years > 0 && foreignAge(post, i, unit + years) && !ForeignPhi.endsBefore(post, ForeignPhi.Cues::cohort, i)) {
            return new Age(v, t.start(), t.end(), i, unit + years, "age ('" + text(post, unit, unit + years) + "')", false);
        }
        int birthday = ForeignPhi.birthdayAfter(post, unit);
        if (birthday > 0) {
            return new Age(v, t.start(), t.end(), i, birthday, "birthday ('" + text(post, i, birthday) + "')", false);
        }
        if (PhiContext.isOrdinalSuffix(post, unit) && PhiContext.at(BIRTHDAY, post, unit + 1) > 0
                && PhiContext.find(THINGS, post, i - 3, i, -1, -1) == null
                && PhiContext.find(THINGS, post, unit + 2, unit + 5, -1, -1) == null) {
            // "her 96th birthday", "Happy 101st bday": the age being turned; not a hospital's 100th
            return new Age(v, t.start(), t.end(), i, unit + 2, "'" + text(post, i, unit + 2) + "'", false);
        }
        Token sex = token(post, unit);
        if (sex != null && sex.is(Kind.WORD) && sex.length() == 1 && (sex.text().equals("M") || sex.text().equals("F"))
                && sex.start() - t.end() <= 1) {
            return ageSex(post, i, unit, v, t.start(), t.end());
        }
        if (decade(post, i, v)) {
            return new Age(v, t.start(), post.tokens().get(i + 1).end(), i, i + 2, "age by decade", false);
        }
        int lead = i - 1;
        if (is(post, lead, ":") || is(post, lead, "of")) {
            lead--;
        }
        if (lead >= 0 && PhiContext.at(AGE_LEAD, post, lead) > 0 && !cohortAfter(post, i + 1)) {
            return new Age(v, t.start(), t.end(), lead, i + 1, "'" + lower(post, lead) + " " + v + "'", false);
        }
        if (i > 0 && PhiContext.cueBefore(TURNS, post, i, 1) != null && !cohortAfter(post, i + 1)
                && PhiContext.find(THINGS, post, i - 4, i - 1, -1, -1) == null) {
            Token after = token(post, i + 1);
            if (after == null || !after.is(Kind.WORD) || PhiContext.at(AFTER_TURNS, post, i + 1) > 0) {
                return new Age(v, t.start(), t.end(), i - 1, i + 1, "'turns " + v + "'", false);
            }
        }
        if (atAge(post, i, v)) {
            return new Age(v, t.start(), t.end(), i - 1, i + 1, "'at " + v + "' after a diagnosis or a death", false);
        }
        if (bothAged(post, i)) {
            return new Age(v, t.start(), t.end(), i - 1, i + 1, "'both " + v + "'", false);
        }
        if (apposition(post, i)) {
            return new Age(v, t.start(), t.end(), i - 1, i + 1, "age after a person's name", false);
        }
        if (copula(post, i)) {
            return new Age(v, t.start(), t.end(), i - 2, i + 1, "'" + text(post, i - 2, i + 1) + "'", false);
        }
        return null;
    }

    /** One person as the subject of "is/was N": "she's 94", "my pt is 93", "who was 101". */
    private static final java.util.Set<String> COPULA_SUBJECTS = java.util.Set.of("she", "he", "pt", "patient", "who");
    private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "'s", "was");
    /** What may follow the number for it to be the person's age: a clause break or a time word, not a unit. */
    private static final java.util.Set<String> AFTER_COPULA_AGE = java.util.Set.of(",", ".", "!", "?", ";", "and",
            "but", "&", "-", "—", "–", "(", "now", "today", "tomorrow", "this", "next", "yesterday", "soon", "going",
            "yrs", "years", "yr", "yo");

    /**
     * "she's 94 and sharp as a tack", "my pt is 93, still drives", "the man who was 101": a bare number after
     * a person and "is/was", ending the clause. Not "she's 5 days post-op" nor "he's 2 for 2".
     */
    private static boolean copula(AnalyzedPost post, int i) {
        if (i < 2 || !COPULAS.contains(lower(post, i - 1))
                || !(COPULA_SUBJECTS.contains(lower(post, i - 2)) || givenName(post, i - 2))) {
            return false; // "she's 94", "Priya is 7 and ...", not "Sunday is 14"
        }
        Token after = token(post, i + 1);
        return after == null || AFTER_COPULA_AGE.contains(post.lowerText(after));
    }

    /** Words after which "at 52" is the age it happened at: "diagnosed with ALS at 38", "passed at 92". */
    private static final PhraseSet AT_AGE_EVENTS = PhraseSet.of("diagnosed", "dx", "dx'd", "died", "passed",
            "passed away", "widowed", "stroke", "heart attack", "mi", "cancer", "lung", "dementia", "retired",
            "paralyzed", "amputated", "deaf", "blind", "transplant", "diabetic", "diabetes");

    /**
     * "Black lung at 52.", "passed last Tuesday at 92", "diagnosed w/ ALS at 38": a number after "at" that
     * ends the clause, with a diagnosis or a death a few words before. From 25 up: "at 4" may be a time.
     */
    private static boolean atAge(AnalyzedPost post, int i, int v) {
        if (v < 25 || !is(post, i - 1, "at")) {
            return false;
        }
        Token after = token(post, i + 1);
        if (after != null && !(after.is(Kind.PUNCT) && !after.text().equals("%") && !after.text().equals(":"))
                && !is(post, i + 1, "and") && !is(post, i + 1, "but")) {
            return false; // "at 30 mph", "at 52 weeks", "at 40:1"
        }
        return PhiContext.find(AT_AGE_EVENTS, post, i - 7, i - 1, -1, -1) != null;
    }

    /** "Twin sisters, both 88,", "the twins ..., both 6, came in": two people of one age. */
    private static boolean bothAged(AnalyzedPost post, int i) {
        if (!is(post, i - 1, "both")) {
            return false;
        }
        Token after = token(post, i + 1);
        return after == null || after.text().equals(",") || after.text().equals(".") || after.text().equals(")")
                || is(post, i + 1, "and") || after.text().equals("!");
    }

    /** A capitalised given name at {@code k} ("Priya", "Tomasz"), not a weekday, month or other capitalised word. */
    private static boolean givenName(AnalyzedPost post, int k) {
        Token t = token(post, k);
        return t != null && k >= 0 && t.is(Kind.WORD) && t.isCapitalized() && Lexicons.GIVEN_NAMES.matchAt(post, k) == 1
                && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerText(t)) && PhiContext.isNameWord(post, t);
    }

    /** "noventa y tres años", "quatre-vingt-quinze ans", "dreiundneunzig Jahre": an age in words. */
    private static Age inWords(AnalyzedPost post, int i) {
        int[] number = ForeignPhi.numberWords(post, i);
        if (number == null || number[0] > 125) {
            return null;
        }
        int unit = number[1];
        int years = PhiContext.at(FOREIGN_YEARS, post, unit);
        if (years == 0 || !foreignAge(post, i, unit + years) || ForeignPhi.endsBefore(post, ForeignPhi.Cues::cohort, i)) {
            return null;
        }
        List<Token> tokens = post.tokens();
        return new Age(number[0], tokens.get(i).start(), tokens.get(unit - 1).end(), i, unit + years,
                "age in words ('" + text(post, i, unit + years) + "')", false);
    }

    private static String text(AnalyzedPost post, int first, int end) {
        return post.normalized().substring(post.tokens().get(first).start(), post.tokens().get(end - 1).end());
    }

    /** A number glued to a decimal point, slash or currency sign is not an age. */
    private static boolean glued(AnalyzedPost post, int i) {
        Token prev = token(post, i - 1);
        if (prev == null) {
            return false;
        }
        boolean touching = prev.end() == post.tokens().get(i).start();
        return (touching && (prev.text().equals(".") || prev.text().equals("/") || prev.text().equals("-")
                || prev.text().equals("#"))) || PhiContext.at(CURRENCY, post, i - 1) > 0
                || PhiContext.at(COHORT_BEFORE, post, i - 1) > 0;
    }

    private static boolean cohortAfter(AnalyzedPost post, int k) {
        Token t = token(post, k);
        if (t == null) {
            return false;
        }
        if (t.text().equals("+")) {
            return true;
        }
        if (PhiContext.at(COHORT_AFTER, post, k) > 0) {
            return true;
        }
        return PhiContext.at(RANGE_WORDS, post, k) > 0 && token(post, k + 1) != null
                && token(post, k + 1).is(Kind.NUMBER); // 18 to 65
    }

    /** "68 anni", "52 años,": an age in digits and the years word of a Spanish, French, Portuguese, German or Italian post. */
    static boolean foreignAgeAt(AnalyzedPost post, int i) {
        if (ForeignPhi.of(post) == null || i + 1 >= post.tokens().size() || !post.tokens().get(i).is(Kind.NUMBER)
                || post.tokens().get(i).length() > 3) {
            return false;
        }
        int years = PhiContext.at(FOREIGN_YEARS, post, i + 1);
        return years > 0 && foreignAge(post, i, i + 1 + years) && !ForeignPhi.endsBefore(post, ForeignPhi.Cues::cohort, i);
    }

    /** "de 92 años", "M. Benali, 97 ans,": a foreign age word, not "5 años de experiencia". */
    private static boolean foreignAge(AnalyzedPost post, int i, int end) {
        String next = lower(post, end);
        int time = ForeignPhi.startBefore(post, ForeignPhi.Cues::weak, i); // "cumple hoy 94 años"
        boolean lead = ForeignPhi.endsBefore(post, ForeignPhi.Cues::ageLead, time >= 0 ? time : i);
        if ((next.equals("de") && !ARTICLES.contains(lower(post, end + 1)) && !lower(post, end + 1).startsWith("l'"))
                || next.equals("d'") || next.equals("of") || (next.equals("en") && !lead)) {
            return false; // "5 años de experiencia", not "31 ans de l'école Jules-Ferry" or "cumplió 101 años en la residencia"
        }
        String prev = lower(post, i - 1);
        return lead || prev.equals("de") || prev.equals("tiene") || prev.equals("tem") || prev.equals("com")
                || prev.equals(",") || prev.equals("(") || prev.equals("a") || prev.equals("los")
                || next.isEmpty() || next.equals(",") || next.equals(".") || next.equals(")") || next.equals("!");
    }

    private static Age ageSex(AnalyzedPost post, int i, int sexIndex, int v, int start, int end) {
        if (!sexFollowerOk(post, sexIndex + 1) || temperature(post, i, sexIndex) || money(post, i)) {
            return null;
        }
        return new Age(v, start, end, i, sexIndex + 1, "age and sex '" + v + post.tokens().get(sexIndex).text()
                + "'", true);
    }

    private static Age ageSexGlued(AnalyzedPost post, int i, int v, int digits) {
        Token t = post.tokens().get(i);
        if (v > 125 || glued(post, i)) {
            return null;
        }
        if (!sexFollowerOk(post, i + 1) || temperature(post, i, i) || money(post, i)) {
            return null;
        }
        return new Age(v, t.start(), t.start() + digits, i, i + 1, "age and sex '" + t.text() + "'", true);
    }

    /** After {@code 94M}: not a count ("100M people"), a percentage or a currency. */
    private static boolean sexFollowerOk(AnalyzedPost post, int k) {
        Token after = token(post, k);
        if (after == null) {
            return true;
        }
        if (after.is(Kind.PUNCT)) {
            return !after.text().equals("%") && !after.text().equals("$") && !after.text().equals("/");
        }
        // only an M is millions: "58F in VF arrest" is a woman of 58, "$100M in funding" a sum
        boolean millions = k > 0 && post.tokens().get(k - 1).text().endsWith("M");
        return !after.is(Kind.NUMBER) && (!millions || PhiContext.at(MILLIONS_OF, post, k) == 0);
    }

    private static boolean money(AnalyzedPost post, int i) {
        return PhiContext.find(MONEY, post, i - 4, i, -1, -1) != null;
    }

    private static boolean temperature(AnalyzedPost post, int first, int last) {
        return PhiContext.find(TEMPERATURE, post, first - 3, first, -1, -1) != null
                || PhiContext.find(TEMPERATURE, post, last + 1, last + 3, -1, -1) != null;
    }

    /** "in her 90s", "his late 90s": a decade of someone's life, reported from the nineties. */
    private static boolean decade(AnalyzedPost post, int i, int v) {
        if (v < 90 || v % 10 != 0 || !is(post, i + 1, "s") || post.tokens().get(i + 1).start() != post.tokens().get(i).end()) {
            return false;
        }
        int k = i - 1;
        String w = lower(post, k);
        if (w.equals("early") || w.equals("mid") || w.equals("late") || w.equals("mid-")) {
            k--;
        }
        return PhiContext.at(POSSESSIVE, post, k) > 0;
    }

    /** "Walter Brandt (93!)", "twin sisters, 101, both...": a bare age set off after a person. */
    private static boolean apposition(AnalyzedPost post, int i) {
        String open = lower(post, i - 1);
        if (!open.equals(",") && !open.equals("(")) {
            return false;
        }
        String close = lower(post, i + 1);
        if (!(close.equals(",") || close.equals(")") || close.equals("!") || (open.equals("(") && close.equals("?")))) {
            return false;
        }
        Token before = token(post, i - 2);
        if (before == null || !before.is(Kind.WORD)) {
            return false;
        }
        String w = post.lowerText(before);
        if (PhiContext.PERSON_NOUNS.contains(w) || (w.endsWith("s") && PhiContext.PERSON_NOUNS.contains(
                w.substring(0, w.length() - 1)))) {
            return true;
        }
        if (givenName(post, i - 2)) {
            return true; // "(Mateo, 6)", "Ingrid, 8, ..."
        }
        // a full name: two name words, or a title and a name
        Token first = token(post, i - 3);
        return PhiContext.isNameWord(post, before) && first != null
                && (PhiContext.isNameWord(post, first) || PhiContext.nameAfterTitle(post, i - 3) == i - 2
                        || PhiContext.nameAfterTitle(post, i - 4) == i - 2);
    }

    // ------------------------------------------------------------------ confidence

    private Detection detect(AnalyzedPost post, Age age) {
        List<Token> tokens = post.tokens();
        int after = age.last;
        Token next = token(post, after);
        if (next != null && next.is(Kind.WORD) && PhiContext.at(THINGS, post, after) > 0) {
            return null; // a building's or a tradition's age
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(age.form);
        Sentence s = post.sentences().get(tokens.get(age.first).sentence());
        int sentenceEnd = post.sentences().get(tokens.get(Math.max(age.first, age.last - 1)).sentence()).endToken();
        double confidence;
        if (age.years > MAX_HUMAN_AGE || statistic(post, age.first) || threshold(post, age.first)) {
            // "someone is 125 years old" (a default DOB), "the cohort averages 91 years", "mostly under age 5"
            return null;
        }
        // "A 91-year-old kidney donor? ... (Published case, Transplantation 2019.)"
        int published = age.years > 89 ? PUBLISHED.find(post, s.firstToken(), sentenceEnd) : -1;
        // (the citation may close the post, with no patient cue in it but the age's own)
        boolean citedInPost = published < 0 && age.years > 89
                && post.signals().memo("publishedInPost", () -> PUBLISHED.find(post, 0, tokens.size()) >= 0)
                && PhiContext.patientCue(post, 0, tokens.size(), age.first, age.last) == null;
        if (citedInPost) {
            published = PUBLISHED.find(post, 0, tokens.size());
        }
        // "Smith et al. (NEJM 1998) described a 37-year-old woman": at any age, a case cited from its
        // authors in the sentence or the one before, with no patient cue but the age's own
        int citeFrom = s.index() > 0 ? post.sentences().get(s.index() - 1).firstToken() : s.firstToken();
        int cited = CITATION.find(post, citeFrom, sentenceEnd);
        if (cited >= 0 && PhiContext.patientCue(post, citeFrom, sentenceEnd, age.first, age.last) != null) {
            cited = -1;
        }
        int fiction = FICTION.find(post, 0, tokens.size());
        String notPatient = strongCueBesides(post, s.index(), age) ? null
                : notAPatient(post, s.firstToken(), sentenceEnd);
        if (notPatient != null) {
            confidence = 0.3;
            reasons.add("about " + notPatient + ", not a patient");
        } else if (Placeholders.SIMULATORS.find(post, Math.max(s.firstToken(), age.first - 3),
                Math.min(sentenceEnd, age.last + 3)) >= 0 || Placeholders.simulated(post)) {
            confidence = 0.3; // "our 92-year-old SimMan", "Harold the manikin (94)": no one's age
            reasons.add("a training manikin's age");
        } else if (fiction >= 0) {
            confidence = 0.3; // "Teaching case (fictional): a 92-year-old ...": nobody's age
            reasons.add("a made-up case ('" + FICTION.canonicalAt(post, fiction, FICTION.matchAt(post, fiction)) + "')");
        } else if (Placeholders.madeUp(post)) {
            confidence = 0.3; // "a composite of several patients ...", "last night's episode where ... the 8-year-old"
            reasons.add("a case the post calls made up, a composite or a show's");
        } else if (cited >= 0) {
            confidence = 0.3;
            reasons.add("a published case ('" + CITATION.canonicalAt(post, cited, CITATION.matchAt(post, cited)) + "')");
        } else if (published >= 0 && (citedInPost || !post.signals().aboutPatient())) {
            confidence = 0.3;
            reasons.add("published or research subject ('"
                    + PUBLISHED.canonicalAt(post, published, PUBLISHED.matchAt(post, published)) + "')");
        } else if (age.years > 89) {
            confidence = 0.9;
            reasons.add("ages over 89 are identifiers under Safe Harbor");
        } else {
            String nonPatient = PhiContext.teachingCue(post, s.firstToken(), sentenceEnd);
            String cue = PhiContext.patientCue(post, s.firstToken(), sentenceEnd, age.first, age.last);
            String person = personAfter(post, age);
            String health = healthAfter(post, age.last, sentenceEnd);
            int weak = PhiContext.count(PhiContext.WEAK, post, s.firstToken(), sentenceEnd, age.first, age.last);
            if (nonPatient != null && (cue == null || post.signals().framing() != null)) {
                confidence = 0.3;
                reasons.add("teaching, research or event context ('" + nonPatient + "')");
            } else if (cue != null) {
                confidence = 0.9;
                reasons.add("patient cue '" + cue + "' in the sentence");
            } else if (person != null) {
                confidence = 0.85;
                reasons.add("describes a person ('" + person + "')");
            } else if (age.caseForm && (DEFINITE.contains(lower(post, age.first - 1))
                    || (DEFINITE.contains(lower(post, age.first - 2)) && lower(post, age.first - 1).endsWith("est")))
                    && !is(post, age.last, "s") && wordsAfterCase(post, age.last)) {
                // "the 17 y/o from Glenview who ...", "our 6yo in bed 2", "the bravest 7 y/o at his LP": the age
                // stands for one known person
                confidence = 0.8;
                reasons.add("a definite article and the age name one person");
            } else if (age.caseForm && clauseStart(post, age.first) && eventVerb(post, age.last)) {
                // "..., 14 y/o caught his arm in a PTO shaft", "23M fell from a ladder": the age is the subject
                // of something that happened to one person, not a case written for teaching ("a 14 y/o presents")
                confidence = 0.8;
                reasons.add("the age is the subject of an event ('" + lower(post, age.last) + "')");
            } else if (health != null) {
                confidence = 0.8;
                reasons.add("followed by health details ('" + health + "')");
            } else if (lower(post, age.first).equals("at") && post.signals().aboutPatient()) {
                // "My pt today was the miner ... Black lung at 52.": the diagnosis is before the age, the patient
                // a sentence away
                confidence = 0.75;
                reasons.add("the age of a diagnosis or death in a post about a patient");
            } else if (weak >= 2) {
                confidence = 0.7;
                reasons.add("care setting and time in the sentence");
            } else {
                confidence = 0.3;
                reasons.add("not tied to a patient");
            }
        }
        return new Detection(FindingType.AGE, age.start, age.end, confidence,
                age.years > 89
                        ? "Contains an age over 89. HIPAA Safe Harbor treats any age over 89 as an identifier."
                        : "Contains a patient's age, which together with other details can identify them.",
                age.years > 89 ? "Write '90 or older' instead of the exact age."
                        : "Use an age range ('in her 40s') or leave the age out.",
                reasons);
    }

    /** Determiners that make "the 17 y/o" one particular person, unlike "a 17 y/o" in a teaching case. */
    private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "our", "this", "that", "my");
    /** What may follow an age used as a noun ("the 17 y/o who ...", "our 4yo in bed 2"). */
    private static final java.util.Set<String> CASE_NOUN_FOLLOWERS = java.util.Set.of("who", "from", "in", "with",
            "that", "at", "on", "is", "was", "had", "has", "got", "came", "whose", ",", ".", "!", "-", "(");

    /** True when the word after an age written as a case ("17 y/o") lets the age stand as the noun itself. */
    private static boolean wordsAfterCase(AnalyzedPost post, int k) {
        Token t = token(post, k);
        return t == null || CASE_NOUN_FOLLOWERS.contains(post.lowerText(t));
    }

    /**
     * Training manikins: an age beside one ("our 92-year-old SimMan") is its made-up age. Beside an age a
     * "simulator" counts too; Placeholders' set, read post-wide, leaves it out ("a driving simulator test").
     */

    /** Irregular past tenses of what happens to someone: "caught", "fell", "broke", "swallowed" is regular. */
    private static final java.util.Set<String> PAST_EVENTS = java.util.Set.of("caught", "fell", "broke", "came",
            "got", "took", "ate", "ran", "hit", "drank", "drove", "rode", "bit", "cut", "stuck", "struck", "went",
            "found", "left", "lost", "shot", "slid", "stepped", "woke", "threw", "tore", "sank", "dove", "blew");

    /** The age opens its clause: the sentence's start or right after a comma, semicolon, dash or colon. */
    private static boolean clauseStart(AnalyzedPost post, int first) {
        Token t = token(post, first);
        int sentenceStart = post.sentences().get(t.sentence()).firstToken();
        if (first == sentenceStart) {
            return true;
        }
        String before = lower(post, first - 1);
        return before.equals(",") || before.equals(";") || before.equals(":") || before.equals("—")
                || before.equals("-") || before.equals("–");
    }

    /** A verb in the past tense at {@code k}: what happened to the person the age names. */
    private static boolean eventVerb(AnalyzedPost post, int k) {
        Token t = token(post, k);
        if (t != null && t.text().equals(",")) {
            t = token(post, ++k); // "23M, found down near the overpass"
        }
        if (t == null || !t.is(Kind.WORD)) {
            return false;
        }
        String w = post.lowerText(t);
        return PAST_EVENTS.contains(w) || (Words.pastTense(w) && Lexicons.GIVEN_NAMES.matchAt(post, k) == 0);
    }

    /** A person noun within three words after the age ("a 4yo unvaccinated girl"), or null. */
    /**
     * Whose age it is when the sentence is not about a patient: a colleague, volunteer or founder
     * ("Dr. Watanabe, 91, emeritus professor"), or the writer and their family ("ER nurse, 45, just had my
     * first colonoscopy", "my grandma (96)"). Null when nothing says so.
     */
    private static String notAPatient(AnalyzedPost post, int from, int to) {
        if (PhiContext.honoursOwnPeople(post, from, to)) {
            return "one of the organisation's own people";
        }
        String animal = animalAbout(post, from, to);
        if (animal != null) {
            return "an animal ('" + animal + "')";
        }
        boolean firstPerson = false;
        boolean thirdPerson = false;
        for (int k = from; k < to; k++) {
            String w = post.lowerToken(k);
            if (STAFF_CUES.contains(w) || (w.equals("dr") && k + 1 < to)) {
                return "a colleague or volunteer ('" + w + "')";
            }
            if (Lexicons.FAMILY_ROLES.matchAt(post, k) > 0 && Signals.writersRelative(post, k)) {
                return "the writer's family ('" + post.lowerToken(k) + "')"; // "my mom", "my 8-year-old son"
            }
            // not "ME" (the medical examiner of "ME case #24-0917, 23M")
            firstPerson |= w.equals("my") || w.equals("i") || w.equals("i'm") || w.equals("i've")
                    || (w.equals("me") && !post.tokens().get(k).text().equals("ME"));
            thirdPerson |= Words.SEX.contains(w) && !w.equals("man") && !w.equals("woman");
        }
        return firstPerson && !thirdPerson ? "the writer" : null;
    }

    /** Animals whose ages posts tell: a unit's therapy dog, a clinic cat. */
    private static final java.util.Set<String> ANIMALS = java.util.Set.of("dog", "dogs", "puppy", "pup", "cat",
            "kitten", "retriever", "labrador", "poodle", "terrier", "spaniel", "beagle", "doodle", "horse",
            "pony", "parrot", "rabbit", "bunny", "hamster", "tortoise", "turtle", "goldfish", "k9", "k-9");
    /** People a sentence can speak of beside an animal: then an age may be theirs. */
    private static final java.util.Set<String> HUMANS = java.util.Set.of("man", "woman", "boy", "girl", "lady",
            "guy", "patient", "pt", "kid", "child", "baby", "owner", "toddler", "teen", "resident", "gentleman");

    /**
     * "Meet Biscuit, our therapy dog. He turned 7 today": an animal named in the age's sentence or the one
     * before, and no person (a patient, "woman", "owner", a family role) in the age's sentence.
     */
    private static String animalAbout(AnalyzedPost post, int from, int to) {
        int sentence = post.tokens().get(from).sentence();
        int start = sentence > 0 ? post.sentences().get(sentence - 1).firstToken() : from;
        String animal = null;
        for (int k = start; k < to && animal == null; k++) {
            // not someone's pet: "her dog died last week. She is 81 ..." speaks of its owner
            if (ANIMALS.contains(post.lowerToken(k)) && !ownersPet(post, k)) {
                animal = post.lowerToken(k);
            }
        }
        if (animal == null) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (HUMANS.contains(post.lowerToken(k)) || Lexicons.FAMILY_ROLES.matchAt(post, k) > 0) {
                return null;
            }
        }
        return animal;
    }

    /** "her dog", "his old cat", "a neighbor's dog": an animal that points at its owner. */
    private static boolean ownersPet(AnalyzedPost post, int k) {
        for (int j = Math.max(0, k - 3); j < k; j++) {
            String w = post.lowerToken(j);
            String owner = j > 0 ? post.lowerToken(j - 1) : "";
            if (Words.THIRD_POSSESSIVES.contains(w) || w.equals("your") || (w.equals("'s")
                    && (HUMANS.contains(owner) || owner.startsWith("neighbo") || Lexicons.FAMILY_ROLES.matchAt(post, j - 1) > 0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A strong patient cue in the sentence other than the age's own wording: the "y/o" of "a 9 y/o
     * volunteer" is how any age is written, not a sign of a patient.
     */
    private static boolean strongCueBesides(AnalyzedPost post, int sentence, Age age) {
        boolean own = false;
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (c.kind() == Signals.Kind.PATIENT_STRONG) {
                if (c.end() <= age.first || c.first() >= age.last) {
                    return true;
                }
                own = true;
            }
        }
        // the wording still counts for an age over 89, beside a health detail or an unusual event ("our
        // 72-year-old volunteer had a stroke") and before a patient noun ("a 5yo patient")
        String person = own ? personAfter(post, age) : null;
        return own && (age.years > 89 || post.signals().hasHealthDetail(sentence)
                || post.signals().has(sentence, Signals.Kind.UNUSUAL_EVENT)
                || (person != null && (Lexicons.PATIENT_WEAK.contains(person) || Lexicons.PATIENT_STRONG.contains(person))));
    }

    /** "averages 91 years", "a median age of 93", "over 90": a figure about many people, not one. */
    /** Words before an age that make it a bound of a range: "under age 5", "over 90" (Safe Harbor's own form). */
    private static final java.util.Set<String> BOUNDS = java.util.Set.of("under", "over", "below", "above", "than",
            "<", ">", "≥", "≤", "<=", ">=");

    /**
     * "mostly under age 5", "adults over 65", "older than 90", "chickenpox before age 1": the age bounds a group
     * or a time of life, it is no one's.
     */
    private static boolean threshold(AnalyzedPost post, int first) {
        int k = first - 1; // the bound is right before the expression, or before an "age" right before it
        boolean ageWord = post.lowerToken(first).equals("age") || post.lowerToken(first).equals("ages");
        if (!ageWord && k >= 0 && (post.lowerToken(k).equals("age") || post.lowerToken(k).equals("ages"))) {
            ageWord = true;
            k--;
        }
        // "before age 1", "after age 45", "by age 2": a time of life anyone reaches (not "after 90", a stay)
        return k >= 0 && (BOUNDS.contains(post.lowerToken(k)) || (ageWord && AGE_BOUNDS.contains(post.lowerToken(k))));
    }

    private static final java.util.Set<String> AGE_BOUNDS = java.util.Set.of("before", "after", "until", "till", "by",
            "from", "starting");

    private static boolean statistic(AnalyzedPost post, int first) {
        for (int k = Math.max(0, first - 4); k < first; k++) {
            if (STATISTICS.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    private static String personAfter(AnalyzedPost post, Age age) {
        if (!age.caseForm) {
            return null;
        }
        for (int k = age.last; k < age.last + 3; k++) {
            Token t = token(post, k);
            if (t == null || !t.is(Kind.WORD)) {
                break;
            }
            int len = PhiContext.at(PhiContext.PERSON_NOUNS, post, k);
            if (len > 0) {
                return PhiContext.PERSON_NOUNS.canonicalAt(post, k, len);
            }
        }
        // the sex of "72yo M" or "45yof" is inside the expression
        String last = lower(post, age.last - 1);
        return last.equals("m") || last.equals("f") || last.equals("yom") || last.equals("yof") ? last : null;
    }

    private static String healthAfter(AnalyzedPost post, int from, int sentenceEnd) {
        int k = from;
        if (is(post, k, "m") || is(post, k, "f")) {
            k++;
        }
        if (k < post.tokens().size() && PhiContext.at(HEALTH_INTRO, post, k) > 0) {
            return lower(post, k);
        }
        return PhiContext.healthTerm(post, from, Math.min(sentenceEnd, from + 15));
    }
}
