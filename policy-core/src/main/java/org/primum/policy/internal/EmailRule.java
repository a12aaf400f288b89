package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * E-mail addresses (Safe Harbor item 6): address tokens and spelled-out forms such as
 * "name at domain dot com", "name [at] domain [dot] org" or "name(at)domain.com". Role and
 * organisation addresses (info@, press@, appointments@...) and addresses offered as an
 * organisation's contact get low confidence unless the sentence is about a patient.
 */
final class EmailRule implements Rule {

    private static final Set<String> ROLES = Set.of(
            "info", "information", "contact", "contactus", "press", "media", "appointments", "appointment", "appts",
            "noreply", "no-reply", "donotreply", "do-not-reply", "feedback", "support", "help", "helpdesk", "admin",
            "office", "hello", "hi", "marketing", "news", "newsletter", "events", "jobs", "careers", "hr", "billing",
            "privacy", "webmaster", "questions", "referrals", "referral", "scheduling", "enquiries", "inquiries",
            "team", "sales", "service", "services", "customerservice", "communications", "comms", "pr", "donate",
            "giving", "volunteer", "volunteers", "compliance", "security", "it", "frontdesk", "reception",
            "records", "medicalrecords", "patientrelations", "advocate", "education", "research", "admissions",
            "registrar", "postmaster", "abuse", "editor", "editorial", "submissions", "office.manager",
            // the same inboxes in Spanish, French, Portuguese, German and Italian
            "vagas", "empleo", "empleos", "trabajo", "emploi", "recrutement", "rh", "lavoro", "stellen", "karriere",
            "bewerbung", "citas", "rdv", "contato", "contacto", "informacion", "informacoes", "presse", "prensa");
    /** Free mail providers: an address there is a person's own. */
    private static final Set<String> FREE_MAIL = Set.of(
            "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol", "icloud", "me",
            "mac", "protonmail", "proton", "gmx", "mail", "zoho", "yandex", "comcast", "verizon", "att", "sbcglobal",
            "bellsouth", "cox", "charter", "earthlink", "web", "orange", "free", "laposte", "wanadoo", "libero",
            "uol", "bol", "terra", "qq", "163", "rediffmail");
    /** Words before "at" that are not an address's local part: "email me at gmail dot com" has none. */
    private static final Set<String> NOT_LOCAL = Set.of(
            "me", "us", "him", "her", "them", "it", "you", "look", "looking", "here", "there", "this", "that",
            "email", "mail", "e-mail", "out", "up", "is", "was", "are", "arrived", "home", "work", "one", "all");

    /** Verbs that invite readers to write to an inbox. */
    private static final Set<String> WRITE_VERBS = Set.of("email", "e-mail", "write", "send", "submit", "contact",
            "reach", "forward");
    private static final Set<String> SOMEONES = Set.of("his", "her", "their", "my", "him", "them", "mom's", "dad's");

    /**
     * "Email our coordinator Maya at cardiostudy@...", "Send your nominations for the award to daisy@...": a
     * verb inviting readers to write, then the organisation ("our") or "to" straight before the address, and
     * no one's possessive or relative in between ("send her records to ...", "email my sister at ...").
     */
    private static boolean invitedToWrite(AnalyzedPost post, int token) {
        var s = post.sentences().get(post.tokens().get(token).sentence());
        for (int c = token - 1; c >= Math.max(s.firstToken(), token - 10); c--) {
            if (!WRITE_VERBS.contains(post.lowerToken(c))) {
                continue;
            }
            boolean our = false;
            for (int k = c + 1; k < token; k++) {
                String w = post.lowerToken(k);
                if (SOMEONES.contains(w) || Lexicons.FAMILY_ROLES.matchAt(post, k) > 0) {
                    return false;
                }
                our |= w.equals("our");
            }
            return our || post.lowerToken(token - 1).equals("to") || contactPerson(post, c + 1, token);
        }
        return false;
    }

