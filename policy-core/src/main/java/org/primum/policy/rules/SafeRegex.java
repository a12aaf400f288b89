package org.primum.policy.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Guards user-written regular expressions. Java's regex engine backtracks, so a pattern such as
 * {@code (a+)+b} takes exponential time on {@code aaaa...}. Two defences:
 * <ol>
 *   <li>{@link #problem(String)} rejects, before compiling, the shapes that cause it: a repeated
 *       group that itself contains a repetition ({@code (a+)+}, {@code (\w*\s?)*}), a repeated
 *       alternation with empty or identical branches ({@code (a|a)*}, {@code (a|)+}), and
 *       backreferences ({@code \1}, {@code \k<n>}), which make matching NP-hard. Possessive
 *       quantifiers ({@code a++}) and atomic groups ({@code (?>...)}) never backtrack and are
 *       allowed inside repeated groups: they are the way to rewrite a rejected pattern.</li>
 *   <li>{@link Budgeted} counts character reads while matching and stops a match that reads more
 *       than its budget, for the cases a static check cannot see.</li>
 * </ol>
 */
final class SafeRegex {

    /** Longest pattern accepted, in characters. */
    static final int MAX_LENGTH = 2000;
    /** A repetition bounded by more than this counts as unbounded. */
    private static final int SMALL_REPEAT = 10;

    private SafeRegex() {}

    /** Thrown when a match runs out of budget. Has no stack trace: it is control flow. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super("regular expression step limit exceeded", null, false, false);
        }
    }

    /**
     * Text that counts {@link #charAt} calls and throws {@link TooSlow} after {@code budget}.
     * Not thread-safe: make one per match run.
     */
    static final class Budgeted implements CharSequence {
        private final String s;
        private long budget;

        Budgeted(String s, long budget) {
            this.s = s;
            this.budget = budget;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new TooSlow();
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** A group being scanned. */
    private static final class Frame {
        final int start;
        final boolean atomic;
        boolean variable;
        int variableAt = -1;
        final List<String> branches = new ArrayList<>();
        int branchStart;

        Frame(int start, int contentStart, boolean atomic) {
            this.start = start;
            this.branchStart = contentStart;
            this.atomic = atomic;
        }
    }

    /** Why {@code regex} is unsafe, naming the character index, or {@code null} if it is not. */
    static String problem(String regex) {
        if (regex.length() > MAX_LENGTH) {
            return "pattern is " + regex.length() + " characters long; the limit is " + MAX_LENGTH;
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(0, 0, false));
        int n = regex.length();
        int i = 0;
        while (i < n) {
            char c = regex.charAt(i);
            int atomEnd;
            boolean groupClose = false;
            Frame closed = null;
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= n) {
                        return null; // the compiler reports a trailing backslash
                    }
                    char e = regex.charAt(i + 1);
                    if (e >= '1' && e <= '9') {
                        return "backreference \\" + e + " at index " + i + " is not allowed (matching with "
                                + "backreferences can take exponential time)";
                    }
                    if (e == 'k' && i + 2 < n && regex.charAt(i + 2) == '<') {
                        return "named backreference at index " + i + " is not allowed (matching with "
                                + "backreferences can take exponential time)";
                    }
                    if (e == 'Q') {
                        int q = regex.indexOf("\\E", i + 2);
                        atomEnd = q < 0 ? n : q + 2;
                    } else if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && i + 2 < n && regex.charAt(i + 2) == '{') {
                        int q = regex.indexOf('}', i + 2);
                        atomEnd = q < 0 ? n : q + 1;
                    } else {
                        atomEnd = i + 2;
                    }
                }
                case '[' -> atomEnd = classEnd(regex, i);
                case '(' -> {
                    if (regex.startsWith("(?", i) && flagsOnly(regex, i)) {
                        i = regex.indexOf(')', i) + 1;
                        continue;
                    }
                    boolean atomic = regex.startsWith("(?>", i);
                    stack.push(new Frame(i, contentStart(regex, i), atomic));
                    i = contentStart(regex, i);
                    continue;
                }
                case ')' -> {
                    if (stack.size() == 1) {
                        return null; // unbalanced: the compiler reports it
                    }
                    closed = stack.pop();
                    closed.branches.add(regex.substring(closed.branchStart, i));
                    groupClose = true;
                    atomEnd = i + 1;
                }
                case '|' -> {
                    Frame f = stack.peek();
                    f.branches.add(regex.substring(f.branchStart, i));
                    f.branchStart = i + 1;
                    i++;
                    continue;
                }
                default -> atomEnd = i + 1;
            }
            Quantifier q = quantifier(regex, atomEnd);
            Frame current = stack.peek();
            if (groupClose) {
                if (q != null && q.repeats() && !q.possessive && !closed.atomic) {
                    if (closed.variable) {
                        return "nested quantifier: the group at index " + closed.start + " is repeated by '"
                                + regex.substring(atomEnd, q.end) + "' and contains a repeated part at index "
                                + closed.variableAt + "; this can take exponential time. Make the inner "
                                + "repetition possessive (e.g. \\d++) or the group atomic ((?>...))";
                    }
                    String dup = badBranches(closed.branches);
                    if (dup != null) {
                        return "repeated alternation at index " + closed.start + " has " + dup
                                + "; this can take exponential time";
                    }
                }
                if (!closed.atomic && closed.variable && !current.variable) {
                    current.variable = true;
                    current.variableAt = closed.variableAt;
                }
            }
            if (q != null && q.variable() && !q.possessive && !current.variable) {
                current.variable = true;
                current.variableAt = atomEnd;
            }
            i = q != null ? q.end : atomEnd;
        }
        return null;
    }

    private static String badBranches(List<String> branches) {
        if (branches.size() < 2) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String b : branches) {
            if (b.isEmpty()) {
                return "an empty branch";
            }
            if (!seen.add(b)) {
                return "the same branch twice ('" + b + "')";
            }
        }
        return null;
    }

    /** {@code (?i)} or {@code (?-s)}: inline flags that open no group. */
    private static boolean flagsOnly(String regex, int i) {
        int k = i + 2;
        while (k < regex.length() && (Character.isLetter(regex.charAt(k)) || regex.charAt(k) == '-')) {
            k++;
        }
        return k > i + 2 && k < regex.length() && regex.charAt(k) == ')';
    }

    /** Index after a group's opening syntax: {@code (}, {@code (?:}, {@code (?<name>}, {@code (?<=}, ... */
    private static int contentStart(String regex, int i) {
        if (!regex.startsWith("(?", i)) {
            return i + 1;
        }
        int k = i + 2;
        if (k >= regex.length()) {
            return k;
        }
        char c = regex.charAt(k);
        if (c == ':' || c == '>' || c == '=' || c == '!') {
            return k + 1;
        }
        if (c == '<') {
            if (k + 1 < regex.length() && (regex.charAt(k + 1) == '=' || regex.charAt(k + 1) == '!')) {
                return k + 2;
            }
            int close = regex.indexOf('>', k);
            return close < 0 ? regex.length() : close + 1;
        }
        // (?i:...) flags then colon
        while (k < regex.length() && regex.charAt(k) != ':' && regex.charAt(k) != ')') {
            k++;
        }
        return Math.min(regex.length(), k + 1);
    }

    /** Index after a character class starting at {@code i}. */
    private static int classEnd(String regex, int i) {
        int depth = 0;
        int k = i;
        int n = regex.length();
        while (k < n) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                k++;
                if (k < n && regex.charAt(k) == '^') {
                    k++;
                }
                if (k < n && regex.charAt(k) == ']') {
                    k++; // a ']' first in a class is literal
                }
                continue;
            }
            if (c == ']') {
                depth--;
                k++;
                if (depth == 0) {
                    return k;
                }
                continue;
            }
            k++;
        }
        return n;
    }

    private record Quantifier(int min, int max, boolean possessive, int end) {
        boolean repeats() {
            return max < 0 || max > SMALL_REPEAT;
        }

        boolean variable() {
            return max != min;
        }
    }

    /** The quantifier at {@code i}, or {@code null}. {@code max} is -1 when unbounded. */
    private static Quantifier quantifier(String regex, int i) {
        if (i >= regex.length()) {
            return null;
        }
        char c = regex.charAt(i);
        int min;
        int max;
        int end;
        if (c == '*' || c == '+' || c == '?') {
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
            end = i + 1;
        } else if (c == '{') {
            int close = regex.indexOf('}', i);
            if (close < 0) {
                return null;
            }
            String body = regex.substring(i + 1, close);
            try {
                int comma = body.indexOf(',');
                if (comma < 0) {
                    min = max = Integer.parseInt(body.trim());
                } else {
                    min = Integer.parseInt(body.substring(0, comma).trim());
                    String hi = body.substring(comma + 1).trim();
                    max = hi.isEmpty() ? -1 : Integer.parseInt(hi);
                }
            } catch (NumberFormatException e) {
                return null;
            }
            end = close + 1;
        } else {
            return null;
        }
        boolean possessive = false;
        if (end < regex.length() && regex.charAt(end) == '+') {
            possessive = true;
            end++;
        } else if (end < regex.length() && regex.charAt(end) == '?') {
            end++;
        }
        return new Quantifier(min, max, possessive, end);
    }
}
