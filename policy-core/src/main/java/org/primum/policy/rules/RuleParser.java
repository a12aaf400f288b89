package org.primum.policy.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.PolicyException;
import org.primum.policy.Severity;
import org.primum.policy.internal.JsonFields;
import org.primum.policy.internal.LexiconFile;
import org.primum.policy.spi.Token;

/**
 * Reads rule files (one rule, or a pack of rules) from YAML or JSON with Jackson's streaming
 * parser, so that every error names the file, line, column and field it is about. Unknown
 * fields, fields that do not apply to the rule's kind, duplicate keys, unsafe patterns and
 * malformed examples are all errors.
 */
final class RuleParser {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*+");
    private static final String LEXICONS = "/org/primum/policy/lexicon/";
    private static final int MAX_WITHIN = 50;

    private static final List<String> COMMON = List.of("id", "kind", "category", "type", "severity", "message",
            "summary", "description", "suggestion", "fix", "confidence", "references", "examples");
    /** Fields each kind takes beyond the common ones. */
    private static final Map<DeclarativeRule.Kind, List<String>> KIND_FIELDS = Map.of(
            DeclarativeRule.Kind.TERMS, List.of("terms", "termsFile", "lexicon", "caseSensitive", "variants",
                    "wordBoundaries", "exceptions", "unless", "unlessIn"),
            DeclarativeRule.Kind.PATTERN, List.of("pattern", "group", "caseSensitive", "validator", "minLength",
                    "maxLength", "tokens", "exceptions", "unless", "unlessIn"),
            DeclarativeRule.Kind.NEAR, List.of("a", "b", "within", "order", "span", "sameSentence", "caseSensitive",
                    "variants", "unless", "unlessIn"),
            DeclarativeRule.Kind.REQUIRES, List.of("when", "require", "caseSensitive", "variants", "unless",
                    "unlessIn"),
            DeclarativeRule.Kind.LIMIT, List.of("count", "max"));
    private static final Set<String> ALL_FIELDS;

    static {
        Set<String> all = new LinkedHashSet<>(COMMON);
        for (DeclarativeRule.Kind k : DeclarativeRule.Kind.values()) {
            all.addAll(KIND_FIELDS.get(k));
        }
        ALL_FIELDS = all;
    }

    /** Where a rule file lives, to resolve the files it names ({@code termsFile}, {@code file}). */
    static final class Origin {
        private final String display;
        private final Path dir;
        private final String resourceDir;

        private Origin(String display, Path dir, String resourceDir) {
            this.display = display;
            this.dir = dir;
            this.resourceDir = resourceDir;
        }

        /** A file on disk; relative names resolve against its directory. */
        static Origin file(String display, Path dir) {
            return new Origin(display, dir, null);
        }

        /** A class-path resource; relative names resolve against its resource directory. */
        static Origin resource(String display, String resourceDir) {
            return new Origin(display, null, resourceDir);
        }

        String display() {
            return display;
        }

        String describe(String name) {
            if (resourceDir != null) {
                return name;
            }
            return dir == null ? name : dir.resolve(name).normalize().toString();
        }

