package org.primum.nlp.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.datafaker.Faker;
import org.primum.nlp.CoreLexicon;

/**
 * Generates synthetic social and clinical posts with PERSON, LOCATION and ORGANIZATION spans.
 *
 * <p>Sentences come from {@code templates.txt} (written for this project); slots are filled from
 * datafaker name, place and organisation lists across many locales, from a snapshot of core's
 * lexicons (drugs, conditions, tests, capitalised stop words, occupations; {@code lexicon/}) and
 * from small lists in this class. Everything is
 * driven by one {@link Random} with a fixed seed, so the same seed always yields the same posts
 * (for the same datafaker version).
 */
public final class TrainingDataGenerator {

    /** Seed of the committed model's training data. */
    public static final long SEED = 20260226L;
    /** Seed of the held-out set used by the model test (different posts from the same templates). */
    public static final long HELD_OUT_SEED = 7L;

    public static final String PERSON = "person";
    public static final String LOCATION = "location";
    public static final String ORGANIZATION = "organization";

    /** A labelled span of {@link Example#text()}. */
    public record Span(int start, int end, String type) {}

    /** One generated post. */
    public record Example(String text, List<Span> spans) {}

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z]+)\\}|\\[([^\\]]*)\\]");

    /** Latin-script datafaker locales used for person names; en-US is listed twice to weigh it up. */
    private static final String[] NAME_LOCALES = {
        "en-US", "en-US", "en-GB", "en-IN", "en-NG", "en-ZA", "en-PH", "en-PK", "en-UG", "es", "es-MX", "fr", "de",
        "it", "pt-BR", "pl", "nl", "sv", "tr", "vi", "id", "fi-FI", "hu", "hr", "nb-NO", "da-DK", "ca"
    };
    /** Locales whose datafaker city lists are real place names. */
    private static final String[] CITY_LOCALES = {
        "en-IN", "en-NG", "en-ZA", "es", "es-MX", "fr", "pl", "sv", "tr", "id", "hr", "fi-FI", "nb-NO", "pt-BR"
    };

    // Romanised names from scripts datafaker only has in native script, and common Arabic names.
    private static final String[] EXTRA_FIRST = {
        "Wei", "Fang", "Min", "Jing", "Lei", "Hao", "Yan", "Xiaoming", "Li Na", "Jun", "Mei", "Yuki", "Haruto",
        "Sota", "Hina", "Aiko", "Kenta", "Akiko", "Takeshi", "Emi", "Ji-ho", "Seo-yeon", "Min-jun", "Hye-jin",
        "Sung", "Ahmed", "Fatima", "Omar", "Khalid", "Layla", "Yusuf", "Aisha", "Hassan", "Noor", "Mariam",
        "Tariq", "Samir", "Amina", "Kofi", "Ama", "Kwame", "Abena", "Thabo", "Zanele", "Tendai", "Wanjiru"};
    private static final String[] EXTRA_LAST = {
        "Chen", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Sato",
        "Suzuki", "Takahashi", "Tanaka", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Kim",
        "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Al-Rashid", "Haddad", "Nasser", "Hussein",
        "Mansour", "Khalil", "El-Sayed", "Abdullah", "Osei", "Mensah", "Boateng", "Nkosi", "Dlamini", "Moyo",
        "Kamau", "Otieno", "O'Neill", "McCarthy", "MacLeod", "Fitzgerald", "van der Berg", "de la Cruz",
        "Dos Santos", "St. Clair"};
    private static final String[] TITLES = {
        "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Mx.", "Sr.", "Sra.", "Mister", "Grandma", "Uncle",
        "Aunt", "Coach", "Pastor"};
    /** Short forms people go by, in posts as on the unit. */
    private static final String[] NICKNAMES = {
        "Dot", "Lou", "Mo", "Eddie", "Al", "Liz", "Beth", "Kate", "Vic", "Gus", "Hank",
        "Ned", "Pat", "Trish", "Sully", "Manny", "Chuy", "Lupe", "Pepe", "Toni", "Gigi", "Jojo", "Bubba", "Tito",
        "Nana", "Pops", "Dottie", "Midge", "Babs", "Ozzie", "Rocco", "Sal", "Vinnie", "Jimmy", "Bobby", "Betty",
        "Peggy", "Sandy", "Teddy", "Frankie", "Nettie", "Mimi", "Zeke", "Cookie", "Smitty", "Red", "Junior",
        "Nacho", "Paco", "Memo", "Lalo", "Kiki", "Bibi", "Didi", "Femi", "Tunde", "Kofi", "Nkechi", "Ade", "Sunny",
        "Rajesh", "Raj", "Viju", "Anu", "Chinny", "Mei Mei", "Ah Ma", "Lolo", "Lola", "Ditas", "Bong", "Sasha",
        "Misha", "Kolya", "Dima", "Olya", "Gosia", "Kasia", "Bogdan", "Stas", "Jens", "Lars", "Sven", "Inge"};
    /** State and province abbreviations written after a town ("from Ely, MN"). */
    private static final String[] STATE_CODES = {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "BC", "AB", "ON", "QC",
        "NS", "MB", "SK", "Ont.", "Wis.", "Mich.", "Minn.", "Calif.", "Tenn."};
    /** Pieces of the names of care homes, apartment blocks and trailer parks ("Briar" + "wood" + " Manor"). */
    private static final String[] HOME_HEADS = {
        "Maple", "Willow", "Oak", "Pine", "Cedar", "Rose", "Elm", "Birch", "Aspen", "Golden",
        "Silver", "Green", "Fair", "Lake", "River", "Meadow", "Spring", "Heather", "Ash", "Stone", "Wind", "Glen",
        "Clear", "High", "Brook", "Hazel", "Holly", "Laurel"};
    private static final String[] HOME_TAILS = {
        "wood", "field", "brook", "crest", "dale", "ridge", "haven", "side", "glen", "hill", "moor",
        "rise", "gate", "mont", "shire", " Pointe", " Acres", " Gardens", " Pines", " Oaks"};
    private static final String[] HOME_TYPES = {
        "Manor", "Senior Living", "Assisted Living", "Nursing Home", "Care Home", "Nursing & Rehab", "Apartments",
        "Terrace", "Towers", "Village", "Estates", "Commons", "Mobile Home Park", "Trailer Park", "Retirement Home",
        "House", "Place", "Court", "Lodge"};
    private static final String[] BIZ_OWNED = {
        "Diner", "Pub", "Bar & Grill", "Tavern", "Hardware", "Auto Body", "Garage", "Bakery", "Barbershop",
        "Deli", "Tire & Lube", "Market", "Towing", "Salon"};
    private static final String[] BIZ_NAMED = {
        "Farm Supply", "Farms", "Farm", "Dairy", "Orchards", "Lumber", "Construction", "Roofing", "Plumbing",
        "Machine Shop", "Grain Elevator", "Ranch", "Vineyards", "Creamery", "Meats", "Welding"};
    private static final String[] BIZ_FRONT = {
        "Taqueria", "Taquería", "Cafe", "Café", "Panaderia", "Pizzeria", "Trattoria", "Bar", "Club", "Lanes",
        "Brasserie", "Cantina"};
    private static final String[] BIZ_FRONT_WORDS = {
        "El Sol", "La Esperanza", "Las Palmas", "Bella", "Roma", "Sunrise", "Blue Moon", "Lucky Star",
        "Golden Dragon", "Pho 99", "El Rancho", "La Estrella", "Del Mar", "Vesuvio", "Amigos", "Dos Hermanos"};
    private static final String[] HOOD_TAILS = {
        "Park", "Heights", "Hills", "State Park", "Square", "Point", "Flats", "Bottoms", "Commons", "Green",
        "Landing", "Trailhead", "Beach", "Pier", "Marina", "Reservoir"};
    private static final String[] TOWN_SUFFIX = {
        "ville", "ton", "field", "burg", "wood", "dale", "ford", "port", " Falls", " Springs", " Heights",
        " Park", " Creek", " Valley", " Junction", " City", "boro", "mont"};
    private static final String[] TOWN_PREFIX = {"Fort ", "Mount ", "Lake ", "North ", "South ", "East ", "West ",
        "New ", "Port ", "Glen ", "Cedar ", "Oak "};
    private static final String[] STREET_WORDS = {
        "Elm", "Oak", "Maple", "Pine", "Cedar", "Main", "Church", "Mill", "Park", "Lake", "Hill", "Washington",
        "Lincoln", "Jefferson", "Madison", "Franklin", "Walnut", "Cherry", "Willow", "Spring", "Ridge", "Sunset",
        "2nd", "3rd", "4th", "5th", "12th", "42nd", "Market", "Broad", "Center", "Chestnut", "Highland"};
    private static final String[] STREET_TYPES = {
        "St", "St.", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Lane", "Way", "Ct",
        "Pl", "Pkwy", "Terrace", "Circle"};
    private static final String[] DIRECTIONS = {"N", "S", "E", "W", "North", "South", "NE", "SW"};
    private static final String[] SCHOOL_TYPES = {
        "High", "High School", "HS", "Elementary", "Middle School", "Academy", "Prep", "Junior High",
        "Community College"};
    private static final String[] SAINTS = {
        "Mary", "Joseph", "Luke", "Anne", "Patrick", "Jude", "Francis", "Michael", "Paul", "Peter", "Teresa",
        "Vincent", "Catherine", "Agnes", "Anthony", "John"};
    private static final String[] CHURCH_FORMS = {
        "First Baptist", "First Methodist", "Grace Lutheran", "Holy Cross", "Holy Trinity", "Sacred Heart",
        "Calvary Chapel", "Bethel AME", "Temple Beth El", "Temple Sinai", "Our Lady of Guadalupe",
        "Our Lady of Lourdes", "New Hope Church", "Cornerstone Church", "Zion Lutheran"};
    private static final String[] ROUTES = {"Route", "Rt", "Rt.", "Hwy", "Highway", "County Road", "US", "SR", "I-"};
    private static final String[] WEEKDAYS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tues", "Wed",
        "Thurs", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"};
    private static final String[] UNITS = {
        "ICU", "PICU", "NICU", "CVICU", "MICU", "SICU", "ED", "ER", "OR", "PACU", "L&D", "Labor and Delivery",
        "3 South", "6 West", "4 North", "5 East", "Tele", "Step-Down", "Med-Surg", "Oncology", "Cardiology",
        "Peds", "Ortho", "Neuro ICU", "Dialysis", "Rehab", "Urgent Care", "the ED", "the ICU", "Burn Unit",
        "Psych", "Behavioral Health", "Hospice", "Infusion Center", "Cath Lab", "Radiology", "Triage"};
    private static final String[] SPECIALTIES = {
        "Cardiology", "Oncology", "Neurology", "Nephrology", "Pulmonology", "Rheumatology", "Endocrinology",
        "Gastroenterology", "Dermatology", "Pediatrics", "Geriatrics", "Psychiatry", "Palliative Care",
        "Emergency Medicine", "Family Medicine", "Internal Medicine", "Infectious Disease", "Hematology",
        "Orthopedics", "Urology", "OB/GYN", "Radiology", "Anesthesia", "Surgery", "Neurosurgery", "ENT",
        "cardiology", "oncology", "peds", "ortho", "neuro", "GI", "ID", "IM", "EM"};
    private static final String[] SPANISH = {
        "La", "El", "Los", "Las", "De", "Del", "Por", "Para", "Con", "Que", "Una", "Un", "Hoy", "Muy", "Pero",
        "Gracias", "Señora", "Señor", "Doctora", "Mi", "Su", "Nuestro", "Nuestra", "Esta", "Este", "Todos",
        "Buenos días", "Buenas noches", "Feliz", "Salud", "Bienvenidos", "Mañana", "Ayer", "Siempre",
        "la", "el", "de", "por", "para", "con", "que", "muy", "pero", "hoy"};
    private static final String[] EMOJI = {
        "😩", "🙃", "💪", "❤️", "🙏", "😂", "🎉", "🥹", "💜", "👏", "🩺", "💉", "🏥", "🔥", "😬", "🤦‍♀️", "✨",
        "🙌", "💙", "😭", "👀", "☕", "🎓", "🚑", "🧠", "🫀"};
    private static final String[] HASHTAGS = {
        "#MedTwitter", "#NurseLife", "#nurselife", "#FOAMed", "#MedEd", "#ICU", "#HeartMonth", "#DonateLife",
        "#PedsICU", "#OncTwitter", "#CardioTwitter", "#EMS", "#Nursing", "#MedStudent", "#Residency",
        "#PublicHealth", "#Vaccines", "#TeamWork", "#Grateful", "#NightShift", "#ASCO26", "#ACC26", "#IDWeek",
        "#AHA26", "#ASH26", "#SHM26", "#RNlife", "#WomenInMedicine", "#MondayMotivation"};
    private static final String[] TIMES = {
        "3am", "2am", "4:30am", "7am", "8am", "9:15", "noon", "1pm", "3pm", "5:30pm", "6pm", "7 pm", "11pm",
        "midnight", "0700", "1900", "07:30", "14:00"};
    private static final String[] FUNCTION_WORDS = {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "about", "as", "into", "over", "after", "before", "up", "down", "out", "off", "so", "than", "too", "very",
        "just", "not", "no", "yes", "i", "me", "my", "we", "our", "us", "you", "your", "he", "him", "his",
        "she", "her", "they", "them", "their", "it", "its", "this", "that", "these", "those", "is", "are",
        "was", "were", "be", "been", "am", "do", "does", "did", "have", "has", "had", "will", "would", "can",
        "could", "should", "may", "might", "must", "who", "what", "when", "where", "why", "how", "all", "any",
        "some", "more", "most", "every", "each", "other", "new", "old", "good", "great", "best", "first",
        "last", "next", "today", "tonight", "tomorrow", "yesterday", "week", "day", "year", "time", "team",
        "pt", "pts", "patient", "patients", "doctor", "nurse", "nurses", "hospital", "clinic", "thanks",
        "thank", "please", "happy", "hi", "hey", "ok", "lol", "omg", "via", "re", "w", "walk-ins", "walk-in",
        "dear", "hello", "greetings", "cheers", "regards", "sincerely", "email", "e-mail", "text", "call", "dm",
        "billing", "scheduling", "registration", "reception", "admissions", "security", "transport"};

    private final Random rnd;
    private final Faker[] nameFakers;
    private final Faker[] cityFakers;
    private final Faker us;
    private final List<String> templates;
    private final List<String> drugs;
    private final List<String> conditions;
    private final List<String> tests;
    private final List<String> capitalised;
    private final List<String> jobs;
    private final List<String> usPlaces;

    public TrainingDataGenerator(long seed) {
        this.rnd = new Random(seed);
        this.nameFakers = new Faker[NAME_LOCALES.length];
        for (int i = 0; i < NAME_LOCALES.length; i++) {
            nameFakers[i] = new Faker(Locale.forLanguageTag(NAME_LOCALES[i]), new Random(seed * 31 + i));
        }
        this.cityFakers = new Faker[CITY_LOCALES.length];
        for (int i = 0; i < CITY_LOCALES.length; i++) {
            cityFakers[i] = new Faker(Locale.forLanguageTag(CITY_LOCALES[i]), new Random(seed * 37 + i));
        }
        this.us = new Faker(Locale.US, new Random(seed * 41));
        this.templates = readTemplates();
        this.drugs = List.copyOf(lexicon("drugs.txt"));
        this.conditions = List.copyOf(lexicon("symptoms_conditions.txt"));
        this.tests = List.copyOf(lexicon("tests_procedures.txt"));
        this.capitalised = List.copyOf(lexicon("stopwords_capitalized.txt"));
        this.jobs = List.copyOf(lexicon("occupations.txt"));
        this.usPlaces = usCountyNames();
    }

    /**
     * Entries of a lexicon from the training snapshot of core's lexicons ({@code lexicon/} next to
     * this class): the training data must not change when core's live lexicons are edited.
     */
    public static Set<String> lexicon(String file) {
        return CoreLexicon.read("/org/primum/nlp/train/lexicon/" + file, null);
    }

    /** The templates, without comments and blank lines. */
    public static List<String> readTemplates() {
        List<String> out = new ArrayList<>();
        try (InputStream in = TrainingDataGenerator.class.getResourceAsStream("templates.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Real US place names: the county names of datafaker's US zip-code table (most are also the
     * names of towns), sorted and de-duplicated.
     */
    static List<String> usCountyNames() {
        Pattern entry = Pattern.compile("^\\s+'\\d{5}': \\[([^\\]]+)\\]");
        TreeSet<String> out = new TreeSet<>();
        try (InputStream in = TrainingDataGenerator.class.getClassLoader().getResourceAsStream("_US.yml")) {
            if (in == null) {
                throw new IllegalStateException("datafaker resource _US.yml missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = entry.matcher(line);
                if (m.find()) {
                    out.add(m.group(1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() < 1000) {
            throw new IllegalStateException("too few county names in datafaker's _US.yml: " + out.size());
        }
        return List.copyOf(out);
    }

    /** Lower-case words that are common in posts and are not names: the model's "common word" feature. */
    public static Set<String> functionWords() {
        return Set.copyOf(java.util.Arrays.asList(FUNCTION_WORDS));
    }

    /** {@code n} posts. */
    public List<Example> generate(int n) {
        List<Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    /** The next post. */
    public Example next() {
        Builder b = new Builder();
        if (rnd.nextDouble() < 0.08) {
            b.text(pick(new String[] {"RT ", "ICYMI: ", "Update: ", "UPDATE: ", "Ugh. ", "So. ", "Ok so "}));
        }
        if (rnd.nextDouble() < 0.08) {
            b.text(handle() + " ");
        }
        fill(b, templates.get(rnd.nextInt(templates.size())));
        if (rnd.nextDouble() < 0.3) {
            b.text(pick(new String[] {". ", "! ", "\n", " ", "!! ", ". ", "... "}));
            fill(b, templates.get(rnd.nextInt(templates.size())));
        }
        if (rnd.nextDouble() < 0.15) {
            b.text(pick(new String[] {".", "!", "!!", "?", ""}));
        }
        double r = rnd.nextDouble();
        if (r < 0.2) {
            b.text(" " + pick(HASHTAGS));
            if (rnd.nextBoolean()) {
                b.text(" " + pick(HASHTAGS));
            }
        } else if (r < 0.32) {
            b.text(" " + pick(EMOJI));
        }
        String text = b.sb.toString();
        double c = rnd.nextDouble();
        if (c < 0.12) {
            text = text.toLowerCase(Locale.ROOT);
        } else if (c < 0.14) {
            text = text.toUpperCase(Locale.ROOT);
        } else if (c < 0.19) {
            text = titleCase(text);
        } else if (c < 0.45 && !text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        if (text.length() != b.sb.length()) {
            // a case mapping that changed the length (rare letters such as ß): keep the original case
            text = b.sb.toString();
        }
        return new Example(text, List.copyOf(b.spans));
    }

    private static String titleCase(String s) {
        char[] cs = s.toCharArray();
        boolean start = true;
        for (int i = 0; i < cs.length; i++) {
            if (Character.isLetter(cs[i])) {
                if (start) {
                    cs[i] = Character.toUpperCase(cs[i]);
                }
                start = false;
            } else {
                start = Character.isWhitespace(cs[i]);
            }
        }
        return new String(cs);
    }

    private final class Builder {
        final StringBuilder sb = new StringBuilder();
        final List<Span> spans = new ArrayList<>();

        void text(String s) {
            sb.append(s);
        }

        void entity(String s, String type) {
            int start = sb.length();
            sb.append(s);
            spans.add(new Span(start, sb.length(), type));
        }
    }

    private void fill(Builder b, String template) {
        Matcher m = SLOT.matcher(template);
        int last = 0;
        while (m.find()) {
            literal(b, template.substring(last, m.start()));
            if (m.group(1) != null) {
                slot(b, m.group(1));
            } else {
                String[] alts = m.group(2).split("\\|", -1);
                fill(b, alts[rnd.nextInt(alts.length)]);
            }
            last = m.end();
        }
        literal(b, template.substring(last));
    }

    /** Template text, with an occasional typo (dropped or doubled letter) in longer words. */
    private void literal(Builder b, String s) {
        if (s.isEmpty()) {
            return;
        }
        if (rnd.nextDouble() >= 0.015) {
            b.text(s);
            return;
        }
        StringBuilder out = new StringBuilder(s);
        int p = rnd.nextInt(out.length());
        if (Character.isLetter(out.charAt(p)) && p > 0 && Character.isLetter(out.charAt(p - 1))) {
            if (rnd.nextBoolean()) {
                out.deleteCharAt(p);
            } else {
                out.insert(p, out.charAt(p));
            }
        }
        b.text(out.toString());
    }

    // datafaker's Medical.hospitalName() is deprecated for removal; it stays while 2.5.4 is pinned
    // because replacing it would change the generated data and so the committed model
    @SuppressWarnings("removal")
    private void slot(Builder b, String slot) {
        switch (slot) {
            case "NAME" -> b.entity(nameCase(fullName()), PERSON);
            case "FIRST" -> b.entity(nameCase(first(nameFaker())), PERSON);
            case "LAST" -> b.entity(nameCase(last(nameFaker())), PERSON);
            case "INITIAL" -> {
                Faker f = nameFaker();
                String l = last(f);
                b.entity(nameCase(first(f) + " " + l.charAt(0) + (rnd.nextInt(4) == 0 ? "" : ".")), PERSON);
            }
            case "TITLED" -> {
                String title = pick(TITLES);
                b.text((rnd.nextInt(8) == 0 ? title.toLowerCase(Locale.ROOT) : title) + " ");
                b.entity(nameCase(rnd.nextInt(5) == 0 ? fullName() : last(nameFaker())), PERSON);
            }
            case "DR" -> {
                b.text(pick(new String[] {"Dr. ", "Dr ", "Dr. ", "dr. ", "Prof. ", "Dr. "}));
                b.entity(rnd.nextInt(3) == 0 ? last(nameFaker()) : fullName(), PERSON);
                if (rnd.nextInt(8) == 0) {
                    b.text(pick(new String[] {", MD", " MD", ", PhD", ", RN"}));
                }
            }
            case "CITY" -> b.entity(placeCase(city()), LOCATION);
            case "NICK" -> b.entity(nameCase(pick(NICKNAMES)), PERSON);
            case "FINITIAL" -> {
                Faker f = nameFaker();
                b.entity(nameCase(first(f).charAt(0) + (rnd.nextInt(4) == 0 ? " " : ". ") + last(f)), PERSON);
            }
            case "CAPSNAME" -> {
                Faker f = nameFaker();
                b.entity((last(f) + ", " + first(f)).toUpperCase(Locale.ROOT), PERSON);
            }
            case "FAC" -> b.entity(placeCase(home()), LOCATION);
            case "BIZ" -> b.entity(placeCase(business()), LOCATION);
            case "HOOD" -> b.entity(placeCase(neighbourhood()), LOCATION);
            case "ST" -> b.text(pick(STATE_CODES));
            case "ID" -> b.text(identifier());
            case "PHONE" -> b.text(String.format(Locale.ROOT, "%03d-555-%04d", 201 + rnd.nextInt(780), rnd.nextInt(10000)));
            case "STREET" -> b.entity(placeCase(street()), LOCATION);
            case "ADDR" -> b.entity(placeCase((1 + rnd.nextInt(9899)) + " " + street()), LOCATION);
            case "COUNTY" -> b.entity(placeCase((rnd.nextBoolean() ? pick(usPlaces) : city())
                    + pick(new String[] {" County", " County", " Parish", " Co."})), LOCATION);
            case "SCHOOL" -> b.entity(placeCase(school()), LOCATION);
            case "CHURCH" -> b.entity(placeCase(church()), LOCATION);
            case "ROUTE" -> {
                String r = pick(ROUTES);
                b.entity(r + (r.endsWith("-") ? "" : " ") + (1 + rnd.nextInt(99)), LOCATION);
            }
            case "HOSP" -> b.entity(rnd.nextBoolean() ? us.careProvider().hospitalName() : us.medical().hospitalName(),
                    ORGANIZATION);
            case "COMPANY" -> b.entity(us.company().name(), ORGANIZATION);
            case "UNI" -> b.entity(rnd.nextBoolean() ? us.university().name() : us.educator().university(),
                    ORGANIZATION);
            case "STATE" -> b.text(rnd.nextInt(4) == 0 ? us.address().stateAbbr() : us.address().state());
            case "COUNTRY" -> b.text(us.address().country());
            case "NAT" -> b.text(rnd.nextBoolean() ? us.nation().nationality() : us.nation().language());
            case "DRUG" -> b.text(drugCase(pick(drugs)));
            case "COND" -> b.text(rnd.nextInt(4) == 0 ? us.disease().anyDisease() : wordCase(pick(conditions)));
            case "TEST" -> b.text(wordCase(pick(tests)));
            case "WD" -> b.text(wordCase(pick(WEEKDAYS)));
            case "MON" -> b.text(wordCase(pick(MONTHS)));
            case "UNIT" -> b.text(pick(UNITS));
            case "SPEC" -> b.text(pick(SPECIALTIES));
            case "TAG" -> b.text(pick(HASHTAGS));
            case "AT" -> b.text(handle());
            case "URL" -> b.text(pick(new String[] {"https://bit.ly/", "https://www.example.org/", "gofund.me/",
                "https://t.co/"}) + Integer.toString(rnd.nextInt(1 << 20), 36));
            case "EMO" -> b.text(pick(EMOJI));
            case "N" -> b.text(Integer.toString(1 + rnd.nextInt(rnd.nextBoolean() ? 12 : 99)));
            case "AGE" -> b.text(Integer.toString(1 + rnd.nextInt(98)));
            case "TIME" -> b.text(pick(TIMES));
            case "CAPW" -> b.text(capitalise(pick(capitalised)));
            case "ES" -> b.text(pick(SPANISH));
            case "JOB" -> b.text(pick(jobs));
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        }
    }

    private Faker nameFaker() {
        return nameFakers[rnd.nextInt(nameFakers.length)];
    }

    private String first(Faker f) {
        String s = rnd.nextInt(12) == 0 ? pick(EXTRA_FIRST) : f.name().firstName();
        return fold(s);
    }

    private String last(Faker f) {
        String s = rnd.nextInt(10) == 0 ? pick(EXTRA_LAST) : f.name().lastName();
        return fold(s);
    }

    private String fullName() {
        Faker f = nameFaker();
        String first = first(f);
        String last = last(f);
        double r = rnd.nextDouble();
        if (r < 0.08) {
            return first + " " + (char) ('A' + rnd.nextInt(26)) + ". " + last;
        } else if (r < 0.12) {
            return first + " " + last + "-" + last(f);
        } else if (r < 0.17) {
            return first + " " + last + " " + last(f);
        } else if (r < 0.19) {
            return first + " " + last + pick(new String[] {" Jr.", " Jr", " III", " Sr."});
        } else if (r < 0.22) {
            return first + " " + first(f) + " " + last;
        }
        return first + " " + last;
    }

    /** Strips accents from about a third of names: posts often drop them. */
    private String fold(String s) {
        if (rnd.nextInt(3) != 0) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                sb.append(d.charAt(i));
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    private String nameCase(String s) {
        int r = rnd.nextInt(40);
        if (r < 5) {
            return s.toLowerCase(Locale.ROOT);
        } else if (r == 5) {
            return s.toUpperCase(Locale.ROOT);
        }
        return s;
    }

    private String placeCase(String s) {
        return rnd.nextInt(25) == 0 ? s.toLowerCase(Locale.ROOT) : s;
    }

    private String city() {
        double r = rnd.nextDouble();
        if (r < 0.35) {
            return cityFakers[rnd.nextInt(cityFakers.length)].address().cityName();
        } else if (r < 0.65) {
            return pick(usPlaces);
        } else if (r < 0.75) {
            return us.address().city();
        }
        String base = rnd.nextBoolean() ? last(nameFaker()) : pick(STREET_WORDS);
        if (rnd.nextInt(4) == 0) {
            return pick(TOWN_PREFIX) + base;
        }
        return base + pick(TOWN_SUFFIX);
    }

    private String home() {
        String head = rnd.nextInt(4) == 0 ? last(nameFaker()) : pick(HOME_HEADS) + pick(HOME_TAILS);
        return head + " " + pick(HOME_TYPES);
    }

    private String business() {
        double r = rnd.nextDouble();
        if (r < 0.35) {
            return last(nameFaker()) + "'s " + pick(BIZ_OWNED);
        } else if (r < 0.65) {
            return last(nameFaker()) + " " + pick(BIZ_NAMED);
        } else if (r < 0.9) {
            return pick(BIZ_FRONT) + " " + (rnd.nextBoolean() ? pick(BIZ_FRONT_WORDS) : last(nameFaker()));
        }
        return city() + " " + pick(BIZ_OWNED);
    }

    private String neighbourhood() {
        double r = rnd.nextDouble();
        if (r < 0.4) {
            return pick(DIRECTIONS) + " " + (rnd.nextBoolean() ? pick(STREET_WORDS) : last(nameFaker()));
        } else if (r < 0.8) {
            return (rnd.nextBoolean() ? pick(STREET_WORDS) : pick(HOME_HEADS) + pick(HOME_TAILS)) + " "
                    + pick(HOOD_TAILS);
        }
        return last(nameFaker()) + " " + pick(HOOD_TAILS);
    }

    /** A record, claim or member number: letters and digits, sometimes dashed. */
    private String identifier() {
        StringBuilder sb = new StringBuilder();
        int letters = rnd.nextInt(4);
        for (int i = 0; i < letters; i++) {
            sb.append((char) ('A' + rnd.nextInt(26)));
        }
        int digits = 5 + rnd.nextInt(7);
        for (int i = 0; i < digits; i++) {
            if (i == 3 && rnd.nextInt(3) == 0) {
                sb.append('-');
            }
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    private String street() {
        if (rnd.nextInt(4) == 0) {
            return us.address().streetName();
        }
        String dir = rnd.nextInt(3) == 0 ? pick(DIRECTIONS) + " " : "";
        String word = rnd.nextInt(3) == 0 ? last(nameFaker()) : pick(STREET_WORDS);
        return dir + word + " " + pick(STREET_TYPES);
    }

    private String school() {
        double r = rnd.nextDouble();
        if (r < 0.3) {
            return us.educator().secondarySchool();
        }
        String base = r < 0.6 ? city() : last(nameFaker());
        return base + " " + pick(SCHOOL_TYPES);
    }

    private String church() {
        double r = rnd.nextDouble();
        if (r < 0.4) {
            return pick(CHURCH_FORMS);
        } else if (r < 0.7) {
            return pick(new String[] {"St. ", "St ", "Saint "}) + pick(SAINTS) + pick(new String[] {"'s", "'s",
                "'s Church", "'s Parish", " Catholic"});
        }
        return city() + pick(new String[] {" Baptist", " Methodist", " Lutheran", " Mosque", " Synagogue",
            " Bible Church", " Community Church"});
    }

    private String handle() {
        Faker f = nameFaker();
        String base = fold(f.name().firstName()).replaceAll("[^A-Za-z]", "");
        return "@" + pick(new String[] {"Dr", "", "Nurse", "", "the"}) + base
                + pick(new String[] {"", "_RN", "MD", "_", "123", "Health", ""});
    }

    private String drugCase(String s) {
        int r = rnd.nextInt(10);
        if (r < 4) {
            return capitalise(s);
        } else if (r == 4) {
            return s.toUpperCase(Locale.ROOT);
        }
        return s;
    }

    private String wordCase(String s) {
        return rnd.nextInt(3) == 0 ? capitalise(s) : s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private String pick(List<String> a) {
        return a.get(rnd.nextInt(a.size()));
    }
}
