package org.primum.policy.rules;

/** Check-digit and length validators for {@code pattern} rules. */
final class Validators {

    private Validators() {}

    /** The validators a rule can name. */
    enum Kind {
        /** Luhn (mod 10) check digit: payment cards, many member and device numbers. */
        LUHN,
        /**
         * Mod 11 with weights n..2 on all but the last digit (NHS number, ISBN-10 style): the check
         * digit is (11 - sum mod 11) mod 11, where 10 is written X and numbers whose check would be
         * 10 but end in a digit are invalid.
         */
        MOD11,
        /** Only the length bounds (minLength, maxLength) apply. */
        LENGTH
    }

    /** Letters and digits in {@code s}: separators such as spaces and hyphens do not count. */
    static String compact(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean valid(Kind kind, String compact) {
        return switch (kind) {
            case LUHN -> luhn(compact);
            case MOD11 -> mod11(compact);
            case LENGTH -> true;
        };
    }

    static boolean luhn(String digits) {
        if (digits.length() < 2) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
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

    static boolean mod11(String s) {
        int n = s.length();
        if (n < 2) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * (n - i);
        }
        int check = (11 - sum % 11) % 11;
        char last = s.charAt(n - 1);
        if (check == 10) {
            return last == 'X' || last == 'x';
        }
        return last == (char) ('0' + check);
    }
}
