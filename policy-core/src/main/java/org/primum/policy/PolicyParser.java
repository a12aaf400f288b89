package org.primum.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primum.policy.internal.JsonFields;
import org.primum.policy.rules.RulePack;

/**
 * Reads a policy from JSON or YAML with Jackson's streaming parser, so that every error names
 * the line, column and field it is about. Unknown fields are errors, never silently ignored.
 */
final class PolicyParser {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private final JsonParser p;
    private final String source;
    private final JsonFields fields;

    private PolicyParser(JsonParser p, String source) {
        this.p = p;
        this.source = source;
        this.fields = new JsonFields(p, source);
    }

    static Policy parse(String content, String source) {
        String trimmed = content.stripLeading();
        boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json")
                || (!source.toLowerCase(Locale.ROOT).endsWith(".yaml") && !source.toLowerCase(Locale.ROOT).endsWith(".yml")
                        && trimmed.startsWith("{"));
        try (JsonParser parser = (json ? JSON : YAML).createParser(content)) {
            return new PolicyParser(parser, source).readPolicy();
        } catch (PolicyException e) {
            throw e;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new PolicyException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "", "malformed " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PolicyException(source, 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    private Policy readPolicy() throws IOException {
        Policy.Builder b = Policy.builder().source(source);
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new PolicyException(source, 1, 1, "", "policy is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw error("", "a policy must be an object with fields such as name, rules, allow");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> b.name(text(field));
                case "version" -> {
                    int v = integer(field);
                    if (v != 1) {
                        throw error(field, "unsupported policy version " + v + " (this release reads version 1)");
                    }
                }
                case "description" -> text(field);
                case "languages" -> b.languages(strings(field));
                case "minConfidence" -> b.minConfidence(probability(field));
                case "redaction" -> b.redaction(enumValue(field, Redaction.class));
                case "maxChars" -> {
                    int v = integer(field);
                    if (v < 1) {
                        throw error(field, "must be a positive number of characters");
                    }
                    b.maxChars(v);
                }
                case "rules" -> readRules(b);
                case "types" -> readTypes(b);
                case "allow" -> b.allow(readAllow());
                case "deny" -> readDeny(b);
                case "reidentification" -> b.reidentification(readReidentification());
                case "patientStory" -> b.patientStory(readPatientStory());
                case "personalAdvice" -> b.personalAdvice(readPersonalAdvice());
                case "extends" -> readExtends(b);
                default -> throw error(field, "unknown field; expected one of name, version, description, extends, "
                        + "languages, minConfidence, redaction, maxChars, rules, types, allow, deny, reidentification, "
                        + "patientStory, personalAdvice");
            }
        }
        return b.build();
    }

    private void readRules(Policy.Builder b) throws IOException {
        expect(JsonToken.START_OBJECT, "rules", "an object of rule id to severity or settings");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            String field = "rules." + id;
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            Policy.RuleSetting setting;
            if (p.currentToken() == JsonToken.VALUE_STRING || p.currentToken() == JsonToken.VALUE_FALSE) {
                setting = severityOrOff(field);
            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                Boolean enabled = null;
                Severity severity = null;
                Double min = null;
                Integer limit = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String sub = p.currentName();
                    p.nextToken();
                    switch (sub) {
                        case "enabled" -> enabled = bool(field + ".enabled");
                        case "severity" -> {
                            Policy.RuleSetting s = severityOrOff(field + ".severity");
                            severity = s.severity();
                            if (Boolean.FALSE.equals(s.enabled())) {
                                enabled = false;
                            }
                        }
                        case "minConfidence" -> min = probability(field + ".minConfidence");
                        case "limit" -> {
                            limit = integer(field + ".limit");
                            if (limit < 0) {
                                throw error(field + ".limit", "must not be negative");
                            }
                        }
                        default -> throw error(field + "." + sub,
                                "unknown field; expected enabled, severity, minConfidence or limit");
                    }
                }
                setting = new Policy.RuleSetting(enabled, severity, min, limit);
            } else {
                throw error(field, "expected off, info, warn, block or an object with severity/minConfidence");
            }
            b.rule(id, setting, new Policy.Location(source, at.getLineNr(), at.getColumnNr()));
        }
    }

