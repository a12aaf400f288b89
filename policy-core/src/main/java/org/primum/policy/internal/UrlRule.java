package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;
import org.primum.policy.spi.Token.Kind;

/**
 * Web addresses that point at a person (Safe Harbor item 14): fundraisers, social profiles,
 * personal blogs, and any link in a sentence about a patient. Links to organisations and to
 * education (hospital pages, doi.org, PubMed, CDC, journals, recorded talks) are low confidence.
 * Bare domains without a path ({@code name.blogspot.com}) are read from the token stream too.
 */
final class UrlRule implements Rule {

    /** Crowdfunding and care-coordination sites: a page there is about one person. */
    private static final Set<String> FUNDRAISERS = Set.of(
            "gofundme", "caringbridge", "mealtrain", "givesendgo", "spotfund", "fundly", "justgiving", "givebutter",
            "youcaring", "gogetfunding", "helphopelive", "lotsahelpinghands", "leetchi", "vakinha", "ketto",
            "milaap", "fundrazr", "crowdrise", "giveforward", "mightycause", "takethemameal", "carecalendar",
            "sympathyfund", "fundmylife", "betterplace", "donorsee");
    /** Beneficiaries of a fundraiser that are organisations, not patients. */
    private static final PhraseSet FOR_ORGANISATION = PhraseSet.of(
            "foundation", "our hospital", "our unit", "our department", "our clinic", "our program", "charity",
            "nonprofit", "non-profit", "research fund", "scholarship", "our nicu", "our icu", "our team", "center",
            "centre", "institute", "society", "association", "shelter", "our unit's", "our nicu's");
    private static final Set<String> OWNERS = Set.of("his", "her", "their", "my");
    /** Hosting platforms whose subdomains are individual sites. */
    private static final Set<String> PERSONAL_SUBDOMAIN_HOSTS = Set.of(
            "blogspot.com", "wordpress.com", "substack.com", "tumblr.com", "wixsite.com", "weebly.com",
            "medium.com", "squarespace.com", "github.io", "carrd.co", "webflow.io", "typepad.com", "livejournal.com");
    /** Social networks: a path there is usually one person's profile or post. */
    private static final Set<String> SOCIAL = Set.of(
            "facebook.com", "fb.com", "m.facebook.com", "instagram.com", "twitter.com", "x.com", "tiktok.com",
            "threads.net", "snapchat.com", "linktr.ee", "patreon.com", "venmo.com", "cash.app", "paypal.me",
            "bsky.app", "mastodon.social", "pinterest.com", "vk.com");
    /** First path segments on social sites that are not a person. */
    private static final Set<String> NOT_PROFILE = Set.of(
            "hashtag", "explore", "search", "help", "watch", "home", "about", "policies", "legal", "privacy", "terms",
            "events", "groups", "pages", "business", "ads", "login", "signup");
    /** Education, evidence and public-health hosts (and any .gov / .edu). */
    private static final Set<String> EDUCATION = Set.of(
            "doi.org", "dx.doi.org", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "nih.gov", "cdc.gov", "who.int",
            "clinicaltrials.gov", "fda.gov", "nejm.org", "jamanetwork.com", "thelancet.com", "bmj.com",
            "nature.com", "sciencedirect.com", "springer.com", "link.springer.com", "wiley.com",
            "onlinelibrary.wiley.com", "academic.oup.com", "cochranelibrary.com", "medrxiv.org", "biorxiv.org",
            "arxiv.org", "uptodate.com", "medscape.com", "heart.org", "acc.org", "aafp.org", "aap.org",
            "cancer.gov", "cancer.org", "mayoclinic.org", "clevelandclinic.org", "medlineplus.gov", "nhs.uk",
            "youtube.com", "youtu.be", "vimeo.com", "wikipedia.org", "en.wikipedia.org", "annals.org",
            "ahajournals.org", "atsjournals.org", "plos.org", "journals.plos.org", "frontiersin.org", "mdpi.com",
            "cell.com", "science.org", "pnas.org", "guidelinecentral.com", "ashpublications.org");

