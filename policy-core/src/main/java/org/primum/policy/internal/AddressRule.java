package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Street addresses and ZIP codes (Safe Harbor item 2, geography smaller than a state). A street
 * address is a PO box, or a house number, an optional direction, one to four capitalised or ordinal words and
 * a street suffix, with any unit ("Apt 4B"). A street or numbered road without a house number
 * counts only when the sentence is about a patient or says someone lives there. A ZIP code
 * (5 digits or ZIP+4) needs context: "zip", a state just before, or "in"/"from" with nothing
 * after. Addresses of venues and organisations (a cafe, "visit us", a conference) are discounted.
 */
final class AddressRule implements Rule {

    private static final Set<String> SUFFIXES = Set.of(
            "st", "street", "ave", "av", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "ln", "lane",
            "ct", "court", "way", "pl", "place", "ter", "terr", "terrace", "pkwy", "parkway", "hwy", "highway",
            "cir", "circle", "sq", "square", "trl", "trail", "loop", "row", "cres", "crescent", "aly", "alley",
            "plz", "plaza", "pike", "expy", "expressway", "fwy", "freeway", "tpke", "turnpike", "crossing");
    /** Suffixes trusted in an all-lower-case address ("1423 w elm st"); "dr" and "ct" are too ambiguous. */
    private static final Set<String> LOWER_SUFFIXES = Set.of(
            "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "ln", "lane", "pkwy", "hwy");
    /** Two-letter suffixes that, in capitals, are something else (CT scan, DR, ST segment). */
    private static final Set<String> NOT_IN_CAPITALS = Set.of("CT", "DR", "ST", "PL", "LN", "RD", "AV", "SQ");
    private static final Set<String> DIRECTIONS = Set.of(
            "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    private static final Set<String> UNITS = Set.of(
            "apt", "apartment", "unit", "suite", "ste", "rm", "room", "fl", "floor", "bldg", "building", "#", "no");
    private static final Set<String> ORDINAL = Set.of("st", "nd", "rd", "th");
    private static final Set<String> LOWER_STOP = Set.of(
            "a", "an", "the", "of", "and", "or", "to", "in", "at", "on", "for", "with", "by", "from", "min", "mins",
            "minute", "minutes", "hr", "hrs", "hour", "hours", "mile", "miles", "mi", "km", "mg", "day", "days",
            "wk", "wks", "week", "weeks", "yr", "yrs", "year", "years", "more", "other", "times", "x");
    private static final Set<String> STREET_PREPOSITIONS = Set.of("on", "off", "at", "near", "along");
    private static final Set<String> ROAD_WORDS = Set.of(
            "route", "rte", "hwy", "highway", "interstate", "us", "i", "county", "state");
    private static final Set<String> AREA_WORDS = Set.of(
            "area", "neighborhood", "neighbourhood", "zip", "region", "district", "community");
    private static final Set<String> ROAD_NOUNS = Set.of("road", "route", "highway", "hwy");
    /** US state and Canadian province codes, written after a town ("Ely, MN", "Tofino, BC"). */
    static final Set<String> STATE_ABBREVIATIONS = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
            "PR", "BC", "AB", "SK", "MB", "ON", "QC", "NB", "NS", "PE", "NL");
    private static final PhraseSet STATE_NAMES = PhraseSet.of(
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
            "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
            "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
            "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
            "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming", "puerto rico");
    private static final PhraseSet ZIP_CONTEXT = PhraseSet.of(
            "zip", "zips", "zip code", "zip codes", "zipcode", "zipcodes", "postal code", "postcode", "zip+4");
    private static final PhraseSet RESIDENTIAL = PhraseSet.of(
            "lives on", "lives at", "lives off", "living on", "living at", "lived on", "lived at", "home on",
            "house on", "home at", "house at", "address", "home address", "home visit", "home visits", "apartment",
            "residence", "resides", "resides at", "moved to", "his home", "her home", "their home", "at home",
            "his house", "her house", "their house", "home is", "neighbor", "neighbors", "neighbour", "her home",
            "his home", "their home", "home address",
            "house", "lives", "living", "reside", "resident", "tenant", "landlord");
    /** Residential words that a workplace shares: "the office moved to", "the clinic's new address". */
    private static final Set<String> SHARED_WITH_WORK = Set.of("moved to", "address");
    private static final Set<String> WORKPLACES = Words.with(Words.ORG_UNITS, "offices", "practice",
            "headquarters", "hq", "branch", "surgery", "studio", "suite");

