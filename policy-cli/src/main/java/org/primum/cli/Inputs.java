package org.primum.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads posts to check from files or standard input, one post per file, per line or per JSON line. */
final class Inputs {

    /** How an input is split into posts. */
    enum Mode {
        /** The whole input is one post. */
        text,
        /** Each non-empty line is a post. */
        lines,
        /** Each non-blank line is a JSON object with {@code text} (and usually {@code id}). */
        jsonl
    }

    /** One post to check; {@code id} is the JSON id, or where the post came from. */
    record Item(String id, String text) {}

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

    /** The mode for an input when {@code --input} is not given: jsonl for {@code *.jsonl}, else text. */
    static Mode defaultMode(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".jsonl") ? Mode.jsonl : Mode.text;
    }

    /** Reads a file (or standard input for {@code -}); read errors go to the sink, never thrown. */
    static void read(String name, Mode mode, InputStream stdin, Sink sink) {
        boolean isStdin = name.equals("-");
        String label = isStdin ? STDIN : name;
        Mode m = mode != null ? mode : isStdin ? Mode.text : defaultMode(name);
        try {
            if (!isStdin && Files.isDirectory(Path.of(name))) {
                sink.error(label + ": is a directory");
                return;
            }
            try (Reader r = isStdin ? utf8(stdin) : Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8)) {
                read(label, m, r, sink);
            }
        } catch (NoSuchFileException e) {
            sink.error(label + ": no such file");
        } catch (AccessDeniedException e) {
            sink.error(label + ": permission denied");
        } catch (CharacterCodingException e) {
            sink.error(label + ": not valid UTF-8 text");
        } catch (IOException | java.nio.file.InvalidPathException e) {
            sink.error(label + ": cannot read: " + e.getMessage());
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

    /** Splits what {@code reader} holds into posts; {@code label} names it in ids and messages. */
    static void read(String label, Mode mode, Reader reader, Sink sink) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        if (mode == Mode.text) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                sb.append(buf, 0, n);
            }
            String text = stripBom(sb.toString());
            if (text.isBlank()) {
                sink.error(label + ": empty input: nothing to check");
                return;
            }
            sink.post(new Item(label, text));
            return;
        }
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (lineNo == 1) {
                line = stripBom(line);
            }
            if (line.isBlank()) {
                continue;
            }
            if (mode == Mode.lines) {
                sink.post(new Item(label + ":" + lineNo, line));
            } else {
                jsonLine(label, lineNo, line, sink);
            }
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static void jsonLine(String label, int lineNo, String line, Sink sink) {
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
            sink.error(where + "expected a JSON object with \"id\" and \"text\" (line skipped)");
            return;
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            sink.error(where + "text: missing (line skipped)");
            return;
        }
        if (!text.isTextual()) {
            sink.error(where + "text: expected a string (line skipped)");
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
        sink.post(new Item(idText, text.textValue()));
    }
}
