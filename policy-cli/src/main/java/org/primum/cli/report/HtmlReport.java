package org.primum.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.primum.policy.Category;
import org.primum.policy.Finding;
import org.primum.policy.Verdict;

/**
 * Renders checked posts as one self-contained HTML page for a reviewer: a summary of verdicts and
 * of the most frequent rules at the top, filters by verdict, and each post with its findings
 * highlighted in place (coloured by category, outlined by severity, the rule's message on hover
 * and listed beside the text). No external scripts, styles, fonts or images: the page works
 * offline and from a file.
 *
 * <p>Highlights are {@code <mark class="hl">} elements whose {@code data-findings} lists the ids of
 * the findings covering that piece of text ({@code p3-f1}); each finding is an {@code <li>} with
 * that id. Overlapping findings split the text into pieces so that marks never nest.
 *
 * <p>The page shows the posts' text, matched identifiers included: it is for the people who review
 * them, not for a public log. The example service's playground uses the same renderer.
 */
public final class HtmlReport {

    private final String title;
    private final List<String> meta;
    private final String topHtml;
    private final boolean summary;
    private final boolean filters;

    private HtmlReport(Builder b) {
        this.title = b.title;
        this.meta = List.copyOf(b.meta);
        this.topHtml = b.topHtml;
        this.summary = b.summary;
        this.filters = b.filters;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The whole page. */
    public String render(List<ReportedPost> posts) {
        StringBuilder sb = new StringBuilder(4096 + posts.size() * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"primum\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(styles())
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(title)).append("</h1>\n");
        for (String line : meta) {
            sb.append("<p class=\"meta\">").append(escape(line)).append("</p>\n");
        }
        sb.append("</header>\n");
        if (topHtml != null) {
            sb.append(topHtml).append('\n');
        }
        if (summary && !posts.isEmpty()) {
            summary(sb, posts);
        }
        if (filters && !posts.isEmpty()) {
            filters(sb, posts);
        }
        sb.append("<main id=\"posts\">\n");
        for (int i = 0; i < posts.size(); i++) {
            sb.append(postHtml(posts.get(i), "p" + (i + 1)));
        }
        sb.append("</main>\n");
        if (filters && !posts.isEmpty()) {
            sb.append("<script>\n").append(SCRIPT).append("</script>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void summary(StringBuilder sb, List<ReportedPost> posts) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Map<String, int[]> rules = new HashMap<>(); // findings, posts
        Map<String, Category> categories = new HashMap<>();
        for (ReportedPost p : posts) {
            verdicts.merge(p.result().verdict(), 1, Integer::sum);
            Set<String> inPost = new HashSet<>();
            for (Finding f : p.result().findings()) {
                int[] c = rules.computeIfAbsent(f.ruleId(), k -> new int[2]);
                c[0]++;
                if (inPost.add(f.ruleId())) {
                    c[1]++;
                }
                categories.putIfAbsent(f.ruleId(), f.category());
            }
        }
        sb.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"verdicts\">")
                .append(posts.size()).append(posts.size() == 1 ? " post: " : " posts: ");
        for (Verdict v : new Verdict[] {Verdict.BLOCK, Verdict.WARN, Verdict.PASS}) {
            sb.append("<span class=\"count verdict-").append(lower(v)).append("\" data-verdict=\"").append(v)
                    .append("\"><b>").append(verdicts.getOrDefault(v, 0)).append("</b> ").append(v).append("</span> ");
        }
        sb.append("</p>\n");
        if (!rules.isEmpty()) {
            List<String> ids = new ArrayList<>(rules.keySet());
            ids.sort(Comparator.<String>comparingInt(id -> -rules.get(id)[0]).thenComparing(Comparator.naturalOrder()));
            sb.append("<table id=\"top-rules\">\n<caption>Most frequent rules</caption>\n")
                    .append("<thead><tr><th>Rule</th><th>Category</th><th>Findings</th><th>Posts</th></tr></thead>\n<tbody>\n");
            for (String id : ids.subList(0, Math.min(10, ids.size()))) {
                int[] c = rules.get(id);
                Category cat = categories.get(id);
                sb.append("<tr data-rule=\"").append(escape(id)).append("\"><td><code>").append(escape(id))
                        .append("</code></td><td><span class=\"cat cat-").append(lower(cat)).append("\">").append(cat)
                        .append("</span></td><td class=\"n\">").append(c[0]).append("</td><td class=\"n\">")
                        .append(c[1]).append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
        sb.append("</section>\n");
    }

    private static void filters(StringBuilder sb, List<ReportedPost> posts) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        posts.forEach(p -> verdicts.merge(p.result().verdict(), 1, Integer::sum));
        sb.append("<nav id=\"filters\" aria-label=\"Filter posts by verdict\">Show: ");
        for (Verdict v : new Verdict[] {Verdict.BLOCK, Verdict.WARN, Verdict.PASS}) {
            sb.append("<label class=\"verdict-").append(lower(v)).append("\"><input type=\"checkbox\" data-filter=\"")
                    .append(v).append("\" checked> ").append(v).append(" (").append(verdicts.getOrDefault(v, 0))
                    .append(")</label> ");
        }
        sb.append("<span class=\"legend\">Highlights: <span class=\"hl cat-phi\">PHI</span> "
                + "<span class=\"hl cat-advice\">advice</span> <span class=\"hl cat-custom\">custom</span>; "
                + "solid underline BLOCK, dashed WARN, dotted INFO</span></nav>\n");
    }

    /**
     * One post as an {@code <article>}: a heading with its verdict and id, its text with findings
     * highlighted, and the list of findings. {@code key} prefixes the element ids ({@code key-f1}).
     */
    public static String postHtml(ReportedPost p, String key) {
        Objects.requireNonNull(key, "key");
        Verdict v = p.result().verdict();
        List<Finding> findings = p.result().findings();
        StringBuilder sb = new StringBuilder(p.text().length() * 2 + 512);
        sb.append("<article class=\"post verdict-").append(lower(v)).append("\" id=\"").append(escape(key))
                .append("\" data-verdict=\"").append(v).append("\">\n<h3><span class=\"badge verdict-")
                .append(lower(v)).append("\">").append(v).append("</span> <span class=\"post-id\">")
                .append(escape(p.id())).append("</span>");
        String where = p.where();
        if (where != null && !where.equals(p.id())) {
            sb.append(" <span class=\"where\">").append(escape(where)).append("</span>");
        }
        sb.append("</h3>\n<div class=\"text\">").append(markedText(p.text(), findings, key)).append("</div>\n");
        if (!findings.isEmpty()) {
            sb.append("<ol class=\"findings\">\n");
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                sb.append("<li id=\"").append(escape(key)).append("-f").append(i + 1).append("\" class=\"finding cat-")
                        .append(lower(f.category())).append(" sev-").append(lower(f.severity()))
                        .append("\" data-rule=\"").append(escape(f.ruleId())).append("\"><span class=\"sev\">")
                        .append(f.severity()).append("</span> <code>").append(escape(f.ruleId()))
                        .append("</code> <span class=\"type\">").append(f.type()).append("</span> ");
                if (f.end() <= p.text().length()) {
                    sb.append("<q class=\"match\">").append(escape(f.matchedText(p.text()))).append("</q> ");
                }
                p.region(i).ifPresent(r -> sb.append("<span class=\"where\">line ").append(r.startLine())
                        .append(", column ").append(r.startColumn()).append("</span> "));
                sb.append("<span class=\"conf\">confidence ")
                        .append(String.format(Locale.ROOT, "%.2f", f.confidence())).append("</span>")
                        .append("<div class=\"message\">").append(escape(f.message())).append("</div>");
                if (f.suggestion() != null) {
                    sb.append("<div class=\"suggestion\">Suggestion: ").append(escape(f.suggestion())).append("</div>");
                }
                if (!f.reasons().isEmpty()) {
                    sb.append("<div class=\"reasons\">Why: ").append(escape(String.join("; ", f.reasons())))
                            .append("</div>");
                }
                sb.append("</li>\n");
            }
            sb.append("</ol>\n");
        }
        for (String note : p.result().notes()) {
            sb.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        sb.append("</article>\n");
        return sb.toString();
    }

    /**
     * The text, escaped, with every finding highlighted. The text is cut at every finding boundary;
     * each piece covered by findings becomes one {@code <mark>} styled after the most severe (then
     * the narrowest) of them, listing all of them in {@code data-findings} and in its title.
     */
    public static String markedText(String text, List<Finding> findings, String key) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.start() < f.end() && f.end() <= text.length()) {
                usable.add(i);
                cuts.add(f.start());
                cuts.add(f.end());
            }
        }
        StringBuilder sb = new StringBuilder(text.length() + usable.size() * 200);
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int a = prev;
                List<Integer> covering = new ArrayList<>();
                for (int i : usable) {
                    Finding f = findings.get(i);
                    if (f.start() <= a && f.end() >= cut) {
                        covering.add(i);
                    }
                }
                String piece = escape(text.substring(a, cut));
                if (covering.isEmpty()) {
                    sb.append(piece);
                } else {
                    Finding top = findings.get(covering.get(0));
                    for (int i : covering) {
                        Finding f = findings.get(i);
                        if (f.severity().compareTo(top.severity()) > 0
                                || f.severity() == top.severity() && f.length() < top.length()) {
                            top = f;
                        }
                    }
                    StringBuilder ids = new StringBuilder();
                    StringBuilder tip = new StringBuilder();
                    for (int i : covering) {
                        Finding f = findings.get(i);
                        ids.append(ids.length() == 0 ? "" : " ").append(key).append("-f").append(i + 1);
                        tip.append(tip.length() == 0 ? "" : "\n").append(f.severity()).append(' ').append(f.ruleId())
                                .append(": ").append(f.message());
                    }
                    sb.append("<mark class=\"hl cat-").append(lower(top.category())).append(" sev-")
                            .append(lower(top.severity())).append("\" data-findings=\"").append(escape(ids.toString()))
                            .append("\" data-rule=\"").append(escape(top.ruleId())).append("\" title=\"")
                            .append(escape(tip.toString())).append("\">").append(piece).append("</mark>");
                }
            }
            prev = cut;
        }
        return sb.toString();
    }

    /** The page's style sheet (also used by the playground). */
    public static String styles() {
        return STYLES;
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16);
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static final String STYLES = """
            :root { --phi: #c62828; --phi-bg: #ffebee; --advice: #7b1fa2; --advice-bg: #f3e5f5;
              --custom: #1565c0; --custom-bg: #e3f2fd; --block: #b71c1c; --warn: #e65100; --pass: #2e7d32;
              --line: #ddd; --muted: #666; }
            * { box-sizing: border-box; }
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto;
              max-width: 960px; padding: 1rem 1.25rem 3rem; color: #222; background: #fafafa; }
            h1 { font-size: 1.5rem; margin: .5rem 0; }
            h2 { font-size: 1.15rem; margin: 1rem 0 .5rem; }
            h3 { font-size: 1rem; margin: 0 0 .5rem; font-weight: 600; }
            .meta, .where, .conf, .note { color: var(--muted); font-size: .9em; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
            #summary { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem 1rem 1rem; }
            .count { display: inline-block; margin-right: 1rem; }
            .count.verdict-block b, label.verdict-block { color: var(--block); }
            .count.verdict-warn b, label.verdict-warn { color: var(--warn); }
            .count.verdict-pass b, label.verdict-pass { color: var(--pass); }
            table { border-collapse: collapse; width: 100%; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid var(--line); }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            #filters { position: sticky; top: 0; background: #fafafa; padding: .6rem 0; border-bottom: 1px solid var(--line);
              z-index: 1; }
            #filters label { margin-right: .75rem; font-weight: 600; cursor: pointer; }
            .legend { color: var(--muted); font-size: .85em; }
            .post { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--line);
              border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0; }
            .post.verdict-block { border-left-color: var(--block); }
            .post.verdict-warn { border-left-color: var(--warn); }
            .post.verdict-pass { border-left-color: var(--pass); }
            .badge { display: inline-block; padding: 0 .45rem; border-radius: 4px; color: #fff; font-size: .8em;
              vertical-align: 1px; }
            .badge.verdict-block { background: var(--block); }
            .badge.verdict-warn { background: var(--warn); }
            .badge.verdict-pass { background: var(--pass); }
            .text { white-space: pre-wrap; overflow-wrap: anywhere; padding: .5rem .75rem; background: #fcfcfc;
              border: 1px solid #eee; border-radius: 6px; }
            .hl { border-radius: 3px; padding: 0 1px; text-decoration-line: underline; text-decoration-thickness: 2px;
              text-underline-offset: 3px; cursor: help; }
            .hl.cat-phi { background: var(--phi-bg); text-decoration-color: var(--phi); }
            .hl.cat-advice { background: var(--advice-bg); text-decoration-color: var(--advice); }
            .hl.cat-custom { background: var(--custom-bg); text-decoration-color: var(--custom); }
            .hl.sev-block { text-decoration-style: solid; }
            .hl.sev-warn { text-decoration-style: dashed; }
            .hl.sev-info { text-decoration-style: dotted; }
            .hl.active { outline: 2px solid #333; }
            .findings { margin: .5rem 0 0; padding-left: 1.5rem; }
            .finding { margin: .35rem 0; }
            .finding .sev { font-weight: 700; font-size: .85em; }
            .finding.sev-block .sev { color: var(--block); }
            .finding.sev-warn .sev { color: var(--warn); }
            .finding.sev-info .sev { color: var(--muted); }
            .finding .type { font-size: .8em; color: var(--muted); }
            .finding .match { font-weight: 600; }
            .finding.cat-phi .match { color: var(--phi); }
            .finding.cat-advice .match { color: var(--advice); }
            .finding.cat-custom .match { color: var(--custom); }
            .suggestion { color: #2e4d2e; }
            .reasons { color: var(--muted); font-size: .85em; }
            .cat { font-size: .85em; font-weight: 600; }
            .cat-phi.cat { color: var(--phi); }
            .cat-advice.cat { color: var(--advice); }
            .cat-custom.cat { color: var(--custom); }
            .playground textarea { width: 100%; min-height: 8rem; font: inherit; padding: .5rem; }
            .playground button { font: inherit; padding: .35rem 1rem; margin-top: .5rem; cursor: pointer; }
            .error { color: var(--block); font-weight: 600; }
            """;

    private static final String SCRIPT = """
            (function () {
              var boxes = document.querySelectorAll('#filters input[data-filter]');
              function apply() {
                var show = {};
                boxes.forEach(function (b) { show[b.getAttribute('data-filter')] = b.checked; });
                document.querySelectorAll('article.post').forEach(function (a) {
                  a.hidden = !show[a.getAttribute('data-verdict')];
                });
              }
              boxes.forEach(function (b) { b.addEventListener('change', apply); });
              document.querySelectorAll('li.finding').forEach(function (li) {
                function marks() { return document.querySelectorAll('mark.hl'); }
                li.addEventListener('mouseenter', function () {
                  marks().forEach(function (m) {
                    if ((' ' + m.getAttribute('data-findings') + ' ').indexOf(' ' + li.id + ' ') >= 0) {
                      m.classList.add('active');
                    }
                  });
                });
                li.addEventListener('mouseleave', function () {
                  marks().forEach(function (m) { m.classList.remove('active'); });
                });
              });
              apply();
            })();
            """;

    /** Builds an {@link HtmlReport}. */
    public static final class Builder {
        private String title = "Primum report";
        private final List<String> meta = new ArrayList<>();
        private String topHtml;
        private boolean summary = true;
        private boolean filters = true;

        private Builder() {}

        public Builder title(String value) {
            this.title = Objects.requireNonNull(value);
            return this;
        }

        /** A line of plain text under the title (policy, date, command). */
        public Builder meta(String line) {
            meta.add(Objects.requireNonNull(line));
            return this;
        }

        /** Trusted HTML placed after the header (the playground puts its form here). */
        public Builder topHtml(String html) {
            this.topHtml = html;
            return this;
        }

        /** Whether to show the summary of verdicts and rules (default true). */
        public Builder summary(boolean value) {
            this.summary = value;
            return this;
        }

        /** Whether to show the verdict filters (default true). */
        public Builder filters(boolean value) {
            this.filters = value;
            return this;
        }

        public HtmlReport build() {
            return new HtmlReport(this);
        }
    }
}