    /**
     * "Contact Angela Ruiz at aruiz@...", "reach Tom on 555-0149 or tom@...": one or two capitalised
     * names after the verb, "at" or "on", then the address or a number and "or" before it: the
     * organisation's contact person, as the phone rule reads "call Faye at 555-0140".
     */
    private static boolean contactPerson(AnalyzedPost post, int from, int token) {
        int k = from;
        while (k < token && k - from < 2 && post.tokens().get(k).is(Kind.WORD) && post.tokens().get(k).isCapitalized()
                && PhiContext.isNameWord(post, post.tokens().get(k))) {
            k++;
        }
        if (k == from || k >= token || !(post.lowerToken(k).equals("at") || post.lowerToken(k).equals("on"))
                || PhoneRule.othersCare(post, post.tokens().get(token).sentence())) {
            return false; // "email Dana Kim at ... about her mother's biopsy": a relative's address
        }
        for (k++; k < token; k++) {
            Token t = post.tokens().get(k);
            String w = post.lowerToken(k);
            if (!(t.is(Kind.NUMBER) || w.equals("or") || w.equals(",") || w.equals("ext") || w.equals("x")
                    || (t.is(Kind.PUNCT) && "()-.+".contains(w)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String id() {
        return "phi.email";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "E-mail addresses, including spelled-out 'name at domain dot com' forms; role addresses discounted.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(Kind.EMAIL)) {
                String lower = post.lowerText(t);
                int at = lower.indexOf('@');
                out.accept(detect(post, i, t.start(), t.end(), lower.substring(0, at), lower.substring(at + 1),
                        false));
            } else if (t.is(Kind.WORD) && post.lowerText(t).equals("at") && i > 0) {
                int end = spelled(post, i);
                if (end > 0) {
                    out.accept(spelledDetection(post, i, end));
                    i = end - 1;
                }
            }
        }
    }

    /** The detection for a spelled-out address whose "at" is token {@code at}, ending before token {@code end}. */
    private Detection spelledDetection(AnalyzedPost post, int at, int end) {
        List<Token> tokens = post.tokens();
        int first = localStart(post, at);
        StringBuilder local = new StringBuilder();
        for (int k = first; k < at; k++) {
            if (!isBracket(tokens.get(k))) {
                local.append(post.lowerText(tokens.get(k)));
            }
        }
        StringBuilder domain = new StringBuilder();
        for (int k = at + 1; k < end; k++) {
            Token t = tokens.get(k);
            String w = post.lowerText(t);
            if (isBracket(t)) {
                continue;
            }
            domain.append(w.equals("dot") ? "." : w);
        }
        return detect(post, first, tokens.get(first).start(), tokens.get(end - 1).end(),
                local.toString(), domain.toString(), true);
    }

    /**
     * End token (exclusive) of a spelled-out address whose "at" is token {@code at}, or -1. The
     * domain is words joined by "dot" or ".", optionally bracketed, ending in a known TLD.
     */
    private static int spelled(AnalyzedPost post, int at) {
        List<Token> tokens = post.tokens();
        int first = localStart(post, at);
        if (first < 0) {
            return -1;
        }
        int k = at + 1;
        k = skipBracket(tokens, k);
        int dots = 0;
        int spelledDots = 0;
        int lastLabel = -1;
        while (k < tokens.size()) {
            Token label = tokens.get(k);
            if (!(label.is(Kind.WORD) || label.is(Kind.ALNUM) || label.is(Kind.NUMBER))) {
                break;
            }
            lastLabel = k;
            int next = skipBracket(tokens, k + 1);
            if (next >= tokens.size()) {
                break;
            }
            Token sep = tokens.get(next);
            boolean dotWord = sep.is(Kind.WORD) && post.lowerText(sep).equals("dot");
            boolean dotPunct = sep.text().equals(".") && sep.start() == tokens.get(next - 1).end()
                    && next + 1 < tokens.size() && tokens.get(next + 1).start() == sep.end();
            if (!dotWord && !dotPunct) {
                break;
            }
            int after = skipBracket(tokens, next + 1);
            if (after >= tokens.size()) {
                break;
            }
            dots++;
            if (dotWord) {
                spelledDots++;
            }
            k = after;
        }
        if (dots == 0 || lastLabel < 0 || !Validators.knownTld(post.lowerText(tokens.get(lastLabel)))) {
            return -1;
        }
        // "find us at site.org" is a web address; a bare "at" needs a spelled "dot" too
        if (spelledDots == 0 && !bracketed(tokens, at)) {
            return -1;
        }
        return lastLabel + 1;
    }

    /** First token of the local part before the "at" at {@code at}, or -1 if there is none. */
    private static int localStart(AnalyzedPost post, int at) {
        List<Token> tokens = post.tokens();
        int k = at - 1;
        if (k >= 0 && isBracket(tokens.get(k)) && tokens.get(k).end() == tokens.get(at).start()) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        Token last = tokens.get(k);
        if (!(last.is(Kind.WORD) || last.is(Kind.ALNUM) || last.is(Kind.NUMBER))
                || NOT_LOCAL.contains(post.lowerText(last))) {
            return -1;
        }
        int first = k;
        // kwame.mensah, j_reyes: glued words joined by . _ - +
        while (first >= 2 && tokens.get(first - 1).start() == tokens.get(first - 2).end()
                && tokens.get(first).start() == tokens.get(first - 1).end()
                && ".-_+".contains(tokens.get(first - 1).text())) {
            first -= 2;
        }
        return first;
    }

    /** "(at)" or "[at]": the "at" is wrapped in brackets. */
    private static boolean bracketed(List<Token> tokens, int at) {
        return at > 0 && at + 1 < tokens.size() && isBracket(tokens.get(at - 1)) && isBracket(tokens.get(at + 1));
    }

    private static boolean isBracket(Token t) {
        return t.is(Kind.PUNCT) && "()[]{}".contains(t.text());
    }

    /** Skips a bracket token at {@code k} ("[at]", "(dot)") if there is one. */
    private static int skipBracket(List<Token> tokens, int k) {
        if (k < tokens.size() && isBracket(tokens.get(k))) {
            return k + 1;
        }
        return k;
    }

    /** Verbs of writing in: "whoever emailed us from ...", "a mom who messaged from ...". */
    private static final java.util.Set<String> WROTE_IN = java.util.Set.of("emailed", "e-mailed", "wrote", "messaged",
            "dm'd", "dmed", "sent", "reached", "writing", "contacted");

    /**
     * "got your email from ...", "your address is ...": the reader's own address; or a sender's, "whoever
     * emailed us from X about your crown": a person writing in from the address.
     */
    private static boolean yourAddress(AnalyzedPost post, int token) {
        for (int k = Math.max(0, token - 5); k < token; k++) {
            if (Words.SECOND_PERSON.contains(post.lowerToken(k))) {
                return true;
            }
        }
        if (token < 2 || !post.lowerToken(token - 1).equals("from")) {
            return false;
        }
        for (int k = token - 2; k >= Math.max(0, token - 4); k--) {
            if (WROTE_IN.contains(post.lowerToken(k))) {
                return true;
            }
        }
        return false;
    }

    /** Heads of an inbox named for a group rather than a person: "familycouncil@", "wellness.team@", "pharmacy-desk@". */
    private static final Set<String> UNIT_HEADS = Words.with(Words.ORG_UNITS, "council", "committee", "desk",
            "group", "board", "foundation", "auxiliary", "staff", "coordinator", "coordinators", "scheduling",
            "registration", "intake", "admissions", "records", "billing");
    /** The separators between the words of a local part: "wellness.team", "events-rsvp". */
    private static final Pattern LOCAL_SEPARATORS = Pattern.compile("[._+-]");

    /**
     * A local part that is a group's name: two or more letters of a qualifier then a unit head
     * ("familycouncil", "wellness.team", "ethicscommittee"), or a role address with a qualifier
     * ("clinic.info", "events-rsvp"). A person's name part never ends so.
     */
    static boolean unitInbox(String local) {
        String[] parts = LOCAL_SEPARATORS.split(local);
        for (String part : parts) {
            if (ROLES.contains(part) && parts.length > 1 && part.length() >= 4) {
                return true;
            }
            for (String head : UNIT_HEADS) {
                if (part.endsWith(head) && (part.length() > head.length() + 2 || parts.length > 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Detection detect(AnalyzedPost post, int token, int start, int end, String local, String domain,
            boolean spelled) {
        String host = domain.contains(".") ? domain.substring(0, domain.lastIndexOf('.')) : domain;
        String provider = host.contains(".") ? host.substring(host.lastIndexOf('.') + 1) : host;
        boolean free = FREE_MAIL.contains(provider.toLowerCase(Locale.ROOT));
        boolean role = ROLES.contains(local) || unitInbox(local)
                || (!spelled && ContextWindow.labelSentenceBefore(post, token, token + 1));
        boolean patient = ContextWindow.patient(post, token);
        boolean organisation = ContextWindow.organisation(post, token);
        List<String> reasons = new ArrayList<>();
        reasons.add(spelled ? "address spelled out to avoid filters ('at', 'dot')" : "e-mail address");
        double confidence = spelled ? 0.85 : 0.8;
        if (free) {
            confidence += 0.05;
            reasons.add("personal mail provider (" + provider + ")");
        }
        if (patient) {
            confidence += 0.1;
            reasons.add("patient context in the same sentence");
        } else if (role && !free) {
            confidence = 0.3;
            reasons.add("role address (" + local + "@): an organisation's inbox");
        } else if ((organisation || (!spelled && invitedToWrite(post, token))) && !free) {
            confidence = 0.35;
            reasons.add("offered as an organisation's contact");
        } else if (!free && !spelled && PhoneRule.staffOnly(post) && !yourAddress(post, token)) {
            confidence = 0.35; // "Our nurse Carla retires Dec 18. Send her a note at carla.p@stjudes..."
            reasons.add("a work address in a post whose only people are the organisation's own");
        } else if (!free && !spelled && !PatientCues.personal(post) && CareRelationshipRule.greetedName(post) == null
                && !yourAddress(post, token)) {
            confidence = 0.4;
            reasons.add("an organisation's address and nothing in the post points at a patient");
        }
        return new Detection(FindingType.EMAIL, start, end, Math.min(1, confidence),
                "Contains an e-mail address. A patient's or family member's e-mail address is a HIPAA identifier.",
                "Remove the address, or use your organisation's public contact address.", reasons);
    }
}
