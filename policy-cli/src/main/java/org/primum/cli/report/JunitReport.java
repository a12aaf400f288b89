package org.primum.cli.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.primum.policy.Finding;
import org.primum.policy.Verdict;

/**
 * Writes check results as JUnit XML, the test-report format most CI systems display: one
 * {@code <testsuite>} per input (file, {@code --text} or standard input), one {@code <testcase>}
 * per post, and a {@code <failure>} for each post whose verdict is at or above the fail level.
 * Findings below the fail level are listed in the test case's {@code <system-out>}. Input errors
 * become {@code <error>} test cases in a suite of their own.
 *
 * <p>Matched text is masked: the report shows each finding's rule, place and message and the
 * post's redacted text, and the matched text itself only with {@link #showMatches}.
 */
public final class JunitReport {

    private final Verdict failLevel;
    private final boolean showMatches;
    private final List<String> inputErrors;

    public JunitReport(Verdict failLevel, boolean showMatches, List<String> inputErrors) {
        this.failLevel = Objects.requireNonNull(failLevel, "failLevel");
        this.showMatches = showMatches;
        this.inputErrors = List.copyOf(inputErrors);
    }

    /** The XML document for these posts. */
    public String render(List<ReportedPost> posts) {
        Map<String, List<ReportedPost>> suites = new LinkedHashMap<>();
        for (ReportedPost p : posts) {
            suites.computeIfAbsent(suiteName(p), k -> new ArrayList<>()).add(p);
        }
        int failures = (int) posts.stream().filter(this::fails).count();
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "primum");
            x.writeAttribute("tests", Integer.toString(posts.size() + inputErrors.size()));
            x.writeAttribute("failures", Integer.toString(failures));
            x.writeAttribute("errors", Integer.toString(inputErrors.size()));
            x.writeAttribute("skipped", "0");
            for (Map.Entry<String, List<ReportedPost>> e : suites.entrySet()) {
                suite(x, e.getKey(), e.getValue());
            }
            if (!inputErrors.isEmpty()) {
                nl(x, 1);
                x.writeStartElement("testsuite");
                x.writeAttribute("name", "input");
                x.writeAttribute("tests", Integer.toString(inputErrors.size()));
                x.writeAttribute("failures", "0");
                x.writeAttribute("errors", Integer.toString(inputErrors.size()));
                x.writeAttribute("skipped", "0");
                int i = 0;
                for (String message : inputErrors) {
                    nl(x, 2);
                    x.writeStartElement("testcase");
                    x.writeAttribute("name", "input error " + ++i);
                    x.writeAttribute("classname", "primum.input");
                    nl(x, 3);
                    x.writeStartElement("error");
                    x.writeAttribute("message", clean(message));
                    x.writeAttribute("type", "InputError");
                    x.writeCharacters(clean(message));
                    x.writeEndElement();
                    nl(x, 2);
                    x.writeEndElement();
                }
                nl(x, 1);
                x.writeEndElement();
            }
            nl(x, 0);
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return sw.toString();
    }

    private boolean fails(ReportedPost p) {
        return p.result().verdict().compareTo(failLevel) >= 0 && p.result().verdict() != Verdict.PASS;
    }

    private static String suiteName(ReportedPost p) {
        return p.path() != null ? p.path() : p.id().startsWith("<stdin>") ? "<stdin>" : "text";
    }

    private void suite(XMLStreamWriter x, String name, List<ReportedPost> posts) throws XMLStreamException {
        nl(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", clean(name));
        x.writeAttribute("tests", Integer.toString(posts.size()));
        x.writeAttribute("failures", Long.toString(posts.stream().filter(this::fails).count()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        for (ReportedPost p : posts) {
            nl(x, 2);
            x.writeStartElement("testcase");
            x.writeAttribute("name", clean(p.id()));
            x.writeAttribute("classname", clean(name));
            if (p.path() != null) {
                x.writeAttribute("file", clean(p.path()));
                if (p.postRegion() != null) {
                    x.writeAttribute("line", Integer.toString(p.postRegion().startLine()));
                }
            }
            List<Finding> findings = p.result().findings();
            if (fails(p)) {
                nl(x, 3);
                x.writeStartElement("failure");
                x.writeAttribute("message", clean(summary(p)));
                x.writeAttribute("type", p.result().verdict().name());
                x.writeCharacters(clean(details(p)));
                x.writeEndElement();
            } else if (!findings.isEmpty()) {
                nl(x, 3);
                x.writeStartElement("system-out");
                x.writeCharacters(clean(details(p)));
                x.writeEndElement();
            }
            if (!findings.isEmpty() || fails(p)) {
                nl(x, 2);
            }
            x.writeEndElement();
        }
        nl(x, 1);
        x.writeEndElement();
    }

    private static String summary(ReportedPost p) {
        List<Finding> findings = p.result().findings();
        StringBuilder sb = new StringBuilder(p.result().verdict().name()).append(": ");
        List<String> ids = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity().ordinal() > 0 && !ids.contains(f.ruleId())) {
                ids.add(f.ruleId());
            }
        }
        sb.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings");
        if (!ids.isEmpty()) {
            sb.append(" (").append(String.join(", ", ids)).append(')');
        }
        return sb.toString();
    }

    private String details(ReportedPost p) {
        StringBuilder sb = new StringBuilder();
        List<Finding> findings = p.result().findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String where = p.where(i);
            sb.append(where != null ? where : "[" + f.start() + "," + f.end() + ")").append("  ")
                    .append(f.severity()).append("  ").append(f.ruleId()).append("  ").append(f.type())
                    .append("  ").append(f.message());
            if (showMatches) {
                sb.append("  match: \"").append(p.matched(f)).append('"');
            }
            if (f.suggestion() != null) {
                sb.append("\n    Suggestion: ").append(f.suggestion());
            }
            sb.append('\n');
        }
        for (String note : p.result().notes()) {
            sb.append("note: ").append(note).append('\n');
        }
        sb.append("Redacted post:\n").append(p.result().redactedText()).append('\n');
        return sb.toString();
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Drops characters XML 1.0 cannot carry (most control characters, unpaired surrogates). */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