        /** The named file's text. Local files only: nothing is ever fetched over a network. */
        String read(String name) throws IOException {
            if (resourceDir != null) {
                try (InputStream in = RuleParser.class.getResourceAsStream(resourceDir + name)) {
                    if (in == null) {
                        throw new NoSuchFileException(name);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path p = dir == null ? Path.of(name) : dir.resolve(name);
            return Files.readString(p.normalize(), StandardCharsets.UTF_8);
        }
    }

    private final JsonParser p;
    private final Origin origin;
    private final String source;
    private final JsonFields fields;

    private RuleParser(JsonParser p, Origin origin) {
        this.p = p;
        this.origin = origin;
        this.source = origin.display();
        this.fields = new JsonFields(p, source);
    }

    static RulePack parse(String content, Origin origin, String defaultPackId) {
        String name = origin.display().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json")
                || (!name.endsWith(".yaml") && !name.endsWith(".yml") && content.stripLeading().startsWith("{"));
        try (JsonParser parser = (json ? JSON : YAML).createParser(content)) {
            return new RuleParser(parser, origin).readFile(defaultPackId);
        } catch (PolicyException e) {
            throw e;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new PolicyException(origin.display(), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "",
                    "malformed " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PolicyException(origin.display(), 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ errors

    private PolicyException error(String field, String problem) {
        return fields.error(field, problem);
    }

    private PolicyException errorAt(JsonLocation loc, String field, String problem) {
        return fields.errorAt(loc, field, problem);
    }

    // ------------------------------------------------------------------ file and pack

    private RulePack readFile(String defaultPackId) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new PolicyException(source, 1, 1, "", "rule file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw error("", "a rule file must be an object: one rule (id, kind, message, ...) or a pack "
                    + "(pack, version, description, rules)");
        }
        JsonLocation fileStart = p.currentTokenLocation();
        String packId = null;
        JsonLocation packAt = null;
        String version = null;
        String description = null;
        List<DeclarativeRule> rules = null;
        JsonLocation rulesAt = null;
        Spec single = new Spec("", fileStart);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            switch (field) {
                case "pack" -> {
                    packAt = p.currentTokenLocation();
                    packId = text("pack");
                    if (!ID.matcher(packId).matches()) {
                        throw error("pack", "'" + packId + "' is not a valid pack id: use lower-case letters, digits "
                                + "and . _ - (e.g. conflict-of-interest)");
                    }
                }
                case "version" -> version = scalar("version");
                case "rules" -> {
                    rulesAt = at;
                    rules = readRules();
                }
                default -> {
                    if (field.equals("description")) {
                        description = text("description");
                        single.put("description", at, description);
                    } else if (ALL_FIELDS.contains(field)) {
                        readField(single, field, at);
                    } else {
                        throw errorAt(at, field, "unknown field; a rule file holds one rule (" + String.join(", ",
                                ALL_FIELDS) + ") or a pack (pack, version, description, rules)");
                    }
                }
            }
        }
        boolean isPack = packId != null || rules != null;
        if (isPack) {
            for (Map.Entry<String, JsonLocation> e : single.at.entrySet()) {
                if (!e.getKey().equals("description")) {
                    throw errorAt(e.getValue(), e.getKey(), "rule fields belong under 'rules:' in a pack");
                }
            }
            if (packId == null) {
                throw errorAt(fileStart, "pack", "a pack needs an id: pack: my-pack");
            }
            if (rules == null) {
                throw errorAt(packAt, "rules", "a pack needs a list of rules");
            }
            if (rules.isEmpty()) {
                throw errorAt(rulesAt, "rules", "the pack has no rules");
            }
            List<DeclarativeRule> inPack = new ArrayList<>();
            for (DeclarativeRule r : rules) {
                inPack.add(r.inPack(packId));
            }
            return new RulePack(packId, version, description, source, inPack);
        }
        if (version != null) {
            throw errorAt(fileStart, "version", "only packs have a version");
        }
        if (single.at.isEmpty() || (single.at.size() == 1 && single.at.containsKey("description"))) {
            throw errorAt(fileStart, "", "a rule file needs a rule (id, kind, message, ...) or a pack (pack, rules)");
        }
        DeclarativeRule rule = build(single).inPack(defaultPackId);
        return new RulePack(defaultPackId, null, null, source, List.of(rule));
    }

    private List<DeclarativeRule> readRules() throws IOException {
        expect(JsonToken.START_ARRAY, "rules", "a list of rules");
        List<DeclarativeRule> out = new ArrayList<>();
        Map<String, JsonLocation> ids = new LinkedHashMap<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = "rules[" + index++ + "]";
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(path, "expected a rule: an object with id, kind, message, ...");
            }
            Spec spec = new Spec(path + ".", p.currentTokenLocation());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                if (!ALL_FIELDS.contains(field)) {
                    throw errorAt(at, spec.path + field, "unknown field; a rule takes " + String.join(", ", ALL_FIELDS));
                }
                readField(spec, field, at);
            }
            DeclarativeRule rule = build(spec);
            JsonLocation previous = ids.putIfAbsent(rule.id(), spec.at.get("id"));
            if (previous != null) {
                throw errorAt(spec.at.get("id"), spec.path + "id", "duplicate rule id '" + rule.id()
                        + "' (first used on line " + previous.getLineNr() + ")");
            }
            out.add(rule);
        }
        return out;
    }

    // ------------------------------------------------------------------ one rule

    /** A phrase list as written: a list of phrases or {terms, file, lexicon, tokens}. */
    private record Phrases(List<String> terms, String file, JsonLocation fileAt, String lexicon,
            JsonLocation lexiconAt, Set<Token.Kind> kinds, JsonLocation at) {}

