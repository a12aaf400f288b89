package org.primum.policy.internal;

import java.util.Set;

/**
 * Format checks and check digits shared by the identifier rules. Pure functions on short strings;
 * no regular expressions, no allocation beyond the occasional small array.
 */
final class Validators {

    private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** DEA registrant type letters (first character of a DEA number). */
    private static final String DEA_REGISTRANTS = "ABCDEFGHJKLMPRSTUX";
    /** Letters never used in a Medicare Beneficiary Identifier. */
    private static final String MBI_EXCLUDED = "SLOIBZ";

    /** Common top-level domains, for spelled-out e-mail addresses and bare domains. */
    private static final Set<String> TLDS = Set.of(
            "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "us", "uk", "ca", "au", "de",
            "fr", "es", "it", "nl", "br", "mx", "in", "ie", "nz", "za", "ch", "se", "no", "dk", "fi", "be", "at",
            "pt", "pl", "jp", "cn", "kr", "ru", "me", "ly", "ee", "tv", "health", "care", "email", "online", "app",
            "blog", "site", "page", "life");

    /** US states, DC, territories and Canadian provinces, as written on plates, licences and cards. */
    static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID",
            "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
            "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
            "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE",
            "YT", "NT", "NU");

    private Validators() {}

    /** True for a common top-level domain label (lower case). */
    static boolean knownTld(String label) {
        return TLDS.contains(label);
    }

    static int countDigits(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static int countLetters(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The ASCII digits of {@code s}, separators dropped. */
    static String digitsOf(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Letters and digits of {@code s}, upper-cased, separators dropped. */
    static String alnumUpper(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    static boolean allDigits(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Luhn (mod 10) check over a string of ASCII digits. */
    static boolean luhn(String digits) {
        if (digits.isEmpty() || !allDigits(digits)) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** A payment-card-like number: 13 to 19 digits, a card industry first digit, Luhn-valid. */
    static boolean cardLike(String digits) {
        return digits.length() >= 13 && digits.length() <= 19 && digits.charAt(0) >= '2' && digits.charAt(0) <= '6'
                && luhn(digits);
    }

    /** A GS1 GTIN (8, 12, 13 or 14 digits) whose last digit is its mod-10 check digit (weights 3, 1). */
    static boolean gtin(String digits) {
        if (digits.length() < 8 || !allDigits(digits)) {
            return false;
        }
        int sum = 0;
        int n = digits.length();
        for (int i = n - 2; i >= 0; i--) {
            int w = (n - 2 - i) % 2 == 0 ? 3 : 1;
            sum += (digits.charAt(i) - '0') * w;
        }
        return (10 - sum % 10) % 10 == digits.charAt(n - 1) - '0';
    }

    /** A National Provider Identifier: 10 digits, Luhn-valid with the card-issuer prefix 80840. */
    static boolean npi(String digits) {
        return digits.length() == 10 && allDigits(digits) && (digits.charAt(0) == '1' || digits.charAt(0) == '2')
                && luhn("80840" + digits);
    }

    /**
     * A US Social Security number given as 9 digits: area not 000, 666 or 900-999, group not 00,
     * serial not 0000, and not one of the numbers published in advertising and examples.
     */
    static boolean ssn(String digits) {
        if (digits.length() != 9 || !allDigits(digits)) {
            return false;
        }
        int area = Integer.parseInt(digits.substring(0, 3));
        int group = Integer.parseInt(digits.substring(3, 5));
        int serial = Integer.parseInt(digits.substring(5));
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
            return false;
        }
        return !digits.equals("078051120") && !digits.equals("123456789");
    }

    /**
     * A DEA registration number: two letters (the first a registrant type) and seven digits whose
     * last is the check digit of {@code (d1+d3+d5) + 2*(d2+d4+d6)}.
     */
    static boolean deaShape(String s) {
        if (s.length() != 9) {
            return false;
        }
        char a = Character.toUpperCase(s.charAt(0));
        char b = Character.toUpperCase(s.charAt(1));
        boolean second = (b >= 'A' && b <= 'Z') || b == '9';
        if (DEA_REGISTRANTS.indexOf(a) < 0 || !second) {
            return false;
        }
        return allDigits(s.substring(2));
    }

    static boolean deaCheck(String s) {
        if (!deaShape(s)) {
            return false;
        }
        int[] d = new int[7];
        for (int i = 0; i < 7; i++) {
            d[i] = s.charAt(2 + i) - '0';
        }
        int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
        return sum % 10 == d[6];
    }

    /** VIN shape: 17 characters, letters (no I, O, Q) and digits, with at least one letter and one digit. */
    static boolean vinShape(String s) {
        if (s.length() != 17) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < 17; i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q') {
                letter = true;
            } else {
                return false;
            }
        }
        return letter && digit;
    }

    /** The North American VIN check digit (position 9): transliterate, weight, mod 11, 10 is X. */
    static boolean vinCheck(String s) {
        if (!vinShape(s)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += vinValue(Character.toUpperCase(s.charAt(i))) * VIN_WEIGHTS[i];
        }
        int r = sum % 11;
        char expected = r == 10 ? 'X' : (char) ('0' + r);
        return Character.toUpperCase(s.charAt(8)) == expected;
    }

    private static int vinValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        // A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9
        if (c <= 'H') {
            return c - 'A' + 1;
        }
        if (c <= 'N') {
            return c - 'J' + 1;
        }
        if (c == 'P') {
            return 7;
        }
        if (c == 'R') {
            return 9;
        }
        return c - 'S' + 2;
    }

    /**
     * A Medicare Beneficiary Identifier (dashes already removed): 11 characters; 1 a digit 1-9;
     * 2, 5, 8, 9 letters; 3 and 6 letters or digits; 4, 7, 10, 11 digits; no S, L, O, I, B, Z.
     */
    static boolean mbi(String s) {
        if (s.length() != 11) {
            return false;
        }
        for (int i = 0; i < 11; i++) {
            char c = Character.toUpperCase(s.charAt(i));
            int pos = i + 1;
            boolean ok = switch (pos) {
                case 1 -> c >= '1' && c <= '9';
                case 2, 5, 8, 9 -> mbiLetter(c);
                case 3, 6 -> mbiLetter(c) || (c >= '0' && c <= '9');
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean mbiLetter(char c) {
        return c >= 'A' && c <= 'Z' && MBI_EXCLUDED.indexOf(c) < 0;
    }

    /** The four octets of a dotted IPv4 address (decimal, 0-255, no leading zeros), or null. */
    static int[] ipv4(CharSequence s) {
        int[] out = new int[4];
        int part = 0;
        int i = 0;
        int n = s.length();
        while (part < 4) {
            int start = i;
            int v = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            int len = i - start;
            if (len == 0 || v > 255 || (len > 1 && s.charAt(start) == '0')) {
                return null;
            }
            out[part++] = v;
            if (part < 4) {
                if (i >= n || s.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
        }
        return i == n ? out : null;
    }

    /**
     * The eight 16-bit groups of an IPv6 address in full or {@code ::}-compressed form (an IPv4
     * tail allowed), or null. A parser of the text only: never touches the network.
     */
    static int[] ipv6(CharSequence s) {
        int n = s.length();
        if (n < 2) {
            return null;
        }
        int[] head = new int[8];
        int[] tail = new int[8];
        int heads = 0;
        int tails = 0;
        boolean compressed = false;
        int i = 0;
        if (s.charAt(0) == ':') {
            if (s.charAt(1) != ':') {
                return null;
            }
            compressed = true;
            i = 2;
            if (i == n) {
                return new int[8];
            }
        }
        while (i < n) {
            int start = i;
            int v = 0;
            while (i < n && hexValue(s.charAt(i)) >= 0 && i - start < 4) {
                v = (v << 4) | hexValue(s.charAt(i));
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                // IPv4 tail: reparse from start
                int[] v4 = ipv4(s.subSequence(start, n));
                if (v4 == null) {
                    return null;
                }
                int[] into = compressed ? tail : head;
                int count = compressed ? tails : heads;
                if (count + 2 > 8) {
                    return null;
                }
                into[count] = (v4[0] << 8) | v4[1];
                into[count + 1] = (v4[2] << 8) | v4[3];
                if (compressed) {
                    tails += 2;
                } else {
                    heads += 2;
                }
                i = n;
                break;
            }
            if (i == start) {
                return null;
            }
            if (compressed) {
                if (tails == 8) {
                    return null;
                }
                tail[tails++] = v;
            } else {
                if (heads == 8) {
                    return null;
                }
                head[heads++] = v;
            }
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (compressed) {
                    return null;
                }
                compressed = true;
                i++;
                if (i == n) {
                    break;
                }
            } else if (i == n) {
                return null;
            }
        }
        int total = heads + tails;
        if (compressed ? total > 7 : total != 8) {
            return null;
        }
        int[] out = new int[8];
        System.arraycopy(head, 0, out, 0, heads);
        System.arraycopy(tail, 0, out, 8 - tails, tails);
        return out;
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Private, loopback, link-local, shared, multicast or reserved IPv4 space: no person behind it. */
    static boolean ipv4NonPublic(int[] o) {
        return o[0] == 0 || o[0] == 10 || o[0] == 127 || o[0] >= 224
                || (o[0] == 169 && o[1] == 254)
                || (o[0] == 172 && o[1] >= 16 && o[1] <= 31)
                || (o[0] == 192 && o[1] == 168)
                || (o[0] == 100 && o[1] >= 64 && o[1] <= 127);
        // the documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24) stand for public
        // addresses in examples, so they are treated as public
    }

    /** Loopback, unspecified, link-local, unique-local, multicast or documentation IPv6 space. */
    static boolean ipv6NonPublic(int[] g) {
        boolean zeroHead = true;
        for (int i = 0; i < 7; i++) {
            zeroHead &= g[i] == 0;
        }
        return (zeroHead && g[7] <= 1)
                || (g[0] & 0xffc0) == 0xfe80
                || (g[0] & 0xfe00) == 0xfc00
                || (g[0] & 0xff00) == 0xff00; // 2001:db8::/32 (documentation) stands for public space
    }

    /**
     * Numbers that are counts, dates, times or ranges rather than identifiers: {@code 14,302},
     * {@code 12.5}, {@code 3/4/2026}, {@code 2026-03-04}, {@code 10:15}, {@code 2019-2026}.
     */
    static boolean looksLikeQuantityOrDate(String s) {
        int dots = 0;
        int commas = 0;
        int slashes = 0;
        int colons = 0;
        int dashes = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '.' -> dots++;
                case ',' -> commas++;
                case '/' -> slashes++;
                case ':' -> colons++;
                case '-' -> dashes++;
                default -> { }
            }
        }
        if (!allDigits(s.replace(".", "").replace(",", "").replace("/", "").replace(":", "").replace("-", ""))) {
            return false;
        }
        if (commas > 0 || colons > 0 || (dots == 1 && dashes == 0 && slashes == 0)) {
            return true;
        }
        if (slashes > 0 || dots > 1) {
            return dateParts(s);
        }
        if (dashes == 1) {
            int d = s.indexOf('-');
            return year(s.substring(0, d)) && (year(s.substring(d + 1)) || s.length() - d - 1 <= 2);
        }
        if (dashes == 2) {
            return dateParts(s);
        }
        return false;
    }

    /** Three numeric parts that read as a day, month and year in some order. */
    private static boolean dateParts(String s) {
        int[] p = new int[3];
        int[] len = new int[3];
        int k = 0;
        int v = 0;
        int l = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || "-/.".indexOf(s.charAt(i)) >= 0) {
                if (k >= 3) {
                    return false;
                }
                p[k] = v;
                len[k] = l;
                k++;
                v = 0;
                l = 0;
            } else {
                v = v * 10 + (s.charAt(i) - '0');
                l++;
            }
        }
        if (k != 3) {
            return false;
        }
        if (len[0] == 4) {
            return p[1] >= 1 && p[1] <= 12 && p[2] >= 1 && p[2] <= 31;
        }
        boolean yearLast = len[2] == 2 || len[2] == 4;
        boolean dm = p[0] >= 1 && p[0] <= 31 && p[1] >= 1 && p[1] <= 31 && (p[0] <= 12 || p[1] <= 12);
        return yearLast && len[0] <= 2 && len[1] <= 2 && dm;
    }

    private static boolean year(String s) {
        if (s.length() != 4 || !allDigits(s)) {
            return false;
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }
}
