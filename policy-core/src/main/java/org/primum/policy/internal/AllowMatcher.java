package org.primum.policy.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.primum.policy.Draft;
import org.primum.policy.FindingType;
import org.primum.policy.Policy;

/** The organisation's own public details, compared in a normal form per type. */
final class AllowMatcher {

    private final Set<String> handles = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> domains = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> terms = new HashSet<>();

    AllowMatcher(Policy.AllowList allow) {
        allow.handles().forEach(h -> handles.add(handle(h)));
        allow.phones().forEach(p -> phones.add(digits(p)));
        allow.emails().forEach(e -> emails.add(e.toLowerCase(Locale.ROOT)));
        allow.domains().forEach(d -> domains.add(d.toLowerCase(Locale.ROOT)));
        allow.names().forEach(n -> names.add(words(n)));
        allow.terms().forEach(t -> terms.add(words(t)));
    }

    boolean allows(FindingType type, String span, Draft draft) {
        if (terms.contains(words(span))) {
            return true;
        }
        return switch (type) {
            case PHONE, FAX -> {
                String d = digits(span);
                yield phones.contains(d) || (d.length() == 11 && d.startsWith("1") && phones.contains(d.substring(1)))
                        || phones.contains("1" + d);
            }
            case EMAIL -> {
                String e = span.toLowerCase(Locale.ROOT);
                int at = e.lastIndexOf('@');
                yield emails.contains(e) || (at >= 0 && domainAllowed(e.substring(at + 1)));
            }
            case URL -> domainAllowed(host(span));
            case HANDLE -> handles.contains(handle(span))
                    || draft.authorHandles().stream().anyMatch(h -> handle(h).equals(handle(span)));
            case NAME -> names.contains(words(span));
            default -> false;
        };
    }

    private boolean domainAllowed(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        for (String d : domains) {
            if (h.equals(d) || h.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    static String host(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
        }
        int end = u.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int k = u.indexOf(c);
            if (k >= 0 && k < end) {
                end = k;
            }
        }
        return u.substring(0, end);
    }

    static String handle(String h) {
        String s = h.trim().toLowerCase(Locale.ROOT);
        return s.startsWith("@") ? s.substring(1) : s;
    }

    static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    static String words(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