    /** A rule's fields as read, with where each was written. */
    private static final class Spec {
        final String path;
        final JsonLocation start;
        final Map<String, JsonLocation> at = new LinkedHashMap<>();
        final Map<String, Object> values = new LinkedHashMap<>();
        final List<RuleExample> examples = new ArrayList<>();

        Spec(String path, JsonLocation start) {
            this.path = path;
            this.start = start;
        }

        void put(String field, JsonLocation where, Object value) {
            at.put(field, where);
            values.put(field, value);
        }

        boolean has(String field) {
            return values.containsKey(field);
        }

        @SuppressWarnings("unchecked")
        <T> T get(String field) {
            return (T) values.get(field);
        }
    }

    private void readField(Spec s, String field, JsonLocation at) throws IOException {
        String f = s.path + field;
        Object value = switch (field) {
            case "id" -> {
                String id = text(f);
                if (!ID.matcher(id).matches()) {
                    throw error(f, "'" + id + "' is not a valid rule id: use lower-case letters, digits and . _ - "
                            + "(e.g. coi.undisclosed_promotion)");
                }
                yield id;
            }
            case "kind" -> choice(f, DeclarativeRule.Kind.class, null);
            case "category" -> choice(f, Category.class, null);
            case "type" -> choice(f, FindingType.class, null);
            case "severity" -> {
                Severity sev = choice(f, Severity.class, null);
                yield sev;
            }
            case "message", "summary", "description", "suggestion" -> nonBlank(f);
            case "termsFile" -> nonBlank(f);
            case "lexicon" -> nonBlank(f);
            case "pattern" -> text(f);
            case "validator" -> choice(f, Validators.Kind.class, null);
            case "order" -> {
                String v = text(f).trim().toLowerCase(Locale.ROOT);
                if (!v.equals("any") && !v.equals("a-first")) {
                    throw error(f, "'" + v + "' is not an order; use any or a-first");
                }
                yield v;
            }
            case "span" -> choice(f, NearCheck.Span.class, null);
            case "count" -> choice(f, LimitCheck.Count.class, null);
            case "unlessIn" -> {
                String v = text(f).trim().toLowerCase(Locale.ROOT);
                if (!v.equals("sentence") && !v.equals("post")) {
                    throw error(f, "'" + v + "' is not a scope; use sentence or post");
                }
                yield v;
            }
            case "variants" -> choice(f, PhraseList.Variants.class, null);
            case "confidence" -> probability(f);
            case "group", "minLength", "maxLength", "max" -> {
                int v = integer(f);
                if (v < 0) {
                    throw error(f, "must not be negative");
                }
                yield v;
            }
            case "within" -> {
                int v = integer(f);
                if (v < 0 || v > MAX_WITHIN) {
                    throw error(f, "must be a number of words from 0 to " + MAX_WITHIN);
                }
                yield v;
            }
            case "caseSensitive", "wordBoundaries", "sameSentence" -> bool(f);
            case "references" -> strings(f);
            case "terms", "exceptions", "unless", "a", "b", "when", "require" -> phrases(f);
            case "tokens" -> kinds(f);
            case "fix" -> fix(f);
            case "examples" -> {
                examples(s, f);
                yield Boolean.TRUE;
            }
            default -> throw new IllegalStateException(field);
        };
        s.put(field, at, value);
    }

