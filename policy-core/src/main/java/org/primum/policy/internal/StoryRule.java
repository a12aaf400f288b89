package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;

/**
 * A second opinion from a model of post wording ({@code phi.story}). The patient-context rules
 * look for cues they know ("my patient", "came in with", an age next to a diagnosis); authors
 * they were not written for tell patient stories in words no cue list holds. When a detector
 * (policy-nlp) rates the post as a whole at or above the threshold as being about a specific
 * patient, every person or place name it found is reported as PHI, with the score as confidence,
 * and so is a given name that is also a word ("Faith", "June") where its tagger calls it a proper
 * noun (the name finder misses those), and so is every handle the post tags that is not the
 * writer's, a clinician's or an organisation's.
 *
 * <p>Without a detector that scores posts this rule finds nothing. The threshold is the policy's
 * {@code patientStory.blockAt}: lower catches more patient stories and blocks more posts that are
 * not.
 */
final class StoryRule implements Rule {

    static final String ID = "phi.story";
    /**
     * Rules whose blocks are judgments of context (a name or place beside patient cues, a name in a
     * pattern that usually marks a patient such as "pt X" or "Mrs. X" near health words, details that
     * combine); a post the model scores below {@link Policy.PatientStory#doubtBelow()} gets warnings
     * from them instead of blocks when nothing else blocks it.
     */
    static final java.util.Set<String> CONTEXT_JUDGMENTS = java.util.Set.of("phi.name", "phi.name.context",
            "phi.location.context", "phi.location.person", "phi.quasi_id");
    /**
     * Rules whose blocks are contacts that posts give for their organisation as often as for a person (a
     * phone number, an e-mail address): a post the model scores below {@link Policy.PatientStory#doubtBelow()}
     * whose only PHI blocks are contacts gets warnings from them instead, as with {@link #CONTEXT_JUDGMENTS}.
     */
    static final java.util.Set<String> CONTACTS = java.util.Set.of("phi.phone", "phi.email");

    /** Given names that are also everyday words: "Faith", "June", "Hunter". */
    private static final PhraseSet WORD_NAMES = PhraseSet.lexicon("word_names.txt", null);

    private final double threshold;
    /** The reason's tail, fixed when the checker is built. */
    private final String atThreshold;

    StoryRule(Policy policy) {
        this.threshold = policy.patientStory().blockAt();
        this.atThreshold = String.format(Locale.ROOT, "(threshold %.2f)", threshold);
    }

