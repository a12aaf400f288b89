package org.primum.policy.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.primum.policy.Draft;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.TokenTags;

/** The one analysis of a draft that every rule shares. Immutable. */
public final class AnalyzedPost implements Post {

    private final Draft draft;
    private final String text;
    private final String normalized;
    private final String lower;
    private final int[] toOriginal;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Entity> entities;
    private final String[] lowerTokens;
    private String language;
    /** Where the tags come from, asked on first use; null when no detector can tag. */
    private final Supplier<Optional<TokenTags>> tagSource;
    private Optional<TokenTags> tags;
    /** Where the wording score comes from, asked on first use; null when no detector scores posts. */
    private final Supplier<OptionalDouble> storySource;
    private OptionalDouble story;
    /** Where advice scores come from; null when no detector scores advice. */
    private final SpanScorer adviceSource;
    private OptionalDouble advice;
    private Signals signals;

    /** Scores the text between two offsets into {@link #normalized()}. */
    @FunctionalInterface
    public interface SpanScorer {
        OptionalDouble score(int start, int end);
    }

    private AnalyzedPost(Draft draft, String text, TextNormalizer.Result norm, Tokenizer.Output tok,
            List<Entity> entities) {
        this.draft = draft;
        this.text = text;
        this.normalized = norm.text();
        this.lower = lowerSameLength(normalized);
        this.toOriginal = norm.toOriginal();
        this.tokens = tok.tokens();
        this.sentences = tok.sentences();
        this.entities = List.copyOf(entities);
        this.lowerTokens = new String[tokens.size()];
        for (int i = 0; i < lowerTokens.length; i++) {
            Token t = tokens.get(i);
            lowerTokens[i] = lower.substring(t.start(), t.end());
        }
        this.tagSource = null;
        this.storySource = null;
        this.adviceSource = null;
    }

    /** A copy of {@code base} with other entities, tags or wording score; the text analysis is shared. */
    private AnalyzedPost(AnalyzedPost base, List<Entity> entities, Supplier<Optional<TokenTags>> tagSource,
            Supplier<OptionalDouble> storySource, SpanScorer adviceSource) {
        this.draft = base.draft;
        this.text = base.text;
        this.normalized = base.normalized;
        this.lower = base.lower;
        this.toOriginal = base.toOriginal;
        this.tokens = base.tokens;
        this.sentences = base.sentences;
        this.entities = List.copyOf(entities);
        this.lowerTokens = base.lowerTokens;
        this.tagSource = tagSource;
        this.storySource = storySource;
        this.adviceSource = adviceSource;
        this.language = base.language;
    }

    /** Analyses {@code text} (the draft's body or one of its alt texts). */
    public static AnalyzedPost analyze(Draft draft, String text) {
        TextNormalizer.Result norm = TextNormalizer.normalize(text);
        return new AnalyzedPost(draft, text, norm, Tokenizer.tokenize(norm.text()), List.of());
    }

    /** The same analysis with the entities every detector finds in it (itself when there are none). */
    public AnalyzedPost withEntitiesFrom(List<org.primum.policy.spi.EntityDetector> detectors) {
        if (detectors.isEmpty()) {
            return this;
        }
        List<Entity> found = new java.util.ArrayList<>();
        for (org.primum.policy.spi.EntityDetector d : detectors) {
            found.addAll(d.detect(this));
        }
        return withEntities(found);
    }

    /** The same analysis with entities from detectors attached. */
    public AnalyzedPost withEntities(List<Entity> found) {
        return new AnalyzedPost(this, found, tagSource, storySource, adviceSource);
    }

    /**
     * Sets the primary language subtag the checker settled on (declared, from a detector, or
     * guessed), so that language-specific rules read the same answer as {@code lang.unsupported}.
     * Called once by the pipeline before any rule runs.
     */
    void language(String primary) {
        this.language = primary;
    }

