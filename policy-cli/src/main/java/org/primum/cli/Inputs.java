package org.primum.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.primum.cli.report.DraftJson;
import org.primum.cli.report.Region;
import org.primum.cli.report.SourceText;
import org.primum.policy.Draft;

/**
 * Reads posts to check from files, directories or standard input: a whole file per post (plain
 * text, or Markdown without its front matter), one post per line, per JSON line (a queue) or per
 * CSV row. Posts read from files remember where their text sits, so findings point to file, line
 * and column.
 */
final class Inputs {

    /** How an input is split into posts. */
    enum Mode {
        /** The whole input is one post. */
        text,
        /** Each non-empty line is a post. */
        lines,
        /** Each non-blank line is a JSON object with the text field (and usually {@code id}). */
        jsonl,
        /** The whole input is one post, without its YAML front matter. */
        markdown,
        /** Each CSV row after the header is a post; the text is in the chosen column. */
        csv
    }

    /**
     * How to read inputs.
     *
     * @param mode how files split into posts, or {@code null} to decide by file extension
     * @param column the CSV column holding the text (a header name, or a 1-based number)
     * @param field the JSON field holding the text (dots reach into objects: {@code post.body})
     * @param walk which files of a directory to read
     * @param baseDir directory that SARIF artifact URIs are relative to
     */
    record Options(Mode mode, String column, String field, FileWalk walk, Path baseDir) {
        Options {
            column = column == null ? "text" : column;
            field = field == null ? "text" : field;
            walk = walk == null ? FileWalk.defaults() : walk;
            baseDir = (baseDir == null ? Path.of("") : baseDir).toAbsolutePath().normalize();
        }

        static Options of(Mode mode) {
            return new Options(mode, null, null, null, null);
        }
    }

    /**
     * Where a post's text sits in a file: the file (as named and as a URI), its text, and for each
     * character of the post the offset in the file it came from ({@code map}), or a plain shift.
     */
    record Located(String path, String uri, SourceText file, int shift, int[] map) {
        int fileOffset(int postOffset) {
            return map == null ? shift + postOffset : map[postOffset];
        }

        Region region(int start, int end) {
            return file.region(fileOffset(start), fileOffset(end));
        }
    }

    /** One post to check; {@code id} is the JSON or CSV id, or where the post came from. */
    record Item(String id, Draft draft, Located where) {
        Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(draft, "draft");
        }

        Item(String id, String text) {
            this(id, Draft.of(text), null);
        }

