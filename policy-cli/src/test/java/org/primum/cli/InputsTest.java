package org.primum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primum.cli.report.Region;

class InputsTest {

    @TempDir
    Path dir;

    private final List<Inputs.Item> items = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final Inputs.Sink sink = new Inputs.Sink() {
        @Override
        public void post(Inputs.Item item) {
            items.add(item);
        }

        @Override
        public void error(String message) {
            errors.add(message);
        }
    };

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private void read(Path file, Inputs.Options options) {
        Inputs.read(file.toString(), options, null, sink);
    }

    private Inputs.Options options() {
        return new Inputs.Options(null, null, null, null, dir);
    }

    /** The file text that a post span maps to. */
    private static String inFile(Inputs.Item item, String fileText, String needle) {
        int start = item.text().indexOf(needle);
        assertThat(start).as("needle in post").isNotNegative();
        Region r = item.where().region(start, start + needle.length());
        return fileText.substring(r.charOffset(), r.charOffset() + r.charLength());
    }

    @Test
    void markdownSkipsFrontMatterButOffsetsPointIntoTheFile() throws IOException {
        String content = "---\ntitle: Clinic\ncontact: 312-555-0148\n---\nIntro line\nCall 312-555-0199 today\n";
        Path md = write("post.md", content);
        read(md, options());
        assertThat(errors).isEmpty();
        assertThat(items).hasSize(1);
        Inputs.Item item = items.get(0);
        assertThat(item.text()).isEqualTo("Intro line\nCall 312-555-0199 today\n").doesNotContain("title");
        int at = item.text().indexOf("312-555-0199");
        Region r = item.where().region(at, at + 12);
        assertThat(r.startLine()).isEqualTo(6);
        assertThat(r.startColumn()).isEqualTo(6);
        assertThat(r.endColumn()).isEqualTo(18);
        assertThat(inFile(item, content, "312-555-0199")).isEqualTo("312-555-0199");
        assertThat(item.where().uri()).isEqualTo("post.md");
    }

    @Test
    void markdownWithoutClosedFrontMatterIsAllBody() {
        assertThat(Inputs.frontMatterEnd("---\nno end here\nstill going")).isZero();
        assertThat(Inputs.frontMatterEnd("Plain text\n---\n")).isZero();
        assertThat(Inputs.frontMatterEnd("---\r\na: 1\r\n...\r\nbody")).isEqualTo(16);
    }

    @Test
    void csvReadsQuotedMultiLineCellsFromTheChosenColumn() throws IOException {
        String content = "id,author,body\r\n"
                + "a1,amy,\"First line\r\nsecond, with \"\"quotes\"\" and 312-555-0148\"\r\n"
                + "a2,bob,Plain cell with 312-555-0177\r\n"
                + "\r\n"
                + ",cat,\"\"\r\n"
                + ",dan,No id here\r\n";
        Path csv = write("queue.csv", content);
        read(csv, new Inputs.Options(null, "body", null, null, dir));
        assertThat(errors).isEmpty();
        assertThat(items).extracting(Inputs.Item::id).containsExactly("a1", "a2", csv + ":7");
        assertThat(items.get(0).text()).isEqualTo("First line\r\nsecond, with \"quotes\" and 312-555-0148");
        assertThat(inFile(items.get(0), content, "312-555-0148")).isEqualTo("312-555-0148");
        assertThat(inFile(items.get(0), content, "\"quotes\"")).isEqualTo("\"\"quotes\"\"");
        int at = items.get(0).text().indexOf("312");
        Region r = items.get(0).where().region(at, at + 12);
        assertThat(r.startLine()).isEqualTo(3);
        assertThat(r.startColumn()).isEqualTo(content.split("\r\n")[2].indexOf("312") + 1);
        assertThat(inFile(items.get(1), content, "312-555-0177")).isEqualTo("312-555-0177");
    }

    @Test
    void csvColumnCanBeANumberAndAMissingColumnIsNamed() throws IOException {
        Path csv = write("q.csv", "when,what\n2024,Flu shots today\n");
        read(csv, new Inputs.Options(null, "2", null, null, dir));
        assertThat(items).extracting(Inputs.Item::text).containsExactly("Flu shots today");
        read(csv, new Inputs.Options(null, "text", null, null, dir));
        assertThat(errors).containsExactly(csv + ":1: no column 'text' in the header (columns: when, what); "
                + "choose one with --column");
    }

    @Test
    void csvUnterminatedQuoteIsAnErrorWithItsLine() throws IOException {
        Path csv = write("bad.csv", "text\nok\n\"never closed\nmore\n");
        read(csv, options());
        assertThat(items).isEmpty();
        assertThat(errors).containsExactly(csv + ":3: quoted field never closes (file skipped)");
    }

