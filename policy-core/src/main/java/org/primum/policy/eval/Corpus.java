package org.primum.policy.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primum.policy.FindingType;

/**
 * Reads a labelled corpus: JSON Lines, one post per line, e.g.
 *
 * <pre>{@code
 * {"id": "d002", "text": "intake for [[NAME:Rajesh Iyer]], DOB [[DATE:03/04/1961]]", "phi": true,
 *  "advice": "none", "group": "direct_id", "note": "name and DOB"}
 * }</pre>
 *
 * <p>Fields: {@code id} (text, unique), {@code text} (text with {@code [[TYPE:surface]]} markup, where
 * TYPE is one of the identifier {@link FindingType}s), {@code phi} (boolean), {@code advice}
 * ({@code personal} or {@code none}) are required; {@code group} and {@code note} (text) are
 * optional. Blank lines are skipped; any other field is an error, so a typo cannot hide a label.
 * Every error is a {@link CorpusException} naming the file, the line and the field.
 */
public final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> FIELDS = Set.of("id", "text", "phi", "advice", "group", "note");
    private static final String FIELD_LIST = "id, text, phi, advice, group, note";
    private static final String UNGROUPED = "ungrouped";

    private static final Map<String, FindingType> SPAN_TYPES = new HashMap<>();
    private static final String SPAN_TYPE_LIST;

    static {
        for (FindingType t : FindingType.values()) {
            if (t.isIdentifier()) {
                SPAN_TYPES.put(t.name(), t);
            }
        }
        SPAN_TYPE_LIST = Arrays.stream(FindingType.values()).filter(FindingType::isIdentifier)
                .map(Enum::name).collect(Collectors.joining(", "));
    }

    private Corpus() {}

    /** Reads a UTF-8 JSON Lines corpus file. */
    public static List<LabelledPost> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (NoSuchFileException e) {
            throw new CorpusException(file.toString(), 0, "", "no such file");
        } catch (UncheckedIOException e) {
            throw readError(file.toString(), e.getCause());
        } catch (IOException e) {
            throw readError(file.toString(), e);
        }
    }

    private static CorpusException readError(String source, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new CorpusException(source, 0, "", "file is not valid UTF-8");
        }
        return new CorpusException(source, 0, "", "cannot read: " + e.getMessage());
    }

    /**
     * Reads a JSON Lines corpus from {@code reader}; {@code sourceName} (e.g. a file name) is used in
     * error messages. The reader is not closed.
     */
    public static List<LabelledPost> parse(Reader reader, String sourceName) {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<LabelledPost> posts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int lineNo = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                LabelledPost post = parseLine(line, sourceName, lineNo);
                Integer first = seen.putIfAbsent(post.id(), lineNo);
                if (first != null) {
                    throw new CorpusException(sourceName, lineNo, "id",
                            "duplicate id '" + post.id() + "' (first used on line " + first + ")");
                }
                posts.add(post);
            }
        } catch (IOException e) {
            throw readError(sourceName, e);
        }
        return posts;
    }

    private static LabelledPost parseLine(String line, String source, int lineNo) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null || loc.getColumnNr() < 1 ? "" : " at column " + loc.getColumnNr();
            throw new CorpusException(source, lineNo, "", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new CorpusException(source, lineNo, "", "each line must be a JSON object with fields " + FIELD_LIST);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new CorpusException(source, lineNo, f, "unknown field; expected " + FIELD_LIST);
            }
        }
        String id = requiredText(node, "id", source, lineNo);
        if (id.isBlank()) {
            throw new CorpusException(source, lineNo, "id", "blank id");
        }
        String marked = requiredText(node, "text", source, lineNo);
        JsonNode phi = node.get("phi");
        if (phi == null || phi.isNull()) {
            throw new CorpusException(source, lineNo, "phi", "missing (expected true or false)");
        }
        if (!phi.isBoolean()) {
            throw new CorpusException(source, lineNo, "phi", "expected true or false, got " + phi);
        }
        String advice = requiredText(node, "advice", source, lineNo);
        if (!advice.equals(LabelledPost.PERSONAL) && !advice.equals(LabelledPost.NONE)) {
            throw new CorpusException(source, lineNo, "advice",
                    "expected \"personal\" or \"none\", got \"" + advice + "\"");
        }
        String group = optionalText(node, "group", source, lineNo);
        String note = optionalText(node, "note", source, lineNo);
        Marked m = stripMarkup(marked, source, lineNo);
        return new LabelledPost(id, m.text, phi.booleanValue(), advice,
                group == null || group.isBlank() ? UNGROUPED : group, note == null ? "" : note, m.spans);
    }

    private static String requiredText(JsonNode node, String field, String source, int lineNo) {
        String v = optionalText(node, field, source, lineNo);
        if (v == null) {
            throw new CorpusException(source, lineNo, field, "missing");
        }
        return v;
    }

    private static String optionalText(JsonNode node, String field, String source, int lineNo) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new CorpusException(source, lineNo, field, "expected a string, got " + v.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        return v.textValue();
    }

    /** A post's text with the markup removed and the spans it marked. */
    record Marked(String text, List<GoldSpan> spans) {}

    /**
     * Removes {@code [[TYPE:surface]]} markup from {@code marked}, keeping the surfaces, and returns
     * the spans with offsets into the result.
     */
    static Marked stripMarkup(String marked, String source, int lineNo) {
        StringBuilder out = new StringBuilder(marked.length());
        List<GoldSpan> spans = new ArrayList<>();
        int i = 0;
        int n = marked.length();
        while (i < n) {
            int open = marked.indexOf("[[", i);
            int stray = marked.indexOf("]]", i);
            if (stray >= 0 && (open < 0 || stray < open)) {
                throw markupError(source, lineNo, stray, "']]' without a matching '[['");
            }
            if (open < 0) {
                out.append(marked, i, n);
                break;
            }
            out.append(marked, i, open);
            int typeStart = open + 2;
            int colon = typeStart;
            while (colon < n && (Character.isLetterOrDigit(marked.charAt(colon)) || marked.charAt(colon) == '_')) {
                colon++;
            }
            if (colon >= n || marked.charAt(colon) != ':' || colon == typeStart) {
                throw markupError(source, lineNo, open, "expected [[TYPE:surface]] after '[['");
            }
            String typeName = marked.substring(typeStart, colon);
            FindingType type = SPAN_TYPES.get(typeName);
            if (type == null) {
                throw markupError(source, lineNo, typeStart,
                        "unknown span type '" + typeName + "'; known types: " + SPAN_TYPE_LIST);
            }
            int close = marked.indexOf("]]", colon + 1);
            if (close < 0) {
                throw markupError(source, lineNo, open, "'[[" + typeName + ":' is never closed with ']]'");
            }
            int nested = marked.indexOf("[[", colon + 1);
            if (nested >= 0 && nested < close) {
                throw markupError(source, lineNo, nested, "'[[' inside the span opened at character " + (open + 1));
            }
            if (close == colon + 1 || marked.substring(colon + 1, close).isBlank()) {
                throw markupError(source, lineNo, open, "empty " + typeName + " span");
            }
            int start = out.length();
            out.append(marked, colon + 1, close);
            spans.add(new GoldSpan(type, start, out.length()));
            i = close + 2;
        }
        return new Marked(out.toString(), spans);
    }

    private static CorpusException markupError(String source, int lineNo, int index, String problem) {
        return new CorpusException(source, lineNo, "text", problem + " (at character " + (index + 1) + " of the text)");
    }
}
