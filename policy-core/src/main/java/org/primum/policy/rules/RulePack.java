package org.primum.policy.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.primum.policy.PolicyException;

/**
 * A set of declarative rules read from one file: either a pack
 * ({@code pack: id, version, description, rules: [...]}) or a single rule, which forms a pack
 * named after its file. Immutable.
 *
 * <p>Packs shipped with Primum are referred to as {@code builtin:NAME} (see {@link #shippedNames()});
 * a policy pulls packs in with {@code extends: [builtin:conflict-of-interest, ./our-rules.yaml]}.
 */
public final class RulePack {

    /** Prefix of references to packs shipped inside Primum. */
    public static final String BUILTIN = "builtin:";
    private static final String RESOURCES = "/org/primum/policy/packs/";
    private static final Map<String, RulePack> SHIPPED = new ConcurrentHashMap<>();

    private final String id;
    private final String version;
    private final String description;
    private final String source;
    private final List<DeclarativeRule> rules;

    RulePack(String id, String version, String description, String source, List<DeclarativeRule> rules) {
        this.id = Objects.requireNonNull(id);
        this.version = version;
        this.description = description;
        this.source = source;
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads a rule file ({@code .yaml}, {@code .yml} or {@code .json}). Files it names
     * ({@code termsFile}) are read relative to its folder, from the local disk only.
     *
     * @throws PolicyException naming file, line, column and field of the first problem
     */
    public static RulePack load(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PolicyException(file.toString(), 0, 0, "", "no such file");
        } catch (MalformedInputException e) {
            throw new PolicyException(file.toString(), 0, 0, "", "file is not valid UTF-8");
        } catch (IOException e) {
            throw new PolicyException(file.toString(), 0, 0, "", "cannot read file: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        return RuleParser.parse(content, RuleParser.Origin.file(file.toString(), dir), baseName(file.toString()));
    }

    /**
     * Parses rule-file text; {@code sourceName} names it in errors and decides JSON or YAML by its
     * extension. Relative {@code termsFile} names resolve against {@code baseDir} (null: the
     * working directory).
     */
    public static RulePack parse(String content, String sourceName, Path baseDir) {
        return RuleParser.parse(content, RuleParser.Origin.file(sourceName, baseDir), baseName(sourceName));
    }

    /**
     * A pack shipped with Primum, by name ({@code conflict-of-interest}) or reference
     * ({@code builtin:conflict-of-interest}). Read once per JVM.
     *
     * @throws PolicyException if there is no such pack
     */
    public static RulePack builtin(String name) {
        String n = name.startsWith(BUILTIN) ? name.substring(BUILTIN.length()) : name;
        if (!shippedNames().contains(n)) {
            throw new PolicyException(BUILTIN + n, 0, 0, "", "no built-in pack named '" + n + "'; built-in packs: "
                    + String.join(", ", shippedNames()));
        }
        return SHIPPED.computeIfAbsent(n, RulePack::readShipped);
    }

    private static RulePack readShipped(String n) {
        String res = RESOURCES + n + ".yaml";
        try (InputStream in = RulePack.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + res);
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return RuleParser.parse(content, RuleParser.Origin.resource(BUILTIN + n + " (packs/" + n + ".yaml)",
                    RESOURCES), n);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + res, e);
        }
    }

    /** Names of the packs shipped with Primum, in the order {@code rules list} shows them. */
    public static List<String> shippedNames() {
        return Index.NAMES;
    }

    /** Every pack shipped with Primum. */
    public static List<RulePack> shipped() {
        List<RulePack> out = new ArrayList<>();
        for (String n : shippedNames()) {
            out.add(builtin(n));
        }
        return out;
    }

    /**
     * A pack by reference: {@code builtin:NAME}, or a path (relative ones resolve against
     * {@code baseDir}, or the working directory when it is null).
     */
    public static RulePack resolve(String reference, Path baseDir) {
        if (reference.startsWith(BUILTIN)) {
            return builtin(reference);
        }
        Path p = Path.of(reference);
        if (!p.isAbsolute() && baseDir != null) {
            p = baseDir.resolve(p);
        }
        return load(p.normalize());
    }

    private static String baseName(String source) {
        String name = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        char[] base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT).toCharArray();
        for (int i = 0; i < base.length; i++) {
            char c = base[i];
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
                base[i] = '-';
            }
        }
        return new String(base);
    }

    public String id() {
        return id;
    }

    /** The pack's version as written, if it has one. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The file (or {@code builtin:NAME}) the pack was read from. */
    public String source() {
        return source;
    }

    public List<DeclarativeRule> rules() {
        return rules;
    }

    public Optional<DeclarativeRule> rule(String ruleId) {
        for (DeclarativeRule r : rules) {
            if (r.id().equals(ruleId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "RulePack[" + id + ", " + rules.size() + " rules, " + source + "]";
    }

    /** The shipped pack names, read from {@code packs/index.txt} once. */
    private static final class Index {
        static final List<String> NAMES = read();

        private static List<String> read() {
            try (InputStream in = RulePack.class.getResourceAsStream(RESOURCES + "index.txt")) {
                if (in == null) {
                    return List.of();
                }
                List<String> out = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        out.add(t);
                    }
                }
                return List.copyOf(out);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the pack index", e);
            }
        }
    }
}