    private DeclarativeRule build(Spec s) throws IOException {
        String path = s.path;
        for (String required : List.of("id", "kind", "message")) {
            if (!s.has(required)) {
                throw errorAt(s.start, path + required, "missing; every rule needs id, kind and message");
            }
        }
        DeclarativeRule.Kind kind = s.get("kind");
        List<String> allowed = KIND_FIELDS.get(kind);
        for (Map.Entry<String, JsonLocation> e : s.at.entrySet()) {
            String field = e.getKey();
            if (!COMMON.contains(field) && !allowed.contains(field)) {
                List<String> owners = new ArrayList<>();
                for (DeclarativeRule.Kind k : DeclarativeRule.Kind.values()) {
                    if (KIND_FIELDS.get(k).contains(field)) {
                        owners.add(k.lower());
                    }
                }
                throw errorAt(e.getValue(), path + field, "does not apply to a " + kind.lower() + " rule (it is for "
                        + String.join(", ", owners) + " rules); a " + kind.lower() + " rule takes "
                        + String.join(", ", allowed));
            }
        }
        String id = s.get("id");
        Category category = s.has("category") ? s.get("category") : Category.CUSTOM;
        FindingType type = s.has("type") ? s.get("type") : FindingType.CUSTOM;
        Severity severity = s.has("severity") ? s.get("severity") : Severity.WARN;
        boolean quiet = category == Category.PHI;
        Set<String> placeholders = DeclarativeRule.placeholders(kind);
        checkPlaceholders(s, "message", placeholders, quiet);
        if (s.has("suggestion")) {
            checkPlaceholders(s, "suggestion", placeholders, quiet);
        }
        boolean caseSensitive = s.has("caseSensitive") ? s.<Boolean>get("caseSensitive") : kind == DeclarativeRule.Kind.PATTERN;
        PhraseList.Variants variants = s.has("variants") ? s.get("variants") : PhraseList.Variants.NONE;

        DeclarativeRule.Fix fix = s.get("fix");
        if (fix != null) {
            boolean spanKind = kind == DeclarativeRule.Kind.TERMS || kind == DeclarativeRule.Kind.PATTERN
                    || kind == DeclarativeRule.Kind.NEAR;
            if (fix.replace() != null && !spanKind) {
                throw errorAt(s.at.get("fix"), path + "fix.replace", "a " + kind.lower()
                        + " rule cannot fix by replacing its span; "
                        + (kind == DeclarativeRule.Kind.REQUIRES ? "use append" : "give a suggestion instead"));
            }
            if (fix.append() != null && kind != DeclarativeRule.Kind.REQUIRES) {
                throw errorAt(s.at.get("fix"), path + "fix.append", "only requires rules fix by appending; use replace");
            }
        }

        PhraseList unless = s.has("unless") ? resolve(s, "unless", caseSensitive, variants) : null;
        boolean unlessInPost = s.has("unlessIn") ? s.get("unlessIn").equals("post") : kind == DeclarativeRule.Kind.REQUIRES;
        if (s.has("unlessIn") && unless == null) {
            throw errorAt(s.at.get("unlessIn"), path + "unlessIn", "unlessIn needs an unless list");
        }

        Check check = switch (kind) {
            case TERMS -> terms(s, caseSensitive, variants, quiet);
            case PATTERN -> pattern(s, caseSensitive, quiet);
            case NEAR -> {
                PhraseList a = need(s, "a", caseSensitive, variants);
                PhraseList b = need(s, "b", caseSensitive, variants);
                if (!s.has("within")) {
                    throw errorAt(s.start, path + "within", "missing; a near rule needs within: N (words between A and B)");
                }
                yield new NearCheck(a, b, s.<Integer>get("within"), "a-first".equals(s.get("order")),
                        !s.has("sameSentence") || s.<Boolean>get("sameSentence"),
                        s.has("span") ? s.get("span") : NearCheck.Span.BOTH, quiet);
            }
            case REQUIRES -> new RequiresCheck(need(s, "when", caseSensitive, variants),
                    need(s, "require", caseSensitive, variants), quiet);
            case LIMIT -> {
                if (!s.has("count")) {
                    throw errorAt(s.start, path + "count", "missing; a limit rule needs count: one of "
                            + lowerNames(LimitCheck.Count.class));
                }
                if (!s.has("max")) {
                    throw errorAt(s.start, path + "max", "missing; a limit rule needs max: N");
                }
                yield new LimitCheck(s.get("count"), s.<Integer>get("max"));
            }
        };
        double confidence = s.has("confidence") ? s.<Double>get("confidence") : 1.0;
        List<String> references = s.has("references") ? s.get("references") : List.of();
        return new DeclarativeRule(id, kind, category, type, severity, s.get("message"), s.get("summary"),
                s.get("description"), s.get("suggestion"), fix, confidence, references, s.examples, null, source,
                s.start.getLineNr(), check, unless, unlessInPost);
    }

    private void checkPlaceholders(Spec s, String field, Set<String> allowed, boolean quiet) {
        String text = s.get(field);
        int i = 0;
        while ((i = text.indexOf('{', i)) >= 0) {
            int close = text.indexOf('}', i);
            if (close < 0) {
                break;
            }
            String name = text.substring(i + 1, close);
            if (!name.isEmpty() && name.chars().allMatch(Character::isLetter)) {
                if (!allowed.contains(name)) {
                    throw errorAt(s.at.get(field), s.path + field, "unknown placeholder {" + name + "}; this kind of "
                            + "rule offers " + braces(allowed));
                }
                if (quiet && (name.equals("match") || name.equals("a") || name.equals("b"))) {
                    throw errorAt(s.at.get(field), s.path + field, "a phi rule must not repeat the matched text ({"
                            + name + "}) in its " + field + ": findings reach CI logs and reports");
                }
            }
            i = close + 1;
        }
    }

