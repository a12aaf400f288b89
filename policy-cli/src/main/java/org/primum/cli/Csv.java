package org.primum.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV reader after RFC 4180 that remembers where every character of every field came from:
 * fields separated by commas, records by CRLF, LF or CR, fields optionally in double quotes, a
 * doubled quote inside quotes standing for one, line breaks allowed inside quotes. A stray quote
 * in an unquoted field, or text after a closing quote, is kept as text (as most spreadsheets do).
 */
final class Csv {

    /** One field: its value and, for each character of it, the offset in the file it came from. */
    record Field(String value, int[] offsets) {
        /** Offset in the file of character {@code i}; {@code i == length} gives the end of the field. */
        int offset(int i) {
            return offsets[i];
        }
    }

    /** One record and the offset of its first character. */
    record Row(List<Field> fields, int start) {}

    /** A quoted field that never closes. */
    static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        CsvException(int offset, String message) {
            super(message);
            this.offset = offset;
        }
    }

    private Csv() {}

    static List<Row> parse(String text) throws CsvException {
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int rowStart = i;
            List<Field> fields = new ArrayList<>();
            boolean endOfRow = false;
            while (!endOfRow) {
                StringBuilder value = new StringBuilder();
                int[] offsets = new int[16];
                int len = 0;
                int end = i; // offset just after the field's last character
                if (i < n && text.charAt(i) == '"') {
                    int open = i;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                offsets = put(offsets, len++, i);
                                value.append('"');
                                i += 2;
                                continue;
                            }
                            end = i; // the closing quote
                            i++;
                            closed = true;
                            break;
                        }
                        offsets = put(offsets, len++, i);
                        value.append(c);
                        i++;
                    }
                    if (!closed) {
                        throw new CsvException(open, "quoted field never closes");
                    }
                }
                while (i < n) { // unquoted text, or anything after a closing quote
                    char c = text.charAt(i);
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    offsets = put(offsets, len++, i);
                    value.append(c);
                    i++;
                    end = i;
                }
                offsets = put(offsets, len, end); // end of the field
                fields.add(new Field(value.toString(), Arrays.copyOf(offsets, len + 1)));
                if (i >= n) {
                    endOfRow = true;
                } else if (text.charAt(i) == ',') {
                    i++;
                    if (i >= n) { // a trailing comma ends the file with one empty field
                        fields.add(new Field("", new int[] {i}));
                        endOfRow = true;
                    }
                } else {
                    i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    endOfRow = true;
                }
            }
            rows.add(new Row(fields, rowStart));
        }
        return rows;
    }

    private static int[] put(int[] a, int index, int value) {
        int[] b = index < a.length ? a : Arrays.copyOf(a, a.length * 2);
        b[index] = value;
        return b;
    }
}