    @Override
    public String id() {
        return "phi.url";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "URLs that point at a person: fundraisers, social profiles, personal blogs, links in patient context.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(Kind.URL)) {
                out.accept(classify(post, i, t.start(), t.end(), post.lowerText(t), false));
            } else if ((t.is(Kind.WORD) || t.is(Kind.ALNUM)) && (i == 0 || tokens.get(i - 1).end() < t.start())) {
                int end = bareDomainEnd(post, i);
                if (end > 0) {
                    int stop = tokens.get(end - 1).end();
                    out.accept(classify(post, i, t.start(), stop, post.lower().substring(t.start(), stop), true));
                    i = end - 1;
                }
            }
        }
    }

    /** End token of {@code label.label.tld} glued together from token {@code i}, or -1. */
    private static int bareDomainEnd(AnalyzedPost post, int i) {
        List<Token> tokens = post.tokens();
        int k = i;
        int labels = 1;
        while (k + 2 < tokens.size() && tokens.get(k + 1).text().equals(".")
                && tokens.get(k + 1).start() == tokens.get(k).end() && tokens.get(k + 2).start() == tokens.get(k + 1).end()
                && (tokens.get(k + 2).is(Kind.WORD) || tokens.get(k + 2).is(Kind.ALNUM))) {
            k += 2;
            labels++;
        }
        if (labels < 2 || !Validators.knownTld(post.lowerText(tokens.get(k)))) {
            return -1;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).start() == tokens.get(k).end()
                && Character.isLetterOrDigit(tokens.get(k + 1).text().charAt(0))) {
            return -1;
        }
        return k + 1;
    }

    private Detection classify(AnalyzedPost post, int i, int start, int end, String url, boolean bare) {
        String rest = url;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            rest = rest.substring(scheme + 3);
        }
        int slash = indexOfAny(rest, "/?#");
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        boolean patient = ContextWindow.patient(post, i);
        boolean organisation = ContextWindow.organisation(post, i);
        List<String> reasons = new ArrayList<>();
        double confidence;
        String kind;
        if (fundraiser(host)) {
            kind = "fundraiser";
            reasons.add("crowdfunding or care page (" + host + "): about one person");
            int sentence = post.tokens().get(i).sentence();
            if (!patient && ContextWindow.inSentence(post, FOR_ORGANISATION, sentence)
                    && !forPerson(post, sentence)) {
                confidence = 0.4;
                reasons.add("raising money for an organisation, not a person");
            } else if (!patient && PatientCues.colleagueNamed(post) && !PatientCues.inSentence(post, sentence)) {
                confidence = 0.4;
                reasons.add("raising money for a colleague named by a staff title");
            } else {
                confidence = 0.9;
            }
        } else if (personalSubdomain(host) || (social(host) && profilePath(path)) || path.startsWith("/@")
                || path.startsWith("/in/") || path.startsWith("/u/") || path.startsWith("/user/")) {
            kind = "personal";
            reasons.add("personal profile, blog or social page (" + host + ")");
            if (patient) {
                confidence = 0.85;
            } else if (organisation) {
                confidence = 0.35;
                reasons.add("presented as an organisation's page");
            } else {
                confidence = 0.7;
            }
        } else if (recordLink(host, path)) {
            kind = "record";
            confidence = 0.85;
            reasons.add("a link into a patient portal or record with an identifier in its path");
        } else if (education(host)) {
            kind = "education";
            confidence = 0.2;
            reasons.add("education, evidence or public-health site (" + host + ")");
        } else if (patient) {
            kind = "patient";
            confidence = bare ? 0.55 : 0.75;
            reasons.add("link in a sentence about a patient");
        } else {
            kind = "organisation";
            confidence = 0.3;
            reasons.add("no patient context: likely an organisation or resource link");
        }
        if (patient && !kind.equals("education") && !kind.equals("patient")) {
            confidence = Math.min(1, confidence + 0.05);
            reasons.add("patient context in the same sentence");
        }
        return new Detection(FindingType.URL, start, end, confidence,
                "Contains a link that points to a specific person (fundraiser, profile or personal page).",
                "Remove the link, or replace it with a generic description.", reasons);
    }

    /**
     * "meal signups for the Haddad family while their son is on our unit": a family, or a relative
     * named with a possessive ("their twins", "her son"), is the beneficiary even when a unit is named.
     */
    /**
     * {@code mychart.example.org/patient/884213/results}: a patient portal or chart path that
     * carries a number, which names one person's record.
     */
    private static boolean recordLink(String host, String path) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        String p = path.toLowerCase(java.util.Locale.ROOT);
        boolean portal = h.startsWith("mychart.") || h.contains("patientportal") || h.startsWith("portal.")
                || p.contains("/patient/") || p.contains("/patients/") || p.contains("/chart/") || p.contains("/mrn/")
                || p.contains("/encounter/");
        return portal && Validators.countDigits(p) >= 4;
    }

    private static boolean forPerson(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            String w = post.lowerToken(k);
            String before = post.lowerToken(k - 1);
            if ((w.equals("patient") || w.equals("patients")) && PatientCues.namesSomeoneIn(post, s.firstToken(), s.endToken())) {
                return true; // "one of our ICU patients, Tomas Ibarra, ..."
            }
            if ((w.equals("family") || w.equals("families")) && post.tokens().get(k).text().equals(w)
                    && PhiContext.isNameWord(post, post.tokens().get(k - 1))
                    && (k + 1 >= s.endToken() || !post.tokens().get(k + 1).isCapitalized())) {
                return true; // "the Haddad family", not "the Smith Family Cancer Center"
            }
            if (Lexicons.FAMILY_ROLES.matchAt(post, k) > 0 && OWNERS.contains(before)) {
                return true; // "their twins", "her son"
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int k = 0; k < s.length(); k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean fundraiser(String host) {
        int from = 0;
        while (from <= host.length()) {
            int dot = host.indexOf('.', from);
            int to = dot < 0 ? host.length() : dot;
            if (FUNDRAISERS.contains(host.substring(from, to))) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }

    private static boolean personalSubdomain(String host) {
        int dot = host.indexOf('.');
        return dot > 0 && PERSONAL_SUBDOMAIN_HOSTS.contains(host.substring(dot + 1))
                && !host.startsWith("www.") && !host.startsWith("en.");
    }

    private static boolean social(String host) {
        return SOCIAL.contains(host);
    }

    /** A path naming someone: {@code /jane.doe}, not {@code /watch}, {@code /hashtag/...} or {@code /help}. */
    private static boolean profilePath(String path) {
        if (path.length() < 3) {
            return false;
        }
        String first = path.substring(1);
        int slash = indexOfAny(first, "/?#");
        if (slash >= 0) {
            first = first.substring(0, slash);
        }
        return !first.isEmpty() && !NOT_PROFILE.contains(first);
    }

    private static boolean education(String host) {
        if (host.endsWith(".gov") || host.endsWith(".edu") || host.endsWith(".int") || host.contains(".gov.")
                || host.contains(".ac.") || host.contains(".nhs.")) {
            return true;
        }
        String h = host;
        while (true) {
            if (EDUCATION.contains(h)) {
                return true;
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return false;
            }
            h = h.substring(dot + 1);
        }
    }
}
