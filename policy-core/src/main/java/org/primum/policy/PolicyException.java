package org.primum.policy;

/**
 * A policy (or rule file) that cannot be used, with where the problem is.
 * {@link #getMessage()} reads {@code file:line:column: field: problem}.
 */
public final class PolicyException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    public PolicyException(String source, int line, int column, String field, String problem) {
        super(format(source, line, column, field, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    private static String format(String source, int line, int column, String field, String problem) {
        StringBuilder sb = new StringBuilder(source == null ? "<policy>" : source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** File name or other description of where the policy came from. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 if unknown. */
    public int column() {
        return column;
    }

    /** Dotted path of the offending field, e.g. {@code rules.phi.phone.severity}, or empty. */
    public String field() {
        return field;
    }

    /** The problem alone, without the location. */
    public String problem() {
        return problem;
    }
}
