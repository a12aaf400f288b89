package org.primum.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primum.policy.Draft;
import org.primum.policy.internal.AnalyzedPost;
import org.primum.policy.spi.Detection;

/** Each declarative kind fires where it should and stays silent where it should. */
class RuleKindsTest {

    private static DeclarativeRule rule(String yaml) {
        String message = yaml.contains("message:") ? "" : "message: \"hit\"\n";
        return RulePack.parse("id: t.rule\n" + message + yaml, "t.yaml", null).rules().get(0);
    }

    private static List<Detection> detect(DeclarativeRule r, String text) {
        List<Detection> out = new ArrayList<>();
        r.check(AnalyzedPost.analyze(Draft.of(text), text), out::add);
        return out;
    }

    @Test
    void termsMatchWholeWordsInAnyCaseByDefault() {
        RuleTester.of(rule("kind: terms\nterms: [miracle cure, detox]\n"))
                .fires("Try our [[Miracle Cure]] today")
                .fires("[[DETOX]] tea and a [[detox]] plan")
                .passes("miracles cure nothing")
                .passes("detoxification units")
                .verify();
    }

    @Test
    void termsCanBeCaseSensitive() {
        RuleTester.of(rule("kind: terms\ncaseSensitive: true\nterms: [Hope]\n"))
                .fires("Mrs [[Hope]] came in")
                .passes("we hope you are well")
                .verify();
    }

    @Test
    void termsWithoutWordBoundariesMatchInsideWords() {
        RuleTester.of(rule("kind: terms\nwordBoundaries: false\nterms: [pharma]\n"))
                .fires("Big[[Pharma]] lies")
                .fires("#[[pharma]]bro")
                .passes("farm animals")
                .verify();
    }

    @Test
    void pluralAndFormVariantsChangeTheLastWord() {
        RuleTester.of(rule("kind: terms\nvariants: plural\nterms: [miracle remedy, box]\n"))
                .fires("two [[miracle remedies]]").fires("a [[miracle remedy]]").fires("[[boxes]]")
                .passes("remedies alone").verify();
        RuleTester.of(rule("kind: terms\nvariants: forms\nterms: [cure]\n"))
                .fires("it [[cured]] me").fires("[[curing]] it").fires("[[cures]]").fires("a [[cure]]")
                .passes("curable").passes("curated").verify();
        RuleTester.of(rule("kind: terms\nterms: [cure]\n")).passes("it cured me").verify();
    }

    @Test
    void exceptionsSuppressMatchesInsideThem() {
        RuleTester.of(rule("kind: terms\nterms: [cure]\nexceptions: [no cure, cure rate]\n"))
                .fires("This will [[cure]] you")
                .passes("There is no cure yet")
                .passes("The cure rate was 40%")
                .fires("no cure for colds, but this will [[cure]] the flu")
                .verify();
    }

    @Test
    void termsCanBeTokenKindsAndLexicons() {
        RuleTester.of(rule("kind: terms\nterms: {tokens: [email]}\n"))
                .fires("write to [[me@example.org]] today").passes("no addresses here").verify();
        RuleTester.of(rule("kind: terms\nlexicon: 'drugs:cardiology'\n"))
                .fires("started [[metoprolol]] today").passes("started sertraline today").verify();
    }

    @Test
    void unlessSuppressesInTheSameSentenceOrThePost() {
        RuleTester.of(rule("kind: terms\nterms: [cure]\nunless: [myth]\n"))
                .fires("Myths abound. This will [[cure]] you")
                .passes("The myth that garlic is a cure")
                .verify();
        RuleTester.of(rule("kind: terms\nterms: [cure]\nunless: [myth]\nunlessIn: post\n"))
                .passes("A myth, debunked. This will cure you")
                .verify();
    }

