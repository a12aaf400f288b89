package org.primum.policy.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primum.policy.PolicyException;

/**
 * Typed reads of the current value of a streaming JSON or YAML parser, each failing with a
 * {@link PolicyException} that names the source, line, column and field. Shared by the policy and
 * rule-file parsers so both report errors the same way.
 */
public final class JsonFields {

    private final JsonParser p;
    private final String source;

    public JsonFields(JsonParser p, String source) {
        this.p = p;
        this.source = source;
    }

    /** An error about {@code field} at the current token. */
    public PolicyException error(String field, String problem) {
        return errorAt(p.currentTokenLocation(), field, problem);
    }

    /** An error about {@code field} at a remembered location. */
    public PolicyException errorAt(JsonLocation loc, String field, String problem) {
        return new PolicyException(source, loc.getLineNr(), loc.getColumnNr(), field, problem);
    }

    public String text(String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error(field, "expected text" + (p.currentToken() == JsonToken.VALUE_NULL ? ", found nothing" : ""));
        }
        return p.getText();
    }

    public String nonBlank(String field) throws IOException {
        String v = text(field);
        if (v.isBlank()) {
            throw error(field, "is blank");
        }
        return v;
    }

    public int integer(String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw error(field, "expected a whole number");
        }
        return p.getIntValue();
    }

    public boolean bool(String field) throws IOException {
        if (p.currentToken() == null || !p.currentToken().isBoolean()) {
            throw error(field, "expected true or false");
        }
        return p.getBooleanValue();
    }

    /** A number in [0, 1], or in (0, 1] when {@code zeroAllowed} is false. */
    public double probability(String field, boolean zeroAllowed) throws IOException {
        if (p.currentToken() == null || !p.currentToken().isNumeric()) {
            throw error(field, "expected a number between 0 and 1");
        }
        double v = p.getDoubleValue();
        boolean ok = zeroAllowed ? v >= 0 && v <= 1 : v > 0 && v <= 1;
        if (!ok) {
            throw error(field, (zeroAllowed ? "must be between 0 and 1" : "must be above 0 and at most 1") + ", got " + v);
        }
        return v;
    }

    /** A list of non-blank texts, stripped, in order. */
    public List<String> strings(String field) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(field, "expected a list of text values");
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(nonBlank(field + "[" + i++ + "]").strip());
        }
        return out;
    }

    /** An enum constant by name, case-insensitive, {@code -} read as {@code _}. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) throws IOException {
        String v = text(field).trim();
        String key = v.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        throw error(field, "'" + v + "' is not one of " + lowerNames(type));
    }

    public static <E extends Enum<E>> String lowerNames(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return String.join(", ", names);
    }
}