    /**
     * Every residential word of the sentence is one a workplace shares, with a workplace noun in the three
     * words before it: "Dr. Kim's office moved to 88 Harbor St", "our clinic's new address is ...".
     */
    private static boolean workplaceMoved(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        boolean any = false;
        for (int i = RESIDENTIAL.find(post, s.firstToken(), s.endToken()); i >= 0;
                i = RESIDENTIAL.find(post, i + 1, s.endToken())) {
            String cue = RESIDENTIAL.canonicalAt(post, i, RESIDENTIAL.matchAt(post, i));
            boolean work = false;
            for (int k = Math.max(s.firstToken(), i - 3); k < i && !work; k++) {
                work = WORKPLACES.contains(post.lowerToken(k));
            }
            if (!SHARED_WITH_WORK.contains(cue) || !work) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A road named with an incident on it: the place pins down an event and the person in it. */
    private static final PhraseSet INCIDENT = PhraseSet.of(
            "crash", "crashes", "accident", "wreck", "collision", "pileup", "pile-up", "mvc", "mva", "rollover",
            "shoulder", "bridge", "overpass", "underpass", "off-ramp", "on-ramp", "exit", "mile marker", "median",
            "side of the road", "roadside", "jumped", "hit", "struck");
    /** Weaker hints that a sentence is about a case (lexicon {@code patient_context.txt}, weak section). */
    private static final PhraseSet WEAK_PATIENT = PhraseSet.lexicon("patient_context.txt", "weak");
    private static final PhraseSet VENUE = PhraseSet.of(
            "coffee", "cafe", "café", "restaurant", "bar", "brewery", "pizza", "diner", "shop", "store", "mall",
            "market", "hotel", "museum", "library", "church", "gym", "campus", "hospital", "clinic", "office",
            "center", "centre", "located", "location", "locations", "visit us", "join us", "venue", "event",
            "conference", "open", "opening", "parking", "garage", "our", "dinner", "lunch", "breakfast",
            "happy hour", "party", "meetup", "meet-up", "gala", "celebration", "see you", "meet at", "meet us",
            "reception", "fundraiser", "5k", "race",
            // a clinician's practice: "she'll see patients at 1200 E Main St"
            "see patients", "sees patients", "seeing patients", "new patients", "accepting patients", "practice",
            "practices");
    /** Event, teaching and professional-life cues (lexicon {@code non_patient_context.txt}). */
    private static final PhraseSet EVENTS = PhraseSet.of(union(
            PhraseSet.readLexicon("non_patient_context.txt", "events and media").keySet(),
            PhraseSet.readLexicon("non_patient_context.txt", "teaching").keySet(),
            PhraseSet.readLexicon("non_patient_context.txt", "professional life").keySet()));

    private static List<String> union(Set<String> a, Set<String> b, Set<String> c) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }

    @Override
    public String id() {
        return "phi.location";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Street addresses (house number, street, suffix, unit), PO boxes, and ZIP codes given with context.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int end = -1;
            String form = null;
            if (t.is(Kind.ALNUM) && houseNumber(tokens, i)) {
                end = street(post, i + 1, true);
                form = "address";
            } else if (t.is(Kind.NUMBER)) {
                if (houseNumber(tokens, i)) {
                    end = street(post, i + 1, true);
                    form = "address";
                }
                if (end < 0) {
                    end = zip(post, i);
                    form = "zip";
                }
            } else if (t.is(Kind.WORD) && post.lowerText(t).equals("box") && poBoxStart(post, i) >= 0
                    && poBoxEnd(post, i) > 0) {
                int boxEnd = poBoxEnd(post, i);
                out.accept(detect(post, poBoxStart(post, i), boxEnd, "pobox"));
                i = boxEnd - 1;
                continue;
            } else if (t.is(Kind.WORD)) {
                if (i > 0 && STREET_PREPOSITIONS.contains(post.lowerText(tokens.get(i - 1)))) {
                    end = street(post, i, false);
                    form = "street";
                }
                if (end < 0) {
                    end = road(post, i);
                    form = "road";
                }
            }
            if (end > 0) {
                if (form.equals("address")) {
                    end = townAfter(post, end);
                }
                out.accept(detect(post, i, end, form));
                i = end - 1;
            }
        }
    }

