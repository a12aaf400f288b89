package org.primum.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primum.policy.FindingType;

class CorpusParsingTest {

    private static List<LabelledPost> parse(String jsonl) {
        return Corpus.parse(new StringReader(jsonl), "c.jsonl");
    }

    private static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"phi\":true,\"advice\":\"none\",\"group\":\"g\",\"note\":\"n\"}\n";
    }

    @Test
    void markupIsRemovedAndSpansPointIntoTheCleanText() {
        LabelledPost p = parse(line("a", "call [[NAME:Ana Ruiz]] at [[PHONE:312-555-0148]] today")).get(0);
        assertThat(p.text()).isEqualTo("call Ana Ruiz at 312-555-0148 today");
        assertThat(p.spans()).containsExactly(new GoldSpan(FindingType.NAME, 5, 13),
                new GoldSpan(FindingType.PHONE, 17, 29));
        assertThat(p.spans().get(1).surface(p.text())).isEqualTo("312-555-0148");
    }

    @Test
    void plainBracketsAndEmojiAreKept() {
        LabelledPost p = parse(line("a", "see [ref 2] 😩 then [[AGE:83]]")).get(0);
        assertThat(p.text()).isEqualTo("see [ref 2] 😩 then 83");
        assertThat(p.spans().get(0).surface(p.text())).isEqualTo("83");
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayPhysical() {
        String jsonl = line("a", "x") + "\n   \n" + "{\"id\":\"b\",\"text\":\"y\",\"phi\":\"yes\",\"advice\":\"none\"}\n";
        assertThatThrownBy(() -> parse(jsonl)).isInstanceOf(CorpusException.class)
                .hasMessage("c.jsonl:4: phi: expected true or false, got \"yes\"");
    }

    @Test
    void unknownSpanTypeNamesFileLineAndType() {
        String jsonl = line("a", "ok") + line("b", "pt [[PATIENT:Ana]] here");
        assertThatThrownBy(() -> parse(jsonl)).isInstanceOf(CorpusException.class)
                .hasMessageStartingWith("c.jsonl:2: text: unknown span type 'PATIENT'")
                .hasMessageContaining("NAME");
    }

    @Test
    void judgmentTypesAreNotSpanTypes() {
        assertThatThrownBy(() -> parse(line("a", "[[ADVICE:take two]]")))
                .hasMessageStartingWith("c.jsonl:1: text: unknown span type 'ADVICE'");
    }

    @Test
    void unbalancedMarkupIsRejected() {
        assertThatThrownBy(() -> parse(line("a", "call [[NAME:Ana today")))
                .hasMessageStartingWith("c.jsonl:1: text: '[[NAME:' is never closed");
        assertThatThrownBy(() -> parse(line("a", "call Ana]] today")))
                .hasMessageStartingWith("c.jsonl:1: text: ']]' without a matching '[['");
        assertThatThrownBy(() -> parse(line("a", "[[NAME:Ana [[AGE:83]]")))
                .hasMessageStartingWith("c.jsonl:1: text: '[[' inside the span");
        assertThatThrownBy(() -> parse(line("a", "[[NAME]] x")))
                .hasMessageStartingWith("c.jsonl:1: text: expected [[TYPE:surface]]");
        assertThatThrownBy(() -> parse(line("a", "[[NAME:]] x")))
                .hasMessageStartingWith("c.jsonl:1: text: empty NAME span");
    }

    @Test
    void missingUnknownAndBadFieldsAreNamed() {
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"phi\":true,\"advice\":\"none\"}"))
                .hasMessage("c.jsonl:1: text: missing");
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"text\":\"x\",\"phi\":true,\"advice\":\"some\"}"))
                .hasMessageStartingWith("c.jsonl:1: advice: expected \"personal\" or \"none\"");
        assertThatThrownBy(() -> parse("{\"id\":\"a\",\"text\":\"x\",\"phi\":true,\"advice\":\"none\",\"phl\":1}"))
                .hasMessageStartingWith("c.jsonl:1: phl: unknown field");
        assertThatThrownBy(() -> parse("{\"id\":7,\"text\":\"x\",\"phi\":true,\"advice\":\"none\"}"))
                .hasMessageStartingWith("c.jsonl:1: id: expected a string");
    }

    @Test
    void malformedJsonAndDuplicateIdsAreLocated() {
        assertThatThrownBy(() -> parse(line("a", "x") + "{\"id\":\"b\", \"text\": }\n"))
                .hasMessageStartingWith("c.jsonl:2: malformed JSON");
        assertThatThrownBy(() -> parse(line("a", "x") + line("a", "y")))
                .hasMessage("c.jsonl:2: id: duplicate id 'a' (first used on line 1)");
        assertThatThrownBy(() -> parse("[1,2]\n")).hasMessageStartingWith("c.jsonl:1: each line must be a JSON object");
    }

    @Test
    void groupAndNoteAreOptional() {
        LabelledPost p = parse("{\"id\":\"a\",\"text\":\"x\",\"phi\":false,\"advice\":\"personal\"}").get(0);
        assertThat(p.group()).isEqualTo("ungrouped");
        assertThat(p.note()).isEmpty();
        assertThat(p.personalAdvice()).isTrue();
        assertThat(p.clean()).isFalse();
    }

    @Test
    void readsFilesAndReportsMissingOnes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.jsonl");
        Files.writeString(f, line("a", "[[SSN:412-67-3380]]"), StandardCharsets.UTF_8);
        assertThat(Corpus.read(f)).singleElement().extracting(LabelledPost::id).isEqualTo("a");
        Path missing = dir.resolve("nope.jsonl");
        assertThatThrownBy(() -> Corpus.read(missing)).isInstanceOf(CorpusException.class)
                .hasMessage(missing + ": no such file");
    }
}