    @Test
    void patternUsesItsCaptureGroupAsTheSpan() {
        RuleTester.of(rule("kind: pattern\npattern: '\\bMRN[:#]?\\s?(\\d{6,10})\\b'\ngroup: 1\n"))
                .fires("Chart for MRN: [[00123456]] is ready")
                .fires("MRN#[[1234567]]")
                .passes("mrn 1234567 (lower case: patterns are case-sensitive by default)")
                .passes("MRN 12345")
                .verify();
        RuleTester.of(rule("kind: pattern\ncaseSensitive: false\npattern: '\\bmrn\\s(\\d{7})\\b'\ngroup: 1\n"))
                .fires("Mrn [[1234567]]").verify();
    }

    @Test
    void patternValidatorsFilterCandidates() {
        String card = "kind: pattern\npattern: '\\d(?:[ -]?+\\d){12,18}'\nvalidator: luhn\n";
        RuleTester.of(rule(card)).fires("card [[4111 1111 1111 1111]] ok").passes("card 4111 1111 1111 1112 ok").verify();
        String nhs = "kind: pattern\npattern: '\\b\\d{3} ?\\d{3} ?\\d{4}\\b'\nvalidator: mod11\n";
        RuleTester.of(rule(nhs)).fires("number [[943 476 5919]]").passes("number 943 476 5918").verify();
        String isbn = "kind: pattern\npattern: '\\b\\d{9}[\\dX]\\b'\nvalidator: mod11\n";
        RuleTester.of(rule(isbn)).fires("isbn [[080442957X]]").passes("isbn 0804429579").verify();
        String len = "kind: pattern\npattern: '\\b[A-Z]\\d+\\b'\nvalidator: length\nminLength: 6\nmaxLength: 8\n";
        RuleTester.of(rule(len)).fires("id [[A12345]] and [[B1234567]]").passes("id A1234 and B12345678").verify();
        assertThat(Validators.luhn("79927398713")).isTrue();
        assertThat(Validators.luhn("79927398710")).isFalse();
        assertThat(Validators.mod11("9434765919")).isTrue();
    }

    @Test
    void patternCanBeLimitedToTokensOfSomeKinds() {
        DeclarativeRule r = rule("kind: pattern\npattern: '^\\d{9}$'\ntokens: [number]\n");
        RuleTester.of(r).fires("id [[123456789]] here").passes("id 123-45-6789 here").passes("A123456789").verify();
    }

    @Test
    void patternOffsetsMapBackThroughNormalisation() {
        // a zero-width space is removed by normalisation; the span must still point at the original text
        DeclarativeRule r = rule("kind: pattern\npattern: 'MRN \\d+'\n");
        RuleTester.of(r).fires("x\u200b [[MRN 42]]").verify();
    }

