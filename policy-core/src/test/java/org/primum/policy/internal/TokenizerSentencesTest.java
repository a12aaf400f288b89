package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.primum.policy.spi.Sentence;
import org.primum.policy.spi.Token;

class TokenizerSentencesTest {

    private static void assertWellFormed(Tokenizer.Output out) {
        List<Sentence> sentences = out.sentences();
        List<Token> tokens = out.tokens();
        int next = 0;
        for (Sentence s : sentences) {
            assertThat(s.firstToken()).isEqualTo(next);
            assertThat(s.endToken()).isGreaterThan(s.firstToken());
            assertThat(s.endToken() - s.firstToken()).isLessThanOrEqualTo(Tokenizer.MAX_SENTENCE_TOKENS);
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                assertThat(tokens.get(k).sentence()).isEqualTo(s.index());
            }
            next = s.endToken();
        }
        assertThat(next).isEqualTo(tokens.size());
    }

    @Test
    void aWallOfTextWithoutSentencePunctuationIsCutIntoBoundedSentences() {
        String[] words = {"the", "patient", "Maria", "Lopez", "came", "in", "with", "chest", "pain", "from",
            "Springfield", "stop", "your", "metformin", "312-555-0148", "@kay_runs", "#ASH2026"};
        Random random = new Random(20261126);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        Tokenizer.Output out = Tokenizer.tokenize(sb.toString());
        assertThat(out.tokens()).hasSize(5_000);
        assertThat(out.sentences()).hasSize(25);
        assertWellFormed(out);
    }

    @Test
    void ordinarySentencesAreSplitAtTheirPunctuationOnly() {
        Tokenizer.Output out = Tokenizer.tokenize("Saw Mr. Okafor today. He is better! Discharged tomorrow?\nThanks all");
        assertThat(out.sentences()).hasSize(4);
        assertWellFormed(out);
    }
}