    private static String braces(Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : new TreeSet<>(names)) {
            out.add("{" + n + "}");
        }
        return String.join(", ", out);
    }

    private Check terms(Spec s, boolean caseSensitive, PhraseList.Variants variants, boolean quiet) throws IOException {
        List<String> all = new ArrayList<>();
        Set<Token.Kind> kinds = EnumSet.noneOf(Token.Kind.class);
        List<String> origins = new ArrayList<>();
        if (s.has("terms")) {
            Phrases ph = s.get("terms");
            all.addAll(read(s, "terms", ph));
            kinds.addAll(ph.kinds());
            origins.add(ph.file() != null ? "terms from " + ph.file() : "terms");
        }
        if (s.has("termsFile")) {
            String file = s.get("termsFile");
            all.addAll(readFile(s, "termsFile", s.at.get("termsFile"), file));
            origins.add(file);
        }
        if (s.has("lexicon")) {
            String lex = s.get("lexicon");
            all.addAll(lexicon(s, "lexicon", s.at.get("lexicon"), lex));
            origins.add("lexicon " + lex);
        }
        if (all.isEmpty() && kinds.isEmpty()) {
            throw errorAt(s.has("terms") ? s.at.get("terms") : s.start, s.path + "terms",
                    "a terms rule needs at least one term (terms, termsFile or lexicon)");
        }
        boolean boundaries = !s.has("wordBoundaries") || s.<Boolean>get("wordBoundaries");
        if (!boundaries && s.has("variants") && variants != PhraseList.Variants.NONE) {
            throw errorAt(s.at.get("variants"), s.path + "variants", "variants need wordBoundaries: true");
        }
        PhraseList exceptions = s.has("exceptions") ? resolve(s, "exceptions", caseSensitive, variants) : null;
        String origin = all.size() + " term" + (all.size() == 1 ? "" : "s") + " (" + String.join(", ", origins) + ")"
                + (variants == PhraseList.Variants.NONE ? "" : " with " + variants.name().toLowerCase(Locale.ROOT)
                        + " variants");
        return new TermsCheck(PhraseList.of(all, kinds, caseSensitive, variants), all, exceptions, boundaries,
                caseSensitive, origin, quiet);
    }

