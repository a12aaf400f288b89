package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * IP addresses (Safe Harbor item 15): dotted IPv4 with four octets and IPv6 in full or
 * {@code ::}-compressed form, read by a hand-written parser (never a resolver). The tokenizer
 * splits IPv6 at colons, so candidates are re-read from the normalised text. Private, loopback
 * and documentation addresses identify no one and get low confidence; so do version and section
 * numbers such as "version 1.2.3.4".
 */
final class IpRule implements Rule {

    private static final PhraseSet IP_CONTEXT = PhraseSet.of(
            "ip", "ips", "ip address", "ipv4", "ipv6", "address", "from", "logged in", "login", "logins", "log in",
            "server", "host", "vpn", "wifi", "wi-fi", "router", "network", "portal", "traced to", "traced back to",
            "connected from", "connecting from", "coming from");
    /** A person's own connection: an address here belongs to a user, not to the organisation's servers. */
    private static final PhraseSet USER_CONTEXT = PhraseSet.of("logged in", "login", "logins", "log in",
            "portal", "session", "telehealth", "account", "home connection", "her ip", "his ip", "their ip",
            "booked", "messages", "sent from", "her connection", "his connection", "their connection",
            "home network", "home wifi", "traced to", "traced back to", "connected from", "her wifi", "his wifi",
            "their wifi",
            // someone's own activity on a page or app: the address is where that person posts from
            "posting", "posted", "posts from", "commenting", "commented", "comments from", "messaging",
            "threats", "threatening", "harassing", "harassment", "trolling", "spamming", "fake reviews",
            "signed up", "downloaded", "streaming");
    private static final PhraseSet NOT_IP = PhraseSet.of(
            "version", "ver", "v", "release", "build", "section", "sec", "§", "chapter", "step", "table", "figure",
            "fig", "icd", "code", "rule", "item", "clause", "para", "paragraph", "page");

    @Override
    public String id() {
        return "phi.ip";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "IPv4 and IPv6 addresses (validated by a parser; private and documentation ranges discounted).";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        String s = post.normalized();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean v4 = t.is(Kind.NUMBER) && dots(t.text()) == 3;
            boolean v6 = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(":")
                    && tokens.get(i + 1).start() == t.end() && (Validators.hexValue(s.charAt(t.start())) >= 0
                            || t.text().equals(":"));
            if (!v4 && !v6) {
                continue;
            }
            int start = t.start();
            if (start > 0 && isAddressChar(s.charAt(start - 1))) {
                continue;
            }
            int end = start;
            while (end < s.length() && isAddressChar(s.charAt(end))) {
                end++;
            }
            while (end > start && s.charAt(end - 1) == '.') {
                end--;
            }
            if (end - start >= 2 && s.charAt(end - 1) == ':' && s.charAt(end - 2) != ':') {
                end--;
            }
            if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                i = Math.max(i, post.tokenAt(end) - 1);
                continue;
            }
            String candidate = s.substring(start, end);
            Detection d = v6 || candidate.indexOf(':') >= 0 ? ipv6(post, i, start, end, candidate)
                    : ipv4(post, i, start, end, candidate);
            if (d != null) {
                out.accept(d);
            }
            i = Math.max(i, post.tokenAt(end) - 1);
        }
    }

    private static boolean isAddressChar(char c) {
        return Validators.hexValue(c) >= 0 || c == ':' || c == '.';
    }

    private static int dots(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '.') {
                n++;
            } else if (!Character.isDigit(c)) {
                return -1;
            }
        }
        return n;
    }

    private Detection ipv4(AnalyzedPost post, int i, int start, int end, String text) {
        int[] octets = Validators.ipv4(text);
        // "page 73.1.2.9", "section: 1.2.3.4": the label right before, or one mark between; not "our page from 73..."
        if (octets == null || (ContextWindow.phraseBefore(post, NOT_IP, i, 2)
                && (NOT_IP.matchAt(post, i - 1) > 0 || post.tokens().get(i - 1).is(Kind.PUNCT)))) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("IPv4 address (four octets 0-255)");
        boolean context = ContextWindow.phraseBefore(post, IP_CONTEXT, i, 5);
        double confidence;
        if (Validators.ipv4NonPublic(octets)) {
            boolean patient = ContextWindow.patient(post, i) || PatientCues.personal(post);
            confidence = patient ? 0.6 : 0.3;
            reasons.add(patient ? "private or reserved range, but it is a patient's device or login here"
                    : "private, loopback or reserved range: identifies no one outside a local network");
        } else if (context) {
            confidence = 0.9;
            reasons.add("introduced as an IP address or login source");
        } else if (octets[0] < 10 && octets[1] < 10 && octets[2] < 10 && octets[3] < 10) {
            confidence = 0.45;
            reasons.add("all octets single digits: more likely a section or version number");
        } else {
            confidence = 0.8;
        }
        return detect(post, i, start, end, confidence, reasons);
    }

    private Detection ipv6(AnalyzedPost post, int i, int start, int end, String text) {
        int[] groups = Validators.ipv6(text);
        if (groups == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("IPv6 address");
        double confidence;
        if (Validators.ipv6NonPublic(groups)) {
            boolean patient = ContextWindow.patient(post, i) || PatientCues.personal(post);
            confidence = patient ? 0.6 : 0.3;
            reasons.add(patient ? "non-public range, but it is a patient's device or login here"
                    : "loopback, link-local, unique-local or documentation range: identifies no one");
        } else {
            confidence = ContextWindow.phraseBefore(post, IP_CONTEXT, i, 5) ? 0.9 : 0.85;
        }
        return detect(post, i, start, end, confidence, reasons);
    }

    /** "81.22.190.14 - a home connection": a person's connection named after the address. */
    private static boolean userContextAfter(AnalyzedPost post, int token) {
        var s = post.sentences().get(post.tokens().get(token).sentence());
        return USER_CONTEXT.find(post, token + 1, Math.min(s.endToken(), token + 9)) >= 0;
    }

    private static Detection detect(AnalyzedPost post, int token, int start, int end, double confidence,
            List<String> reasons) {
        if (confidence >= 0.5 && !ContextWindow.patient(post, token) && !PatientCues.personal(post)
                && !ContextWindow.phraseBefore(post, USER_CONTEXT, token, 8) && !userContextAfter(post, token)) {
            confidence = 0.4;
            reasons.add("nothing in the post points at a patient or another person: likely the organisation's own server");
        }
        if (confidence >= 0.5 && ContextWindow.patient(post, token)) {
            confidence += 0.05;
            reasons.add("patient context in the same sentence");
        }
        return new Detection(FindingType.IP, start, end, confidence,
                "Contains an IP address. A patient's IP address (from a portal or telehealth log) is a HIPAA identifier.",
                "Remove the IP address.", reasons);
    }
}