    @Test
    void aRunawayPatternIsStoppedAndReported() {
        // statically acceptable (no nested quantifier) but polynomial: the step budget stops it
        DeclarativeRule r = rule("kind: pattern\npattern: 'a*a*a*a*a*b'\n");
        List<Detection> found = detect(r, "a".repeat(3000));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message()).contains("could not finish");
        assertThat(found.get(0).end()).isZero();
        assertThat(found.get(0).reasons()).anyMatch(s -> s.contains("step limit"));
        assertThat(detect(r, "aaab")).hasSize(1).allMatch(d -> d.message().equals("hit"));
    }

    @Test
    void nearFindsPairsWithinTheDistance() {
        String near = "kind: near\na: [you should]\nb: [ibuprofen, tylenol]\nwithin: 2\n";
        RuleTester.of(rule(near))
                .fires("honestly [[you should take some ibuprofen]] for it")
                .fires("[[Tylenol is what you should]] try")
                .passes("you should rest, drink water and maybe later take ibuprofen")
                .passes("You should rest. Ibuprofen helps some people.")
                .verify();
    }

    @Test
    void nearOptionsOrderSpanSentenceAndUnless() {
        RuleTester.of(rule("kind: near\na: [you should]\nb: [ibuprofen]\nwithin: 3\norder: a-first\nspan: b\n"))
                .fires("you should take [[ibuprofen]]")
                .passes("ibuprofen? you should ask")
                .verify();
        RuleTester.of(rule("kind: near\na: [you should]\nb: [ibuprofen]\nwithin: 3\nsameSentence: false\nspan: a\n"))
                .fires("[[You should]]. Ibuprofen.")
                .verify();
        RuleTester.of(rule("kind: near\na: [you should]\nb: {lexicon: drugs}\nwithin: 3\nunless: [ask your doctor]\n"))
                .fires("[[you should stop metformin]]")
                .passes("Ask your doctor whether you should stop metformin")
                .verify();
    }

    @Test
    void requiresFiresOnTheFirstTriggerWhenNothingRequiredIsPresent() {
        DeclarativeRule r = rule("""
                kind: requires
                message: "'{match}' needs {required}"
                when: [use my code, brand ambassador]
                require:
                  terms: ["#ad", "disclosure:"]
                  tokens: [url]
                fix: {append: "#ad"}
                """);
        RuleTester.forRule(r)
                .fires("Proud [[brand ambassador]]! use my code X")
                .passes("Disclosure: paid. Use my code X")
                .passes("use my code X #ad")
                .passes("Use my code X https://example.org/terms")
                .passes("Nothing promotional here")
                .verify();
        List<Detection> d = detect(r, "Use my code X");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.message()).isEqualTo("'Use my code' needs #ad, disclosure: or a link");
            assertThat(x.suggestion()).isEqualTo("Add \"#ad\".");
        });
    }

    @Test
    void limitsCountTokensAndCharacters() {
        DeclarativeRule tags = rule("kind: limit\nmessage: '{count} > {limit}'\ncount: hashtags\nmax: 2\n");
        RuleTester.of(tags).fires("#a #b [[#c #d]]").passes("#a #b and words").verify();
        assertThat(detect(tags, "#a #b #c")).singleElement().extracting(Detection::message).isEqualTo("3 > 2");
        RuleTester.of(rule("kind: limit\ncount: characters\nmax: 5\n")).fires("12345[[678]]").passes("12345").verify();
        // an emoji outside the BMP counts as one character
        RuleTester.of(rule("kind: limit\ncount: characters\nmax: 2\n")).passes("a\uD83D\uDE00").verify();
        RuleTester.of(rule("kind: limit\ncount: mentions\nmax: 0\n")).fires("hi [[@ana]]").verify();
        RuleTester.of(rule("kind: limit\ncount: sentences\nmax: 1\n")).fires("One. [[Two. Three.]]").verify();
        assertThat(tags.withLimit(3).limit()).hasValue(3);
        RuleTester.of(tags.withLimit(3)).passes("#a #b #c").verify();
    }

    @Test
    void messagesFillPlaceholdersAndReasonsNameTheRule() {
        DeclarativeRule r = rule("kind: near\nmessage: '{a} near {b} (within {within}): {match}'\na: [dm me]\n"
                + "b: [anytime]\nwithin: 2\nsuggestion: 'Drop {match}'\n");
        Detection d = detect(r, "DM me anytime").get(0);
        assertThat(d.message()).isEqualTo("DM me near anytime (within 2): DM me anytime");
        assertThat(d.suggestion()).isEqualTo("Drop DM me anytime");
        assertThat(d.reasons()).anyMatch(s -> s.contains("'DM me' within 0 words of 'anytime'"))
                .anyMatch(s -> s.startsWith("rule t.rule") && s.contains("t.yaml:1"));
    }

    @Test
    void phiRulesDoNotRepeatTheMatchInReasons() {
        DeclarativeRule r = rule("kind: terms\ncategory: phi\ntype: name\nterms: [Okafor]\n");
        assertThat(detect(r, "Saw Okafor")).singleElement()
                .satisfies(d -> assertThat(String.join(" ", d.reasons())).doesNotContain("Okafor"));
    }
}