    private Check pattern(Spec s, boolean caseSensitive, boolean quiet) throws IOException {
        String f = s.path + "pattern";
        if (!s.has("pattern")) {
            throw errorAt(s.start, f, "missing; a pattern rule needs pattern: a Java regular expression");
        }
        String regex = s.get("pattern");
        JsonLocation at = s.at.get("pattern");
        if (regex.isEmpty()) {
            throw errorAt(at, f, "pattern is empty");
        }
        String unsafe = SafeRegex.problem(regex);
        if (unsafe != null) {
            throw errorAt(at, f, unsafe);
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw errorAt(at, f, "not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
        if (compiled.matcher("").matches()) {
            throw errorAt(at, f, "pattern matches empty text; it must match at least one character");
        }
        int group = s.has("group") ? s.<Integer>get("group") : 0;
        if (group > compiled.matcher("").groupCount()) {
            throw errorAt(s.at.get("group"), s.path + "group", "the pattern has " + compiled.matcher("").groupCount()
                    + " capture group(s); group " + group + " does not exist");
        }
        Validators.Kind validator = s.get("validator");
        int min = s.has("minLength") ? s.<Integer>get("minLength") : 0;
        int max = s.has("maxLength") ? s.<Integer>get("maxLength") : Integer.MAX_VALUE;
        if (validator == Validators.Kind.LENGTH && !s.has("minLength") && !s.has("maxLength")) {
            throw errorAt(s.at.get("validator"), s.path + "validator", "the length validator needs minLength and/or maxLength");
        }
        if (min > max) {
            throw errorAt(s.at.get("minLength"), s.path + "minLength", "minLength " + min + " is above maxLength " + max);
        }
        Set<Token.Kind> tokens = s.has("tokens") ? s.get("tokens") : Set.of();
        PhraseList exceptions = s.has("exceptions") ? resolve(s, "exceptions", false, PhraseList.Variants.NONE) : null;
        return new PatternCheck(compiled, group, tokens, validator, min, max, exceptions, quiet);
    }

    private PhraseList need(Spec s, String field, boolean caseSensitive, PhraseList.Variants variants) throws IOException {
        if (!s.has(field)) {
            throw errorAt(s.start, s.path + field, "missing; a " + s.<DeclarativeRule.Kind>get("kind").lower()
                    + " rule needs " + field + ": a list of phrases");
        }
        return resolve(s, field, caseSensitive, variants);
    }

    private PhraseList resolve(Spec s, String field, boolean caseSensitive, PhraseList.Variants variants)
            throws IOException {
        Phrases ph = s.get(field);
        List<String> terms = read(s, field, ph);
        if (terms.isEmpty() && ph.kinds().isEmpty()) {
            throw errorAt(ph.at(), s.path + field, "the list is empty");
        }
        return PhraseList.of(terms, ph.kinds(), caseSensitive, variants);
    }

    /** Every phrase of a list: written ones, then those of its file and lexicon. */
    private List<String> read(Spec s, String field, Phrases ph) throws IOException {
        List<String> out = new ArrayList<>(ph.terms());
        if (ph.file() != null) {
            out.addAll(readFile(s, field + ".file", ph.fileAt(), ph.file()));
        }
        if (ph.lexicon() != null) {
            out.addAll(lexicon(s, field + ".lexicon", ph.lexiconAt(), ph.lexicon()));
        }
        for (String t : out) {
            if (PhraseList.split(t, true).length == 0) {
                throw errorAt(ph.at(), s.path + field, "'" + t + "' has no words or symbols to match");
            }
        }
        return out;
    }

    /** Terms from a local file: one per line, {@code #} comments and blank lines skipped. */
    private List<String> readFile(Spec s, String field, JsonLocation at, String name) {
        String content;
        try {
            content = origin.read(name);
        } catch (NoSuchFileException e) {
            throw errorAt(at, s.path + field, "no such file: " + origin.describe(name)
                    + " (relative names are resolved against the rule file's folder)");
        } catch (java.nio.charset.MalformedInputException e) {
            throw errorAt(at, s.path + field, origin.describe(name) + " is not valid UTF-8");
        } catch (IOException e) {
            throw errorAt(at, s.path + field, "cannot read " + origin.describe(name) + ": " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        for (String line : content.split("\r\n|\r|\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw errorAt(at, s.path + field, origin.describe(name) + " holds no terms");
        }
        return out;
    }

    /** Entries of a built-in lexicon ({@code drugs}, or one section: {@code drugs:cardiology}). */
    private List<String> lexicon(Spec s, String field, JsonLocation at, String spec) throws IOException {
        int colon = spec.indexOf(':');
        String name = (colon < 0 ? spec : spec.substring(0, colon)).trim();
        String section = colon < 0 ? null : spec.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        if (!ID.matcher(name).matches()) {
            throw errorAt(at, s.path + field, "'" + name + "' is not a lexicon name");
        }
        List<LexiconFile.Entry> entries = LexiconFile.read(LEXICONS + name + ".txt").orElseThrow(() -> errorAt(at,
                s.path + field, "no built-in lexicon named '" + name + "' (e.g. drugs, symptoms_conditions, "
                        + "tests_procedures, advice_directives)"));
        List<String> out = new ArrayList<>();
        Set<String> sections = new LinkedHashSet<>();
        for (LexiconFile.Entry e : entries) {
            if (e.section() != null) {
                sections.add(e.section());
            }
            if (section == null || section.equals(e.section())) {
                out.addAll(e.variants());
            }
        }
        if (out.isEmpty()) {
            throw errorAt(at, s.path + field, "lexicon " + name + " has no section '" + section + "'; sections: "
                    + String.join(", ", sections));
        }
        return out;
    }

    // ------------------------------------------------------------------ values

    private Phrases phrases(String field) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return new Phrases(List.of(nonBlank(field)), null, null, null, null, Set.of(), at);
        }
        if (t == JsonToken.START_ARRAY) {
            return new Phrases(strings(field), null, null, null, null, Set.of(), at);
        }
        if (t != JsonToken.START_OBJECT) {
            throw error(field, "expected a list of phrases, or an object with terms, file, lexicon and/or tokens");
        }
        List<String> terms = List.of();
        String file = null;
        JsonLocation fileAt = null;
        String lexicon = null;
        JsonLocation lexiconAt = null;
        Set<Token.Kind> kinds = Set.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sub = p.currentName();
            p.nextToken();
            String f = field + "." + sub;
            switch (sub) {
                case "terms" -> terms = strings(f);
                case "file" -> {
                    fileAt = p.currentTokenLocation();
                    file = nonBlank(f);
                }
                case "lexicon" -> {
                    lexiconAt = p.currentTokenLocation();
                    lexicon = nonBlank(f);
                }
                case "tokens" -> kinds = kinds(f);
                default -> throw error(f, "unknown field; a phrase list takes terms, file, lexicon and tokens");
            }
        }
        if (terms.isEmpty() && file == null && lexicon == null && kinds.isEmpty()) {
            throw errorAt(at, field, "the list is empty: give terms, file, lexicon or tokens");
        }
        return new Phrases(terms, file, fileAt, lexicon, lexiconAt, kinds, at);
    }

    private Set<Token.Kind> kinds(String field) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(field, "expected a list of token kinds: " + lowerNames(Token.Kind.class));
        }
        Set<Token.Kind> out = EnumSet.noneOf(Token.Kind.class);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(choice(field + "[" + i++ + "]", Token.Kind.class, null));
        }
        if (out.isEmpty()) {
            throw error(field, "the list is empty");
        }
        return out;
    }

    private DeclarativeRule.Fix fix(String field) throws IOException {
        expect(JsonToken.START_OBJECT, field, "an object with replace: TEXT or append: TEXT");
        JsonLocation at = p.currentTokenLocation();
        String replace = null;
        String append = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sub = p.currentName();
            p.nextToken();
            switch (sub) {
                case "replace" -> replace = text(field + ".replace");
                case "append" -> append = nonBlank(field + ".append");
                default -> throw error(field + "." + sub, "unknown field; a fix takes replace or append");
            }
        }
        if ((replace == null) == (append == null)) {
            throw errorAt(at, field, "a fix takes exactly one of replace and append");
        }
        return new DeclarativeRule.Fix(replace, append);
    }

    private void examples(Spec s, String field) throws IOException {
        expect(JsonToken.START_OBJECT, field, "an object with fire: [...] and pass: [...]");
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sub = p.currentName();
            p.nextToken();
            String f = field + "." + sub;
            boolean fire = switch (sub) {
                case "fire" -> true;
                case "pass" -> false;
                default -> throw error(f, "unknown field; examples take fire and pass");
            };
            seen.add(sub);
            expect(JsonToken.START_ARRAY, f, "a list of example texts");
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String ef = f + "[" + i++ + "]";
                JsonLocation at = p.currentTokenLocation();
                String text = text(ef);
                RuleExample.Marked m;
                try {
                    m = RuleExample.unmark(text);
                } catch (IllegalArgumentException e) {
                    throw errorAt(at, ef, e.getMessage());
                }
                if (m.text().isBlank()) {
                    throw errorAt(at, ef, "example text is blank");
                }
                if (!fire && !m.spans().isEmpty()) {
                    throw errorAt(at, ef, "a pass example cannot mark a span with [[...]]");
                }
                s.examples.add(new RuleExample(fire, m.text(), m.spans(), source, at.getLineNr()));
            }
        }
        if (seen.isEmpty()) {
            throw error(field, "examples need fire: [...] and/or pass: [...]");
        }
    }

    private void expect(JsonToken token, String field, String what) {
        if (p.currentToken() != token) {
            throw error(field, "expected " + what);
        }
    }

    private String text(String field) throws IOException {
        return fields.text(field);
    }

    private String nonBlank(String field) throws IOException {
        return fields.nonBlank(field);
    }

    /** Text or a number written as text ({@code version: 1.2}). */
    private String scalar(String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING || p.currentToken().isNumeric()) {
            return p.getText();
        }
        throw error(field, "expected text or a number");
    }

    private int integer(String field) throws IOException {
        return fields.integer(field);
    }

    private boolean bool(String field) throws IOException {
        return fields.bool(field);
    }

    private double probability(String field) throws IOException {
        return fields.probability(field, false);
    }

    private List<String> strings(String field) throws IOException {
        return fields.strings(field);
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type, E dflt) throws IOException {
        return fields.choice(field, type);
    }

    private static <E extends Enum<E>> String lowerNames(Class<E> type) {
        return JsonFields.lowerNames(type);
    }
}
