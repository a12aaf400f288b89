package org.primum.cli.report;

/**
 * Where a span sits in a file, in the terms SARIF uses: 1-based lines and columns counted in
 * UTF-16 code units (the end column is the column just after the span), and a 0-based character
 * offset and length from the start of the file.
 */
public record Region(int startLine, int startColumn, int endLine, int endColumn, int charOffset, int charLength) {

    public Region {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1 || charOffset < 0
                || charLength < 0) {
            throw new IllegalArgumentException("bad region " + startLine + ":" + startColumn + "-" + endLine + ":"
                    + endColumn + " @" + charOffset + "+" + charLength);
        }
    }

    /** {@code line:column} of the start, as compilers print it. */
    public String start() {
        return startLine + ":" + startColumn;
    }
}