        String text() {
            return draft.text();
        }
    }

    /** Receives posts and input errors, in input order. */
    interface Sink {
        void post(Item item);

        void error(String message);
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Name used for standard input in ids and messages. */
    static final String STDIN = "<stdin>";

    private Inputs() {}

    /**
     * The mode for an input when {@code --input} is not given: by extension, jsonl for
     * {@code *.jsonl} and {@code *.ndjson}, csv for {@code *.csv}, markdown for {@code *.md} and
     * {@code *.markdown}, else text.
     */
    static Mode defaultMode(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Mode.jsonl;
        }
        if (n.endsWith(".csv")) {
            return Mode.csv;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Mode.markdown;
        }
        return Mode.text;
    }

    /** Reads a file (or standard input for {@code -}) in one mode; errors go to the sink, never thrown. */
    static void read(String name, Mode mode, InputStream stdin, Sink sink) {
        read(name, Options.of(mode), stdin, sink);
    }

    /**
     * Reads a file, a directory (walked recursively, files chosen by {@link FileWalk}) or standard
     * input for {@code -}. Read errors go to the sink, never thrown.
     */
    static void read(String name, Options options, InputStream stdin, Sink sink) {
        if (name.equals("-")) {
            try (Reader r = utf8(stdin)) {
                String text = slurp(r);
                split(STDIN, null, options.mode() != null ? options.mode() : Mode.text, text, options, sink);
            } catch (CharacterCodingException e) {
                sink.error(STDIN + ": not valid UTF-8 text");
            } catch (IOException e) {
                sink.error(STDIN + ": cannot read: " + e.getMessage());
            }
            return;
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            sink.error(name + ": cannot read: " + e.getMessage());
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> files;
            try {
                files = options.walk().files(path);
            } catch (IOException e) {
                sink.error(name + ": cannot list: " + e.getMessage());
                return;
            }
            if (files.isEmpty()) {
                sink.error(name + ": no files to check in this directory (see --include and --exclude)");
            }
            for (Path f : files) {
                readFile(f.toString(), f, options, sink);
            }
            return;
        }
        readFile(name, path, options, sink);
    }

    private static void readFile(String label, Path path, Options options, Sink sink) {
        Mode mode = options.mode() != null ? options.mode() : defaultMode(label);
        String text;
        try {
            text = decode(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            sink.error(label + ": no such file");
            return;
        } catch (AccessDeniedException e) {
            sink.error(label + ": permission denied");
            return;
        } catch (CharacterCodingException e) {
            sink.error(label + ": not valid UTF-8 text");
            return;
        } catch (IOException e) {
            sink.error(label + ": cannot read: " + e.getMessage());
            return;
        }
        split(label, uri(options.baseDir(), path), mode, text, options, sink);
    }

    /**
     * Splits {@code content} into posts. {@code uri} is {@code null} for input that is not a file
     * (standard input, tests), whose posts are then not located.
     */
    static void split(String label, String uri, Mode mode, String content, Options options, Sink sink) {
        String text = stripBom(content);
        SourceText file = uri == null ? null : new SourceText(text);
        switch (mode) {
            case text, markdown -> {
                int start = mode == Mode.markdown ? frontMatterEnd(text) : 0;
                String body = text.substring(start);
                if (body.isBlank()) {
                    sink.error(label + ": empty input: nothing to check"
                            + (start > 0 ? " after the front matter" : ""));
                    return;
                }
                sink.post(new Item(label, Draft.of(body), file == null ? null : new Located(label, uri, file, start, null)));
            }
            case lines, jsonl -> {
                int lineNo = 0;
                int pos = 0;
                while (pos < text.length()) {
                    int end = pos;
                    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                        end++;
                    }
                    lineNo++;
                    String line = text.substring(pos, end);
                    if (!line.isBlank()) {
                        Located where = file == null ? null : new Located(label, uri, file, pos, null);
                        if (mode == Mode.lines) {
                            sink.post(new Item(label + ":" + lineNo, Draft.of(line), where));
                        } else {
                            jsonLine(label, lineNo, line, where, options.field(), sink);
                        }
                    }
                    pos = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                            && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
                }
            }
            case csv -> csv(label, uri, text, file, options.column(), sink);
        }
    }

    /** Offset just after a YAML front matter block ({@code ---} ... {@code ---} or {@code ...}), or 0. */
    static int frontMatterEnd(String text) {
        int first = lineEnd(text, 0);
        if (!text.substring(0, first).strip().equals("---") || first == text.length()) {
            return 0;
        }
        int pos = next(text, first);
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end).strip();
            if (line.equals("---") || line.equals("...")) {
                return next(text, end);
            }
            pos = next(text, end);
        }
        return 0; // never closed: not front matter
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int next(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }

    private static void csv(String label, String uri, String text, SourceText file, String column, Sink sink) {
        SourceText lines = file != null ? file : new SourceText(text);
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text);
        } catch (Csv.CsvException e) {
            sink.error(label + ":" + lines.line(e.offset) + ": " + e.getMessage() + " (file skipped)");
            return;
        }
        if (rows.isEmpty()) {
            sink.error(label + ": empty input: nothing to check");
            return;
        }
        List<Csv.Field> header = rows.get(0).fields();
        int textCol = -1;
        int idCol = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).value().strip();
            if (textCol < 0 && h.equalsIgnoreCase(column.strip())) {
                textCol = i;
            }
            if (idCol < 0 && h.equalsIgnoreCase("id")) {
                idCol = i;
            }
        }
        if (textCol < 0 && column.strip().matches("[1-9][0-9]{0,3}")) {
            textCol = Integer.parseInt(column.strip()) - 1;
        }
        if (textCol < 0 || textCol >= header.size()) {
            StringBuilder names = new StringBuilder();
            header.forEach(f -> names.append(names.length() == 0 ? "" : ", ").append(f.value().strip()));
            sink.error(label + ":1: no column '" + column + "' in the header (columns: " + names
                    + "); choose one with --column");
            return;
        }
        for (int r = 1; r < rows.size(); r++) {
            Csv.Row row = rows.get(r);
            int lineNo = lines.line(row.start());
            if (row.fields().size() == 1 && row.fields().get(0).value().isEmpty()) {
                continue; // empty line
            }
            if (row.fields().size() <= textCol) {
                sink.error(label + ":" + lineNo + ": row has " + row.fields().size() + " field"
                        + (row.fields().size() == 1 ? "" : "s") + ", the text is in column " + (textCol + 1)
                        + " (row skipped)");
                continue;
            }
            Csv.Field cell = row.fields().get(textCol);
            if (cell.value().isBlank()) {
                continue;
            }
            String id = idCol >= 0 && idCol < row.fields().size() && !row.fields().get(idCol).value().isBlank()
                    ? row.fields().get(idCol).value().strip() : label + ":" + lineNo;
            Located where = file == null ? null : new Located(label, uri, file, 0, cell.offsets());
            sink.post(new Item(id, Draft.of(cell.value()), where));
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)) {
            @Override
            public void close() {
                // standard input stays open
            }
        };
    }

    private static String slurp(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Splits what {@code reader} holds into posts; {@code label} names it in ids and messages. */
    static void read(String label, Mode mode, Reader reader, Sink sink) throws IOException {
        split(label, null, mode, slurp(reader), Options.of(mode), sink);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * {@code file} as a URI reference relative to {@code base} ({@code posts/a%20b.md}) when it
     * lies under it, else as an absolute {@code file:} URI.
     */
    static String uri(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return abs.toUri().toString();
        }
        Path rel = base.relativize(abs);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            for (byte b : part.toString().getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                    sb.append(c);
                } else {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            }
        }
        return sb.toString();
    }

    private static void jsonLine(String label, int lineNo, String line, Located lineStart, String field, Sink sink) {
        String where = label + ":" + lineNo + ": ";
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String col = loc == null || loc.getColumnNr() < 1 ? "" : " at column " + loc.getColumnNr();
            sink.error(where + "malformed JSON" + col + ": " + e.getOriginalMessage() + " (line skipped)");
            return;
        }
        if (node == null || !node.isObject()) {
            sink.error(where + "expected a JSON object with \"id\" and \"" + field + "\" (line skipped)");
            return;
        }
        Draft draft;
        try {
            draft = DraftJson.read(node, field);
        } catch (DraftJson.DraftJsonException e) {
            sink.error(where + e.getMessage() + " (line skipped)");
            return;
        }
        JsonNode id = node.get("id");
        String idText;
        if (id == null || id.isNull()) {
            idText = label + ":" + lineNo;
        } else if (id.isTextual() || id.isIntegralNumber()) {
            idText = id.asText();
        } else {
            sink.error(where + "id: expected a string or an integer (line skipped)");
            return;
        }
        Located located = null;
        if (lineStart != null) {
            int[] map = JsonText.offsets(line, Arrays.asList(field.split("\\.", -1)), draft.text());
            if (map != null) {
                int[] shifted = new int[map.length];
                for (int i = 0; i < map.length; i++) {
                    shifted[i] = map[i] + lineStart.shift();
                }
                located = new Located(lineStart.path(), lineStart.uri(), lineStart.file(), 0, shifted);
            }
        }
        sink.post(new Item(idText, draft, located));
    }
}
