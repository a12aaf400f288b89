package org.primum.policy.eval;

/**
 * A corpus file that cannot be read, with where the problem is.
 * {@link #getMessage()} reads {@code file:line: field: problem}.
 */
public final class CorpusException extends RuntimeException {

    private final String source;
    private final int line;
    private final String field;
    private final String problem;

    public CorpusException(String source, int line, String field, String problem) {
        super(format(source, line, field, problem));
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    private static String format(String source, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder(source == null ? "<corpus>" : source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** File name or other description of where the corpus came from. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem is not about one line. */
    public int line() {
        return line;
    }

    /** The offending field, e.g. {@code text}, or empty. */
    public String field() {
        return field;
    }

    /** The problem alone, without the location. */
    public String problem() {
        return problem;
    }
}
