package org.primum.nlp.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primum.nlp.OpenNlpEntityDetector;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;
import org.primum.policy.spi.Entity;
import org.primum.policy.spi.Post;

/**
 * Scores the detector's entities alone on an annotated corpus (use {@code dev.jsonl} only): span
 * recall of gold NAME and LOCATION spans (an entity overlapping the gold span counts), and how many
 * posts of each group get a PERSON entity. With {@code -v} it lists misses and extra persons.
 *
 * <pre>java -cp ... org.primum.nlp.train.DevEval ../policy-core/src/test/resources/corpus/dev.jsonl [-v]</pre>
 */
public final class DevEval {

    private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z_]+):(.*?)\\]\\]");

    record Gold(String type, int start, int end, String surface) {}

    record Doc(String id, String group, String text, List<Gold> gold) {}

    private DevEval() {}

    static Doc parse(JsonNode n) {
        String raw = n.get("text").asText();
        StringBuilder sb = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = MARK.matcher(raw);
        int last = 0;
        while (m.find()) {
            sb.append(raw, last, m.start());
            int s = sb.length();
            sb.append(m.group(2));
            gold.add(new Gold(m.group(1), s, sb.length(), m.group(2)));
            last = m.end();
        }
        sb.append(raw.substring(last));
        return new Doc(n.get("id").asText(), n.path("group").asText("?"), sb.toString(), gold);
    }

    public static List<Doc> read(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            if (!line.isBlank()) {
                docs.add(parse(json.readTree(line)));
            }
        }
        return docs;
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = args.length > 1 && args[1].equals("-v");
        List<Doc> docs = read(Path.of(args[0]));
        PostChecker analyzer = PostChecker.builder().discoverServices(false).useEntityDetectors(false).build();
        OpenNlpEntityDetector detector = new OpenNlpEntityDetector();
        int names = 0;
        int namesHit = 0;
        int locs = 0;
        int locsHit = 0;
        int locsHitAny = 0;
        Map<String, int[]> byGroup = new TreeMap<>();
        Map<String, int[]> langs = new TreeMap<>();
        int extraPersons = 0;
        for (Doc d : docs) {
            Post post = analyzer.analyze(Draft.of(d.text()));
            List<Entity> ents = detector.detect(post);
            int[] g = byGroup.computeIfAbsent(d.group(), k -> new int[2]);
            g[0]++;
            if (ents.stream().anyMatch(e -> e.label() == Entity.Label.PERSON)) {
                g[1]++;
            }
            for (Gold gold : d.gold()) {
                boolean person = false;
                boolean loc = false;
                boolean any = false;
                for (Entity e : ents) {
                    int s = post.toOriginal(e.start());
                    int t = post.toOriginal(e.end() - 1) + 1;
                    if (s < gold.end() && gold.start() < t) {
                        any = true;
                        person |= e.label() == Entity.Label.PERSON;
                        loc |= e.label() == Entity.Label.LOCATION;
                    }
                }
                if (gold.type().equals("NAME")) {
                    names++;
                    namesHit += person ? 1 : 0;
                    if (!person && verbose) {
                        System.out.println("MISS NAME " + d.id() + " [" + gold.surface() + "] " + d.text());
                    }
                } else if (gold.type().equals("LOCATION")) {
                    locs++;
                    locsHit += loc ? 1 : 0;
                    locsHitAny += any ? 1 : 0;
                    if (!any && verbose) {
                        System.out.println("MISS LOC  " + d.id() + " [" + gold.surface() + "] " + d.text());
                    }
                }
            }
            for (Entity e : ents) {
                int s = post.toOriginal(e.start());
                int t = post.toOriginal(e.end() - 1) + 1;
                boolean matches = d.gold().stream().anyMatch(gd -> s < gd.end() && gd.start() < t);
                if (!matches) {
                    if (e.label() == Entity.Label.PERSON) {
                        extraPersons++;
                    }
                    if (verbose) {
                        System.out.printf(Locale.ROOT, "EXTRA %s %s %.2f [%s] in %s: %s%n", e.label(), d.id(),
                                e.confidence(), d.text().substring(s, t), d.group(), d.text());
                    }
                }
            }
            Optional<String> lang = detector.language(post);
            int[] l = langs.computeIfAbsent(d.group() + " -> " + lang.orElse("(none)"), k -> new int[1]);
            l[0]++;
        }
        System.out.printf(Locale.ROOT, "NAME recall (PERSON entity overlaps): %d/%d = %.3f%n", namesHit, names,
                (double) namesHit / names);
        System.out.printf(Locale.ROOT, "LOCATION recall (LOCATION entity overlaps): %d/%d = %.3f%n", locsHit, locs,
                (double) locsHit / locs);
        System.out.printf(Locale.ROOT, "LOCATION recall (any entity overlaps): %d/%d = %.3f%n", locsHitAny, locs,
                (double) locsHitAny / locs);
        System.out.println("PERSON entities not on a gold span: " + extraPersons);
        System.out.println("posts with a PERSON entity, by group:");
        byGroup.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-14s %3d/%3d%n", k, v[1], v[0]));
        System.out.println("language answers, by group:");
        langs.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s %3d%n", k, v[0]));
    }
}