    /**
     * End of the town, state and ZIP code written after a street address ("807 Oak Dr, Joliet 60435",
     * "..., Ely, MN"), or {@code end} if none follows. One to three capitalised words after a comma,
     * then a state code or a ZIP code: without one of them, the words are taken for the town only
     * when nothing else follows in the sentence.
     */
    private static int townAfter(AnalyzedPost post, int end) {
        List<Token> tokens = post.tokens();
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return end;
        }
        int k = end + 1;
        int sentence = tokens.get(end).sentence();
        while (k < tokens.size() && k < end + 4 && tokens.get(k).is(Kind.WORD) && tokens.get(k).isCapitalized()
                && tokens.get(k).sentence() == sentence && !STATE_ABBREVIATIONS.contains(tokens.get(k).text())
                && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerText(tokens.get(k)))
                && !UNITS.contains(post.lowerText(tokens.get(k)))) {
            k++;
        }
        if (k == end + 1) {
            return end;
        }
        int town = k;
        if (k + 1 < tokens.size() && tokens.get(k).text().equals(",")
                && STATE_ABBREVIATIONS.contains(tokens.get(k + 1).text())) {
            k += 2;
        } else if (k < tokens.size() && STATE_ABBREVIATIONS.contains(tokens.get(k).text())) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).is(Kind.NUMBER) && tokens.get(k).text().length() == 5
                && Validators.allDigits(tokens.get(k).text())) {
            k++;
        }
        if (k > town) {
            return k;
        }
        boolean last = town >= tokens.size() || tokens.get(town).sentence() != sentence
                || tokens.get(town).is(Kind.PUNCT);
        return last ? town : end;
    }

    /** First token of "PO", "P.O." or "Post Office" before the "Box" at {@code box}, or -1. */
    private static int poBoxStart(AnalyzedPost post, int box) {
        List<Token> tokens = post.tokens();
        if (box >= 1 && post.lowerText(tokens.get(box - 1)).equals("po")) {
            return box - 1;
        }
        if (box >= 2 && post.lowerText(tokens.get(box - 2)).equals("post")
                && post.lowerText(tokens.get(box - 1)).equals("office")) {
            return box - 2;
        }
        if (box >= 4 && post.lowerText(tokens.get(box - 4)).equals("p") && tokens.get(box - 3).text().equals(".")
                && post.lowerText(tokens.get(box - 2)).equals("o") && tokens.get(box - 1).text().equals(".")) {
            return box - 4;
        }
        return -1;
    }

    /** End token of the box number after "Box" at {@code box}, or -1. */
    private static int poBoxEnd(AnalyzedPost post, int box) {
        List<Token> tokens = post.tokens();
        int k = box + 1;
        if (k < tokens.size() && tokens.get(k).text().equals("#")) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).is(Kind.HASHTAG) && Validators.allDigits(tokens.get(k).text().substring(1))) {
            return k + 1;
        }
        if (k < tokens.size() && tokens.get(k).is(Kind.NUMBER) && Validators.allDigits(tokens.get(k).text())
                && tokens.get(k).text().length() <= 6) {
            return k + 1;
        }
        return -1;
    }

    /** 1 to 6 digits, or digits and one letter ("221B"), standing alone (not "5th", "$40" or "#3"). */
    private static boolean houseNumber(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String text = t.text();
        boolean lettered = t.is(Kind.ALNUM) && text.length() >= 2 && Character.isLetter(text.charAt(text.length() - 1))
                && Validators.allDigits(text.substring(0, text.length() - 1));
        if (text.length() > 6 || !(Validators.allDigits(text) || lettered)) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).end() == t.start()) {
            return false;
        }
        return i + 1 >= tokens.size() || tokens.get(i + 1).start() > t.end();
    }

    /**
     * "St." or "Dr." with its dot, then a given name or a possessive ("St. Francis", "St. Luke's"):
     * a saint or a doctor, not a street's suffix.
     */
    private static boolean titleBeforeName(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        String w = post.lowerToken(k);
        if (!(w.equals("st") || w.equals("dr")) || k + 2 >= tokens.size() || !tokens.get(k + 1).text().equals(".")
                || tokens.get(k + 1).start() != tokens.get(k).end()) {
            return false;
        }
        Token name = tokens.get(k + 2);
        if (!name.is(Kind.WORD) || !name.isCapitalized() || name.sentence() != tokens.get(k).sentence()) {
            return false;
        }
        if (k + 3 < tokens.size() && post.lowerToken(k + 3).equals("'s")) {
            return true;
        }
        // "Birch St. Maria drives her": a name and a verb open a new sentence after the street
        Token next = k + 3 < tokens.size() ? tokens.get(k + 3) : null;
        boolean verbAfter = next != null && next.is(Kind.WORD) && !next.isCapitalized()
                && !AFTER_SAINT.contains(post.lowerToken(k + 3));
        return Lexicons.GIVEN_NAMES.matchAt(post, k + 2) > 0 && !verbAfter;
    }

    /** Words that follow a saint's name in a hospital's or a parish's name: "St. Vincent in Erie". */
    private static final Set<String> AFTER_SAINT = Set.of("in", "at", "of", "for", "and", "on", "to", "with",
            "this", "last", "next", "as", "since", "from");

    /**
     * End token of "[direction] name... suffix [direction] [unit]" starting at {@code k}, or -1.
     * With a house number the name words may be ordinals ("5th") and, with a trusted suffix, lower case.
     */
    private static int street(AnalyzedPost post, int k, boolean numbered) {
        List<Token> tokens = post.tokens();
        int n = tokens.size();
        boolean lower = false;
        if (k < n && isDirection(post, tokens.get(k))) {
            lower = !tokens.get(k).isCapitalized();
            k = skipDot(tokens, k + 1);
        }
        int names = 0;
        while (k < n && names <= 4) {
            Token w = tokens.get(k);
            String lw = post.lowerText(w);
            if (names > 0 && w.is(Kind.WORD) && SUFFIXES.contains(lw) && suffixCase(w, lower)) {
                int end = k + 1;
                if (lower && !LOWER_SUFFIXES.contains(lw)) {
                    return -1;
                }
                if (!numbered && end < n && tokens.get(end).isCapitalized() && tokens.get(end).is(Kind.WORD)
                        && !isDirection(post, tokens.get(end))) {
                    return -1; // "on St Patrick", "at Dr Chen": a title, not a street
                }
                if (!numbered && titleBeforeName(post, k)) {
                    return -1; // "at Bon Secours St. Francis", "with Dr. Maria": Saint or Doctor and a name
                }
                return unit(post, trailingDirection(post, end));
            }
            if (numbered && w.is(Kind.NUMBER) && k + 1 < n && tokens.get(k + 1).start() == w.end()
                    && ORDINAL.contains(post.lowerText(tokens.get(k + 1)))) {
                names++;
                k += 2;
                continue;
            }
            if (!w.is(Kind.WORD) || (k > 0 && tokens.get(k - 1).end() == w.start() && names > 0)) {
                return -1;
            }
            if (w.isCapitalized() && !lower) {
                names++;
            } else if (numbered && !w.isCapitalized() && (lower || names == 0) && !LOWER_STOP.contains(lw)
                    && names < 2) {
                lower = true;
                names++;
            } else {
                return -1;
            }
            k++;
        }
        return -1;
    }

    private static boolean suffixCase(Token w, boolean lower) {
        if (lower) {
            return !w.isCapitalized() || w.text().length() > 1;
        }
        return w.isCapitalized() && !NOT_IN_CAPITALS.contains(w.text());
    }

    private static boolean isDirection(AnalyzedPost post, Token t) {
        return t.is(Kind.WORD) && DIRECTIONS.contains(post.lowerText(t))
                && (t.text().length() > 2 || t.text().equals(t.text().toUpperCase(Locale.ROOT))
                        || t.text().length() == 1);
    }

    private static int skipDot(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).text().equals(".") && tokens.get(k).start() == tokens.get(k - 1).end()) {
            return k + 1;
        }
        return k;
    }

    /** After the suffix: a capitalised direction like "NW". */
    private static int trailingDirection(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        if (k < tokens.size() && tokens.get(k).is(Kind.WORD) && DIRECTIONS.contains(post.lowerText(tokens.get(k)))
                && tokens.get(k).text().equals(tokens.get(k).text().toUpperCase(Locale.ROOT))
                && (k + 1 >= tokens.size() || !tokens.get(k + 1).is(Kind.WORD))) {
            return k + 1;
        }
        return k;
    }

    /** After the street: ", Apt 4B", "Unit 12", "#3", "Suite 200". */
    private static int unit(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        int j = k;
        if (j < tokens.size() && tokens.get(j).text().equals(",")) {
            j++;
        }
        if (j >= tokens.size()) {
            return k;
        }
        Token u = tokens.get(j);
        if (u.is(Kind.HASHTAG) && Validators.countDigits(u.text()) > 0 && u.text().length() <= 6) {
            return j + 1;
        }
        if (!UNITS.contains(post.lowerText(u))) {
            return k;
        }
        int m = j + 1;
        while (m < tokens.size() && (tokens.get(m).text().equals(".") || tokens.get(m).text().equals("#"))) {
            m++;
        }
        if (m < tokens.size() && tokens.get(m).is(Kind.HASHTAG)) {
            return m + 1;
        }
        if (m < tokens.size() && (tokens.get(m).is(Kind.NUMBER) || tokens.get(m).is(Kind.ALNUM)
                || (tokens.get(m).is(Kind.WORD) && tokens.get(m).text().length() == 1))) {
            return ContextWindow.glued(post, m).endToken();
        }
        return k;
    }

    /** "Route 9", "Hwy 61", "I-90", "US 30", "County Road 12", "State Route 9": end token or -1. */
    private static int road(AnalyzedPost post, int k) {
        List<Token> tokens = post.tokens();
        Token w = tokens.get(k);
        String lw = post.lowerText(w);
        if (!ROAD_WORDS.contains(lw) || !w.isCapitalized()) {
            return -1;
        }
        boolean capitals = w.text().equals(w.text().toUpperCase(Locale.ROOT));
        if ((lw.equals("i") || lw.equals("us")) && !capitals) {
            return -1;
        }
        int j = k + 1;
        if (lw.equals("county") || lw.equals("state")) {
            if (j >= tokens.size() || !tokens.get(j).isCapitalized()
                    || !ROAD_NOUNS.contains(post.lowerText(tokens.get(j)))) {
                return -1;
            }
            j++;
        }
        if (j < tokens.size() && tokens.get(j).text().equals("-") && tokens.get(j).start() == tokens.get(j - 1).end()) {
            j++;
        } else if (lw.equals("i")) {
            return -1;
        }
        if (j < tokens.size() && tokens.get(j).is(Kind.NUMBER) && tokens.get(j).text().length() <= 3
                && Validators.allDigits(tokens.get(j).text())) {
            return j + 1;
        }
        return -1;
    }

    /** End token of a ZIP code (5 digits or ZIP+4) at {@code i} given with context, or -1. */
    private static int zip(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        Token t = tokens.get(i);
        String text = t.text();
        boolean five = text.length() == 5 && Validators.allDigits(text);
        boolean plusFour = text.length() == 10 && text.charAt(5) == '-' && Validators.allDigits(text.substring(0, 5))
                && Validators.allDigits(text.substring(6));
        if (!(five || plusFour) || text.substring(0, 5).compareTo("00501") < 0) {
            return -1;
        }
        boolean glued = (i > 0 && tokens.get(i - 1).end() == t.start() && !tokens.get(i - 1).is(Kind.PUNCT))
                || (i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() && !tokens.get(i + 1).is(Kind.PUNCT));
        return !glued && zipContext(post, i) != null ? i + 1 : -1;
    }

    /** Why a 5-digit number at {@code i} is a ZIP code, or null. */
    private static String zipContext(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        if (ContextWindow.phraseBefore(post, ZIP_CONTEXT, i, 4)) {
            return "introduced by 'zip'";
        }
        int k = i - 1;
        if (k >= 0 && tokens.get(k).text().equals(",")) {
            k--;
        }
        if (k >= 1 && STATE_ABBREVIATIONS.contains(tokens.get(k).text())) {
            int c = k - 1;
            if (tokens.get(c).text().equals(",") && c > 0) {
                c--;
            }
            if (tokens.get(c).is(Kind.WORD) && tokens.get(c).isCapitalized()) {
                return "after a city and state (" + tokens.get(k).text() + ")";
            }
        }
        if (k >= 0 && ContextWindow.phraseBefore(post, STATE_NAMES, k + 1, 2)) {
            return "after a state name";
        }
        if (i > 0) {
            String prev = post.lowerText(tokens.get(i - 1));
            boolean nothingAfter = i + 1 >= tokens.size() || tokens.get(i + 1).is(Kind.PUNCT)
                    || AREA_WORDS.contains(post.lowerText(tokens.get(i + 1)))
                    || tokens.get(i + 1).sentence() != tokens.get(i).sentence();
            if ((prev.equals("in") || prev.equals("from")) && nothingAfter) {
                return "a 5-digit place after '" + prev + "'";
            }
        }
        return null;
    }

    private Detection detect(AnalyzedPost post, int first, int end, String form) {
        List<Token> tokens = post.tokens();
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        int sentence = tokens.get(first).sentence();
        boolean ownService = PatientCues.ownServiceSentence(post, sentence);
        boolean patient = ContextWindow.patient(post, first) && !ownService;
        boolean workplace = workplaceMoved(post, sentence);
        boolean residential = ContextWindow.inSentence(post, RESIDENTIAL, sentence) && !workplace;
        boolean venue = ContextWindow.inSentence(post, VENUE, sentence) || ContextWindow.inSentence(post, EVENTS, sentence)
                || ContextWindow.organisation(post, first) || workplace || ownService;
        boolean weak = ContextWindow.inSentence(post, WEAK_PATIENT, sentence);
        List<String> reasons = new ArrayList<>();
        double confidence;
        String what;
        switch (form) {
            case "address" -> {
                what = "a street address";
                reasons.add("house number, street name and suffix");
                confidence = 0.55;
            }
            case "pobox" -> {
                what = "a PO box";
                reasons.add("post office box number");
                confidence = 0.55;
            }
            case "zip" -> {
                what = "a ZIP code";
                String why = zipContext(post, first);
                reasons.add("5-digit ZIP code, " + why);
                confidence = why.startsWith("a 5-digit") ? 0.6 : 0.8;
            }
            case "street" -> {
                what = "a street name";
                reasons.add("street name and suffix without a house number");
                confidence = 0.3;
            }
            default -> {
                what = "a numbered road";
                reasons.add("numbered road or highway");
                confidence = 0.3;
            }
        }
        boolean precise = !form.equals("street") && !form.equals("road");
        if (patient) {
            confidence = precise ? Math.max(confidence, 0.8) + 0.1 : 0.7;
            reasons.add("patient context in the same sentence");
        } else if (residential && !form.equals("road")) {
            confidence = precise ? 0.85 : 0.7;
            reasons.add("someone's home or residence is described");
        } else if (venue) {
            confidence = Math.min(confidence, 0.35);
            reasons.add("venue or organisation context, no patient context");
        } else if (form.equals("road") && ContextWindow.inSentence(post, INCIDENT, sentence)) {
            confidence = 0.6;
            reasons.add("an incident on this road is described");
        } else if (weak) {
            confidence = precise ? Math.max(confidence, 0.7) : 0.55;
            reasons.add("weak patient context in the same sentence");
        }
        if (!patient && !PatientCues.personal(post)) {
            confidence = Math.min(confidence, 0.4);
            reasons.add("nothing in the post points at a patient or another person: likely the organisation's own");
        }
        return new Detection(FindingType.LOCATION, start, stop, Math.min(1, confidence),
                "Contains " + what + ". Geography smaller than a state (street, ZIP code) is a HIPAA identifier.",
                "Remove the address; say 'nearby' or name the city or state only.", reasons);
    }
}