    /** The reason every finding the wording model makes or changes gives first: its score, then {@code why}. */
    static String reason(double score, String why) {
        return String.format(Locale.ROOT, "wording model: %.2f that the post is about a patient %s", score, why);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Person and place names, and tagged handles, in a post a wording model reads as a patient story"
                + " (needs policy-nlp)";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        if (Placeholders.trainingRecord(post) || Placeholders.madeUp(post)
                || QuasiIdentifierRule.consentedInWriting(post)) {
            return; // as the name rules: a manikin's or a made-up case's names, or a story told with written consent
        }
        // what could be reported: the name finder's entities, and what it cannot see (handles, and given
        // names written as words); found by the written words alone, so a post with none is never scored
        List<Token> tokens = post.tokens();
        List<Integer> names = new ArrayList<>();
        List<Integer> handles = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(Token.Kind.MENTION)) {
                handles.add(i);
            } else if (givenNameWord(post, i)) {
                names.add(i);
            }
        }
        if (post.entities().isEmpty() && names.isEmpty() && handles.isEmpty()) {
            return;
        }
        OptionalDouble story = post.patientStory();
        if (story.isEmpty() || story.getAsDouble() < threshold) {
            return;
        }
        double score = story.getAsDouble();
        String scored = reason(score, atThreshold);
        for (int i : names) {
            if (missedName(post, i)) {
                out.accept(new Detection(FindingType.NAME, tokens.get(i).start(), tokens.get(i).end(), score,
                        NAME_MESSAGE, NAME_SUGGESTION, List.of(scored, "a given name the name finder missed, tagged a"
                                + " proper noun")));
            }
        }
        for (int h : handles) {
            if (personsHandle(post, h)) {
                out.accept(new Detection(FindingType.HANDLE, tokens.get(h).start(), tokens.get(h).end(), score,
                        "This handle is tagged in a post that reads like a story about a patient. If it is the"
                                + " patient's (or their family's), tagging them confirms their care in public; remove it.",
                        "Leave the handle out, or thank them privately.", List.of(scored, "a handle tagged in the post")));
            }
        }
        for (Entity e : post.entities()) {
            FindingType type = switch (e.label()) {
                case PERSON -> FindingType.NAME;
                case LOCATION -> FindingType.LOCATION;
                default -> null;
            };
            if (type == null || (type == FindingType.NAME && ContextualEntityRule.namesAThing(post,
                    post.tokenAt(e.start()), post.tokenAt(e.end() - 1) + 1))) {
                continue; // "Biscuit the golden retriever", "'Mr. Smith', our SimMan": a pet's or a thing's name
            }
            if (ContextualEntityRule.careerRole(post, post.tokens().get(post.tokenAt(e.start())).sentence())) {
                continue; // "Mrs. K, the front office legend, is retiring after 31 years": a colleague's career
            }
            // the message never quotes the matched text: machine formats must not echo it (CI logs)
            String message = type == FindingType.NAME
                    ? NAME_MESSAGE
                    : "This looks like a place, and the post reads like a story about a patient. If it tells where a"
                            + " patient lives, works or was treated, remove it.";
            out.accept(new Detection(type, e.start(), e.end(), score, message,
                    type == FindingType.NAME ? NAME_SUGGESTION : "Leave out the place.",
                    List.of(scored, e.source() + ": " + e.label().name().toLowerCase(Locale.ROOT) + " entity")));
        }
    }

    private static final String NAME_MESSAGE = "This looks like a person's name, and the post reads like a story"
            + " about a patient. If it is a patient's, remove it; if not, make clear who it is (a colleague's title,"
            + " an author, a public figure).";
    private static final String NAME_SUGGESTION = "Use no name, or a clearly invented one.";

    /** A capitalised word (not in capitals throughout) of word_names.txt or given_names.txt: "Faith", "Ngozi". */
    private static boolean givenNameWord(AnalyzedPost post, int i) {
        Token t = post.tokens().get(i);
        return t.is(Token.Kind.WORD) && t.isCapitalized() && !ContextualEntityRule.isAllCaps(t.text())
                && (WORD_NAMES.matchAt(post, i) == 1 || Lexicons.GIVEN_NAMES.matchAt(post, i) == 1);
    }

    /**
     * A given name at {@code i} ({@link #givenNameWord}) that the name finder missed: one that is also an
     * everyday word ({@code word_names.txt}: "Faith", "Hope", "June"), which it was not trained on, or now
     * and then one of {@code given_names.txt} in words it did not expect. It counts as a name when the
     * tagger calls it a proper noun, no entity covers it, no title or staff role stands before it
     * ("Chaplain Grace"), it does not follow "the" ("by the Grace of God"), and a month is neither beside
     * a number ("June 3") nor after a word that introduces a time ("since June", "in April").
     */
    private static boolean missedName(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        String before = i > 0 ? post.lowerToken(i - 1) : "";
        return Grammar.properNoun(post, i)
                && !before.equals("the") // "by the Grace of God", "the Hope Lodge"
                && !(MONTHS.contains(post.lowerToken(i)) && BEFORE_A_MONTH.contains(before)) // "since June"
                && !covered(post, tokens.get(i)) && !besideNumber(tokens, i)
                && !ContextualEntityRule.isColleague(post, i, i);
    }

    /** Word-names that are months too: "June" after "since" or "in" is a time. */
    private static final java.util.Set<String> MONTHS = java.util.Set.of("april", "august", "june");
    /**
     * Words before a month that make it a time: "since June", "in April", "last August" (not "from" or
     * "after": "a card from June", "after June's surgery").
     */
    private static final java.util.Set<String> BEFORE_A_MONTH = java.util.Set.of("in", "since", "last", "next",
            "early", "late", "mid", "until", "till", "through", "during", "each", "every");

    /**
     * Words in a handle that make it a clinician's or an organisation's: "@DrLeeCardio", "@mercy_health",
     * "@CDCgov" ("team" is not one: "@team_noah" is a family's page for their patient).
     */
    private static final java.util.Set<String> PROFESSIONAL_HANDLE_WORDS = java.util.Set.of("dr", "doc", "md", "rn",
            "np", "phd", "nurse", "nurses", "hospital", "health", "clinic", "medical", "medicine", "official",
            "news", "gov", "foundation", "society", "journal", "college", "university", "univ", "school",
            "pharmacy", "center", "centre", "dept", "program", "network", "ems", "police", "county");
    /**
     * Endings of a handle written as one word that make it an organisation's ("@mayoclinic", "@ucsfhealth"):
     * the professional words of six letters or more (shorter ones, "doc" or "md", end everyday words too).
     */
    private static final List<String> PROFESSIONAL_HANDLE_ENDINGS = PROFESSIONAL_HANDLE_WORDS.stream()
            .filter(w -> w.length() >= 6).sorted().toList();

    /**
     * The handle at {@code h} may be a person's whom a post read as a patient story tags: a person's
     * handle identifies them as their name does. Not the writer's own account or the organisation's
     * ("follow us at @x"), and not a handle that reads as a clinician's or an organisation's
     * ({@link #PROFESSIONAL_HANDLE_WORDS}) or follows a title or staff role ("Dr. @x").
     */
    private static boolean personsHandle(AnalyzedPost post, int h) {
        String handle = post.tokens().get(h).text();
        return !CareRelationshipRule.isAuthor(post, handle) && !CareRelationshipRule.ownAccount(post, h)
                && !professionalHandle(handle) && !ContextualEntityRule.isColleague(post, h, h);
    }

    /**
     * A handle whose parts (split at '_', '.', digits and changes of case: "Dr|Lee|Cardio", "CDC|gov")
     * include a professional word, that ends in an organisation's word ("mayoclinic"), or that is
     * "dr" and a consonant ("drsmith", not "drew").
     */
    static boolean professionalHandle(String handle) {
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        String lower = h.toLowerCase(Locale.ROOT);
        for (String ending : PROFESSIONAL_HANDLE_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        if (lower.length() > 3 && lower.startsWith("dr") && "bcdfghjklmnpqrstvwxz".indexOf(lower.charAt(2)) >= 0) {
            return true;
        }
        int start = 0;
        for (int i = 1; i <= h.length(); i++) {
            boolean cut = i == h.length() || !Character.isLetter(h.charAt(i))
                    || (Character.isUpperCase(h.charAt(i)) && Character.isLowerCase(h.charAt(i - 1)))
                    || (Character.isLowerCase(h.charAt(i)) && i > 1 && Character.isUpperCase(h.charAt(i - 1))
                            && Character.isUpperCase(h.charAt(i - 2)) && i - start > 2);
            if (cut) {
                if (i > start && PROFESSIONAL_HANDLE_WORDS.contains(h.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i < h.length() && Character.isLetter(h.charAt(i)) ? i : i + 1;
            }
        }
        return false;
    }

    private static boolean covered(Post post, Token t) {
        for (Entity e : post.entities()) {
            if (e.start() < t.end() && t.start() < e.end()) {
                return true;
            }
        }
        return false;
    }

    /** "June 3", "3 June", "April 2026": a month, not a person. */
    private static boolean besideNumber(List<Token> tokens, int i) {
        return (i + 1 < tokens.size() && tokens.get(i + 1).is(Token.Kind.NUMBER))
                || (i > 0 && tokens.get(i - 1).is(Token.Kind.NUMBER));
    }

}
