package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped lexicon file parses, says which version it is, and names each entry once per section. */
class LexiconFilesTest {

    private static final String DIR = "/org/primum/policy/lexicon/";

    static Stream<String> files() throws IOException, URISyntaxException {
        Path dir = Path.of(LexiconFilesTest.class.getResource(DIR).toURI());
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                    .toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(16);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void startsWithItsNameAndVersion(String file) throws IOException {
        try (InputStream in = LexiconFilesTest.class.getResourceAsStream(DIR + file)) {
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            String name = file.substring(0, file.length() - ".txt".length());
            assertThat(first).matches("# " + name + " lexicon, version \\d+ — .+");
        }
    }

    /**
     * Within a section an entry and each of its forms appear once: the readers keep the first line a
     * form is on, so a second line would silently lose it. A form may recur in another section,
     * because rules read some sections on their own ("teaching" as well as the whole file).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void parsesWithEachEntryOncePerSection(String file) {
        List<LexiconFile.Entry> entries = LexiconFile.shipped(file);
        assertThat(entries).isNotEmpty();
        List<String> duplicates = new ArrayList<>();
        Set<String> canonicals = new HashSet<>();
        Map<String, String> lineOf = new HashMap<>();
        for (LexiconFile.Entry e : entries) {
            assertThat(e.variants()).allSatisfy(v -> assertThat(v).isNotBlank());
            String section = e.section() + ": ";
            if (!canonicals.add(section + e.canonical())) {
                duplicates.add(section + "canonical '" + e.canonical() + "' twice");
            }
            for (String v : e.variants()) {
                String form = section + v.toLowerCase(Locale.ROOT);
                String before = lineOf.putIfAbsent(form, e.canonical());
                if (before != null && !before.equals(e.canonical())) {
                    duplicates.add(form + " under '" + before + "' and '" + e.canonical() + "'");
                }
            }
        }
        assertThat(duplicates).as(file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFormSplitsIntoTokens(String file) {
        for (LexiconFile.Entry e : LexiconFile.shipped(file)) {
            for (String v : e.variants()) {
                assertThat(PhraseSet.split(v.toLowerCase(Locale.ROOT))).as(file + ": " + v).isNotEmpty();
            }
        }
    }
}
