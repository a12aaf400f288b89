package org.primum.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds where a string value sits in a line of JSON, character by character, so that a finding
 * in the decoded text can be pointed to in the file even when the value holds escapes.
 */
final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    /**
     * For the string at {@code path} (field names from the top-level object), the offset in
     * {@code line} of each decoded character, plus one more entry for the end of the value; or
     * {@code null} when the value is not found or does not decode to {@code expected}.
     */
    static int[] offsets(String line, List<String> path, String expected) {
        int quote = find(line, path);
        if (quote < 0 || quote >= line.length() || line.charAt(quote) != '"') {
            return null;
        }
        int[] map = new int[expected.length() + 1];
        int len = 0;
        int i = quote + 1;
        StringBuilder decoded = new StringBuilder(expected.length());
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                break;
            }
            if (len >= expected.length()) {
                return null;
            }
            map[len++] = i;
            if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(i + 1);
                switch (e) {
                    case 'n' -> decoded.append('\n');
                    case 't' -> decoded.append('\t');
                    case 'r' -> decoded.append('\r');
                    case 'b' -> decoded.append('\b');
                    case 'f' -> decoded.append('\f');
                    case 'u' -> {
                        if (i + 6 > line.length()) {
                            return null;
                        }
                        decoded.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                        i += 6;
                        continue;
                    }
                    default -> decoded.append(e);
                }
                i += 2;
            } else {
                decoded.append(c);
                i++;
            }
        }
        if (len != expected.length() || !decoded.toString().equals(expected)) {
            return null;
        }
        map[len] = i;
        return Arrays.copyOf(map, len + 1);
    }

    /** Offset of the opening quote of the value at {@code path}, or -1. */
    private static int find(String line, List<String> path) {
        try (JsonParser p = FACTORY.createParser(line)) {
            Deque<String> at = new ArrayDeque<>();
            String field = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> field = p.currentName();
                    case START_OBJECT, START_ARRAY -> {
                        at.addLast(field != null ? field : at.isEmpty() ? "" : "[]");
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        at.pollLast();
                        field = null;
                    }
                    case VALUE_STRING -> {
                        if (field != null && matches(at, field, path)) {
                            return (int) p.currentTokenLocation().getCharOffset();
                        }
                        field = null;
                    }
                    default -> field = null;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Whether the value of {@code field} inside the containers {@code at} is at {@code path}. */
    private static boolean matches(Deque<String> at, String field, List<String> path) {
        if (at.size() != path.size() || !field.equals(path.get(path.size() - 1))) {
            return false;
        }
        int i = 0;
        for (String name : at) {
            if (i == 0 ? !name.isEmpty() : !name.equals(path.get(i - 1))) {
                return false;
            }
            i++;
        }
        return true;
    }
}
