package org.primum.cli.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file's text with its line starts, to turn character offsets into lines and columns. Lines end
 * at {@code \n}, {@code \r\n} or a lone {@code \r}; columns count UTF-16 code units, like
 * {@link String} indices.
 */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = Objects.requireNonNull(text, "text");
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset} (an offset equal to the length is on the last line). */
    public int line(int offset) {
        check(offset);
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The region of {@code [start, end)}. */
    public Region region(int start, int end) {
        check(start);
        check(end);
        if (end < start) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
        return new Region(line(start), column(start), line(end), column(end), start, end - start);
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + text.length() + "]");
        }
    }
}