    @Test
    void jsonlFieldWithEscapesMapsBackToTheRawLine() throws IOException {
        String line1 = "{\"id\":\"q1\",\"post\":{\"lang\":\"en\",\"body\":\"Caf\\u00e9 \\\"news\\\":\\n"
                + "call 312-555-0148\\ttoday\"}}";
        String content = "{\"id\":\"q0\",\"post\":{\"body\":\"Flu shots\"}}\n" + line1 + "\n";
        Path jsonl = write("q.jsonl", content);
        read(jsonl, new Inputs.Options(null, null, "post.body", null, dir));
        assertThat(errors).isEmpty();
        assertThat(items).hasSize(2);
        Inputs.Item item = items.get(1);
        assertThat(item.text()).isEqualTo("Café \"news\":\ncall 312-555-0148\ttoday");
        assertThat(inFile(item, content, "312-555-0148")).isEqualTo("312-555-0148");
        assertThat(inFile(item, content, "é \"news\"")).isEqualTo("\\u00e9 \\\"news\\\"");
        int at = item.text().indexOf("312");
        Region r = item.where().region(at, at + 12);
        assertThat(r.startLine()).isEqualTo(2);
        assertThat(r.startColumn()).isEqualTo(line1.indexOf("312") + 1);
    }

    @Test
    void jsonlReadsDraftContext() throws IOException {
        Path jsonl = write("q.jsonl", "{\"id\":7,\"text\":\"Thanks!\",\"replyTo\":\"@kay\",\"mentions\":[\"@bo\"],"
                + "\"altTexts\":[\"photo\"],\"platform\":\"x\",\"language\":\"en\"}\n"
                + "{\"id\":8,\"text\":\"x\",\"mentions\":\"@bo\"}\n");
        read(jsonl, options());
        assertThat(items).hasSize(1);
        assertThat(items.get(0).id()).isEqualTo("7");
        assertThat(items.get(0).draft().replyTo()).isEqualTo("@kay");
        assertThat(items.get(0).draft().mentions()).containsExactly("@bo");
        assertThat(items.get(0).draft().altTexts()).containsExactly("photo");
        assertThat(errors).containsExactly(jsonl + ":2: mentions: expected a list of strings (line skipped)");
    }

    @Test
    void linesModeAndCrlfKeepLinesAndColumns() throws IOException {
        String content = "first post\r\n\r\nthird 312-555-0148\r\n";
        Path txt = write("l.txt", content);
        read(txt, new Inputs.Options(Inputs.Mode.lines, null, null, null, dir));
        assertThat(items).extracting(Inputs.Item::id).containsExactly(txt + ":1", txt + ":3");
        int at = items.get(1).text().indexOf("312");
        Region r = items.get(1).where().region(at, at + 12);
        assertThat(r.startLine()).isEqualTo(3);
        assertThat(r.startColumn()).isEqualTo(7);
        assertThat(r.charOffset()).isEqualTo(content.indexOf("312"));
    }

    @Test
    void directoriesAreWalkedWithIncludesAndExcludes() throws IOException {
        write("posts/a.md", "A post");
        write("posts/b.txt", "B post");
        write("posts/deep/c.md", "C post");
        write("posts/drafts/d.md", "D post");
        write("posts/.git/e.md", "hidden");
        write("posts/.f.md", "hidden");
        write("posts/image.png", "not text");
        Path posts = dir.resolve("posts");

        read(posts, options());
        assertThat(items).extracting(Inputs.Item::id).containsExactly(
                posts.resolve("a.md").toString(), posts.resolve("b.txt").toString(),
                posts.resolve("deep/c.md").toString(), posts.resolve("drafts/d.md").toString());
        assertThat(items.get(2).where().uri()).isEqualTo("posts/deep/c.md");

        items.clear();
        read(posts, new Inputs.Options(null, null, null,
                new FileWalk(List.of("**/*.md"), List.of("drafts")), dir));
        assertThat(items).extracting(Inputs.Item::text).containsExactly("A post", "C post");

        items.clear();
        read(posts, new Inputs.Options(null, null, null, new FileWalk(List.of("deep/*.md", "*.txt"), null), dir));
        assertThat(items).extracting(Inputs.Item::text).containsExactly("B post", "C post");
        assertThat(errors).isEmpty();

        read(posts, new Inputs.Options(null, null, null, new FileWalk(List.of("*.csv"), null), dir));
        assertThat(errors).singleElement().asString().contains("no files to check");
    }

    @Test
    void urisAreRelativeAndEncoded() {
        assertThat(Inputs.uri(dir, dir.resolve("a b/ü#1.md"))).isEqualTo("a%20b/%C3%BC%231.md");
        assertThat(Inputs.uri(dir.resolve("sub"), dir.resolve("other.md"))).startsWith("file:/");
    }
}