    /**
     * The primary language subtag of this post ({@code en}, {@code es}, {@code und} ...): what the
     * pipeline settled on, or, for a post analysed outside a checker, the declared language else
     * the function-word guess.
     */
    public String language() {
        if (language == null) {
            String tag = draft.declaredLanguage().orElseGet(() -> LanguageGuesser.guessOf(this));
            int dash = tag.indexOf('-');
            language = (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(java.util.Locale.ROOT);
        }
        return language;
    }

    /**
     * The same analysis with part-of-speech tags and lemmas from {@code source}, which is asked
     * once, when a rule first reads {@link #tags()}: posts no rule asks about are never tagged.
     */
    public AnalyzedPost withTags(Supplier<Optional<TokenTags>> source) {
        return new AnalyzedPost(this, entities, source, storySource, adviceSource);
    }

    /**
     * The same analysis with a wording score from {@code source}, asked once, when a rule first
     * reads {@link #patientStory()}.
     */
    public AnalyzedPost withPatientStory(Supplier<OptionalDouble> source) {
        return new AnalyzedPost(this, entities, tagSource, source, adviceSource);
    }

    /**
     * The same analysis with advice scores from {@code source}; the whole post's is asked once, when a
     * rule first reads {@link #personalAdvice()}.
     */
    public AnalyzedPost withPersonalAdvice(SpanScorer source) {
        return new AnalyzedPost(this, entities, tagSource, storySource, source);
    }

    private static String lowerSameLength(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = Character.toLowerCase(cs[i]);
        }
        return new String(cs);
    }

    @Override
    public Draft draft() {
        return draft;
    }

    /** The original text this analysis was made of. */
    public String text() {
        return text;
    }

    @Override
    public String normalized() {
        return normalized;
    }

    @Override
    public String lower() {
        return lower;
    }

    @Override
    public List<Token> tokens() {
        return tokens;
    }

    @Override
    public List<Sentence> sentences() {
        return sentences;
    }

    @Override
    public List<Entity> entities() {
        return entities;
    }

    /** Computed on first use; a post is checked by one thread, so no locking is needed. */
    @Override
    public Optional<TokenTags> tags() {
        if (tags == null) {
            Optional<TokenTags> found = tagSource == null ? Optional.empty() : tagSource.get();
            if (found.isPresent() && found.get().size() != tokens.size()) {
                throw new IllegalStateException("a detector tagged " + found.get().size() + " tokens of a post with "
                        + tokens.size());
            }
            tags = found;
        }
        return tags;
    }

    /** Computed on first use, like {@link #tags()}. */
    @Override
    public OptionalDouble patientStory() {
        if (story == null) {
            story = storySource == null ? OptionalDouble.empty() : storySource.get();
        }
        return story;
    }

    /** Computed on first use, like {@link #tags()}. */
    @Override
    public OptionalDouble personalAdvice() {
        if (advice == null) {
            advice = adviceSource == null ? OptionalDouble.empty() : adviceSource.score(0, normalized.length());
        }
        return advice;
    }

    @Override
    public OptionalDouble personalAdvice(int start, int end) {
        java.util.Objects.checkFromToIndex(start, end, normalized.length());
        return adviceSource == null ? OptionalDouble.empty() : adviceSource.score(start, end);
    }

    @Override
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public int toOriginal(int normalizedIndex) {
        return toOriginal[Math.max(0, Math.min(normalizedIndex, toOriginal.length - 1))];
    }

    /** Maps an end index (exclusive) back: the end of the original character the last char came from. */
    public int toOriginalEnd(int normalizedEnd) {
        if (normalizedEnd <= 0) {
            return 0;
        }
        if (normalizedEnd >= normalized.length()) {
            return text.length();
        }
        int next = toOriginal(normalizedEnd);
        int lastStart = toOriginal(normalizedEnd - 1);
        return Math.max(next, lastStart + 1);
    }

    /** Lower-cased token text, for lexicon look-ups. */
    public String lowerText(Token t) {
        int i = tokenAt(t.start());
        return i < lowerTokens.length && tokens.get(i).start() == t.start() ? lowerTokens[i]
                : lower.substring(t.start(), t.end());
    }

    /** Lower-cased text of token {@code i}. */
    public String lowerToken(int i) {
        return lowerTokens[i];
    }

    /**
     * Lexicon cues and the patient-context judgment of each sentence, computed on first use and
     * shared by every rule. A post is checked by one thread, so no locking is needed.
     */
    public Signals signals() {
        if (signals == null) {
            signals = Signals.of(this);
        }
        return signals;
    }

    @Override
    public String toString() {
        return "AnalyzedPost[" + normalized.length() + " chars, " + tokens.size() + " tokens, "
                + sentences.size() + " sentences]";
    }
}
