package org.primum.policy.internal;

import java.text.Normalizer;

/**
 * Unicode normalisation with an offset map back to the original text.
 *
 * <p>NFKC per grapheme-ish cluster (a base character and its combining marks), zero-width and
 * bidi controls removed, other control characters and broken surrogates turned into a space or
 * U+FFFD, dashes and quotes folded to ASCII, non-ASCII digits folded to ASCII digits, and
 * Cyrillic or Greek look-alike letters folded to Latin when they sit inside a Latin word.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    /** Normalised text plus, for every normalised index (and its end), the original index. */
    record Result(String text, int[] toOriginal) {}

    static Result normalize(String original) {
        if (isPlainAscii(original)) {
            int[] map = new int[original.length() + 1];
            for (int i = 0; i <= original.length(); i++) {
                map[i] = i;
            }
            return new Result(original, map);
        }
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() * 2 + 8];
        int n = original.length();
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            int cp;
            int len;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
                cp = Character.toCodePoint(c, original.charAt(i + 1));
                len = 2;
            } else if (Character.isSurrogate(c)) {
                map = append(out, map, "\uFFFD", i);
                i++;
                continue;
            } else {
                cp = c;
                len = 1;
            }
            if (isRemoved(cp)) {
                i += len;
                continue;
            }
            if (cp != '\n' && cp != '\t' && cp != '\r' && Character.isISOControl(cp)) {
                map = append(out, map, " ", i);
                i += len;
                continue;
            }
            // gather following combining marks into one cluster
            int end = i + len;
            while (end < n) {
                int next = original.codePointAt(end);
                int type = Character.getType(next);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK) {
                    end += Character.charCount(next);
                } else {
                    break;
                }
            }
            String piece;
            if (cp < 0x80 && end == i + 1) {
                piece = String.valueOf(c);
            } else {
                String cluster = original.substring(i, end);
                piece = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
                piece = fold(piece, original, i, end);
            }
            map = append(out, map, piece, i);
            i = end;
        }
        if (map.length < out.length() + 1) {
            map = java.util.Arrays.copyOf(map, out.length() + 1);
        }
        map[out.length()] = n;
        return new Result(out.toString(), java.util.Arrays.copyOf(map, out.length() + 1));
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x7F || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
                return false;
            }
        }
        return true;
    }

    private static int[] append(StringBuilder out, int[] map, String piece, int originalIndex) {
        int needed = out.length() + piece.length() + 1;
        if (needed > map.length) {
            map = java.util.Arrays.copyOf(map, Math.max(needed, map.length * 2));
        }
        for (int k = 0; k < piece.length(); k++) {
            map[out.length()] = originalIndex;
            out.append(piece.charAt(k));
        }
        return map;
    }

    static boolean isRemoved(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) // zero-width space, ZWNJ, ZWJ, LRM, RLM
                || (cp >= 0x202A && cp <= 0x202E) // bidi embeddings and overrides
                || (cp >= 0x2060 && cp <= 0x2064) // word joiner, invisible operators
                || (cp >= 0x2066 && cp <= 0x2069) // bidi isolates
                || cp == 0xFEFF || cp == 0x00AD || cp == 0x180E || cp == 0x061C
                || (cp >= 0xFE00 && cp <= 0xFE0F); // variation selectors
    }

    private static String fold(String piece, String original, int start, int end) {
        StringBuilder sb = null;
        for (int k = 0; k < piece.length(); k++) {
            char ch = piece.charAt(k);
            char f = foldChar(ch, original, start, end);
            if (f != ch) {
                if (sb == null) {
                    sb = new StringBuilder(piece);
                }
                sb.setCharAt(k, f);
            }
        }
        return sb == null ? piece : sb.toString();
    }

    private static char foldChar(char ch, String original, int start, int end) {
        switch (ch) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63':
                return '-';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u02BC':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
                return '"';
            case '\u2044', '\u2215':
                return '/';
            case '\u00A0', '\u2007', '\u202F', '\u3000':
                return ' ';
            default:
                break;
        }
        if (ch >= 0x80 && Character.isDigit(ch)) {
            return (char) ('0' + Character.digit(ch, 10));
        }
        char latin = confusable(ch);
        if (latin != ch && nextToLatin(original, start, end)) {
            return latin;
        }
        return ch;
    }

    /** Cyrillic and Greek letters that look like Latin ones. */
    private static char confusable(char ch) {
        return switch (ch) {
            case '\u0430' -> 'a'; case '\u0435' -> 'e'; case '\u043E' -> 'o'; case '\u0440' -> 'p';
            case '\u0441' -> 'c'; case '\u0445' -> 'x'; case '\u0443' -> 'y'; case '\u0456' -> 'i';
            case '\u0458' -> 'j'; case '\u0455' -> 's'; case '\u0410' -> 'A'; case '\u0412' -> 'B';
            case '\u0415' -> 'E'; case '\u041A' -> 'K'; case '\u041C' -> 'M'; case '\u041D' -> 'H';
            case '\u041E' -> 'O'; case '\u0420' -> 'P'; case '\u0421' -> 'C'; case '\u0422' -> 'T';
            case '\u0425' -> 'X'; case '\u0406' -> 'I'; case '\u0408' -> 'J'; case '\u0405' -> 'S';
            case '\u03BF' -> 'o'; case '\u039F' -> 'O'; case '\u0391' -> 'A'; case '\u0392' -> 'B';
            case '\u0395' -> 'E'; case '\u0397' -> 'H'; case '\u0399' -> 'I'; case '\u039A' -> 'K';
            case '\u039C' -> 'M'; case '\u039D' -> 'N'; case '\u03A1' -> 'P'; case '\u03A4' -> 'T';
            case '\u03A7' -> 'X'; case '\u03A5' -> 'Y'; case '\u0396' -> 'Z';
            default -> ch;
        };
    }

    private static boolean nextToLatin(String s, int start, int end) {
        return (start > 0 && isLatinLetter(s.charAt(start - 1)))
                || (end < s.length() && isLatinLetter(s.charAt(end)));
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