    /** {@code extends: [builtin:NAME, ./file.yaml]}: rule packs, loaded now so errors point here or into them. */
    private void readExtends(Policy.Builder b) throws IOException {
        expect(JsonToken.START_ARRAY, "extends", "a list of rule packs: builtin:NAME or a rule file path");
        java.nio.file.Path base = baseDir();
        Set<String> ids = new LinkedHashSet<>();
        java.util.Map<String, String> ruleOwners = new java.util.HashMap<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String field = "extends[" + i++ + "]";
            String ref = text(field).trim();
            JsonLocation at = p.currentTokenLocation();
            if (ref.isEmpty()) {
                throw error(field, "blank entry");
            }
            if (ref.startsWith(RulePack.BUILTIN)) {
                String name = ref.substring(RulePack.BUILTIN.length());
                if (!RulePack.shippedNames().contains(name)) {
                    throw error(field, "no built-in pack named '" + name + "'; built-in packs: "
                            + String.join(", ", RulePack.shippedNames()));
                }
            } else {
                java.nio.file.Path file = java.nio.file.Path.of(ref);
                if (!file.isAbsolute() && base != null) {
                    file = base.resolve(file);
                }
                if (!java.nio.file.Files.isRegularFile(file)) {
                    throw error(field, "no such rule file: " + file.normalize()
                            + " (relative paths are resolved against the policy file's folder)");
                }
            }
            RulePack pack = RulePack.resolve(ref, base);
            if (!ids.add(pack.id())) {
                throw error(field, "pack '" + pack.id() + "' is extended twice");
            }
            for (org.primum.policy.rules.DeclarativeRule r : pack.rules()) {
                String other = ruleOwners.putIfAbsent(r.id(), pack.id());
                if (other != null) {
                    throw error(field, "rule " + r.id() + " of pack " + pack.id() + " is also defined by pack " + other
                            + "; rule ids must be unique");
                }
            }
            b.extend(pack, new Policy.Location(source, at.getLineNr(), at.getColumnNr()));
        }
    }

    /** The folder relative pack paths resolve against: the policy file's, else the working directory. */
    private java.nio.file.Path baseDir() {
        try {
            java.nio.file.Path f = java.nio.file.Path.of(source);
            if (java.nio.file.Files.isRegularFile(f)) {
                return f.toAbsolutePath().getParent();
            }
        } catch (java.nio.file.InvalidPathException e) {
            // a source name such as <stdin>: fall back to the working directory
        }
        return null;
    }

    private Policy.RuleSetting severityOrOff(String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_FALSE) {
            return Policy.RuleSetting.off();
        }
        String v = text(field).trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "off", "false", "disabled" -> Policy.RuleSetting.off();
            case "info", "warn", "block" -> Policy.RuleSetting.severity(Severity.parse(v));
            default -> throw error(field, "'" + v + "' is not a severity; use off, info, warn or block");
        };
    }

    private void readTypes(Policy.Builder b) throws IOException {
        expect(JsonToken.START_OBJECT, "types", "an object of finding type to severity");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String field = "types." + name;
            FindingType type;
            try {
                type = FindingType.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(field, "unknown finding type; expected one of " + List.of(FindingType.values()));
            }
            p.nextToken();
            Policy.RuleSetting s = severityOrOff(field);
            if (s.severity() == null) {
                throw error(field, "types take info, warn or block; turn rules off under rules");
            }
            b.typeSeverity(type, s.severity());
        }
    }

    private Policy.AllowList readAllow() throws IOException {
        expect(JsonToken.START_OBJECT, "allow", "an object with handles, phones, emails, domains, names, terms");
        Set<String> handles = Set.of();
        Set<String> phones = Set.of();
        Set<String> emails = Set.of();
        Set<String> domains = Set.of();
        Set<String> names = Set.of();
        Set<String> terms = Set.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sub = p.currentName();
            String field = "allow." + sub;
            p.nextToken();
            switch (sub) {
                case "handles" -> handles = strings(field);
                case "phones" -> phones = strings(field);
                case "emails" -> emails = strings(field);
                case "domains" -> domains = strings(field);
                case "names" -> names = strings(field);
                case "terms" -> terms = strings(field);
                default -> throw error(field, "unknown field; expected handles, phones, emails, domains, names or terms");
            }
        }
        return new Policy.AllowList(handles, phones, emails, domains, names, terms);
    }

    private void readDeny(Policy.Builder b) throws IOException {
        expect(JsonToken.START_ARRAY, "deny", "a list of terms or {term, severity, message} objects");
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String field = "deny[" + index++ + "]";
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String term = text(field);
                if (term.isBlank()) {
                    throw error(field, "term is blank");
                }
                b.deny(new Policy.DenyTerm(term, null, null));
            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                String term = null;
                Severity severity = null;
                String message = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String sub = p.currentName();
                    p.nextToken();
                    switch (sub) {
                        case "term" -> term = text(field + ".term");
                        case "severity" -> severity = severityOrOff(field + ".severity").severity();
                        case "message" -> message = text(field + ".message");
                        default -> throw error(field + "." + sub, "unknown field; expected term, severity or message");
                    }
                }
                if (term == null || term.isBlank()) {
                    throw error(field + ".term", "missing or blank term");
                }
                b.deny(new Policy.DenyTerm(term, severity, message));
            } else {
                throw error(field, "expected a term or an object with term, severity, message");
            }
        }
    }

    private Policy.Reidentification readReidentification() throws IOException {
        expect(JsonToken.START_OBJECT, "reidentification", "an object with warnAt and blockAt");
        int warnAt = 2;
        int blockAt = 3;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sub = p.currentName();
            String field = "reidentification." + sub;
            p.nextToken();
            switch (sub) {
                case "warnAt" -> warnAt = integer(field);
                case "blockAt" -> blockAt = integer(field);
                default -> throw error(field, "unknown field; expected warnAt or blockAt");
            }
        }
        if (warnAt < 1 || blockAt < warnAt) {
            throw error("reidentification", "need 1 <= warnAt <= blockAt, got warnAt " + warnAt + ", blockAt " + blockAt);
        }
        return new Policy.Reidentification(warnAt, blockAt);
    }

    private Policy.PatientStory readPatientStory() throws IOException {
        double[] t = readThresholds("patientStory", "blockAt", Policy.PatientStory.DEFAULTS.blockAt(),
                Policy.PatientStory.DEFAULTS.doubtBelow());
        return new Policy.PatientStory(t[0], t[1]);
    }

    private Policy.PersonalAdvice readPersonalAdvice() throws IOException {
        double[] t = readThresholds("personalAdvice", "flagAt", Policy.PersonalAdvice.DEFAULTS.flagAt(),
                Policy.PersonalAdvice.DEFAULTS.doubtBelow());
        return new Policy.PersonalAdvice(t[0], t[1]);
    }

    /**
     * A wording model's section: {@code upper} (the score at or above which it acts) and
     * {@code doubtBelow}, both probabilities, doubtBelow not above upper; missing ones keep their defaults.
     */
    private double[] readThresholds(String section, String upper, double upperDefault, double doubtDefault)
            throws IOException {
        expect(JsonToken.START_OBJECT, section, "an object with " + upper + " and doubtBelow");
        double at = upperDefault;
        double doubtBelow = doubtDefault;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sub = p.currentName();
            String field = section + "." + sub;
            p.nextToken();
            if (sub.equals(upper)) {
                at = probability(field);
            } else if (sub.equals("doubtBelow")) {
                doubtBelow = probability(field);
            } else {
                throw error(field, "unknown field; expected " + upper + " or doubtBelow");
            }
        }
        if (doubtBelow > at) {
            throw error(section, "need doubtBelow <= " + upper + ", got doubtBelow " + doubtBelow + ", " + upper + " "
                    + at);
        }
        return new double[] {at, doubtBelow};
    }

    private void expect(JsonToken token, String field, String what) {
        if (p.currentToken() != token) {
            throw error(field, "expected " + what);
        }
    }

    // typed reads with located errors, shared with the rule-file parser
    private PolicyException error(String field, String problem) {
        return fields.error(field, problem);
    }

    private String text(String field) throws IOException {
        return fields.text(field);
    }

    private int integer(String field) throws IOException {
        return fields.integer(field);
    }

    private boolean bool(String field) throws IOException {
        return fields.bool(field);
    }

    private double probability(String field) throws IOException {
        return fields.probability(field, true);
    }

    private <E extends Enum<E>> E enumValue(String field, Class<E> type) throws IOException {
        return fields.choice(field, type);
    }

    private Set<String> strings(String field) throws IOException {
        return new LinkedHashSet<>(fields.strings(field));
    }
}
