package org.primum.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.primum.policy.Draft;

/**
 * Reads a {@link Draft} from a JSON object: {@code text} (required), and optionally
 * {@code platform}, {@code replyTo}, {@code language}, {@code authorHandles}, {@code mentions},
 * {@code altTexts}. Other fields (such as {@code id}) are ignored. Used by JSONL post queues and
 * the example service, so both accept the same objects.
 */
public final class DraftJson {

    /** A field of the object has the wrong type; the message names the field. */
    public static final class DraftJsonException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        DraftJsonException(String message) {
            super(message);
        }
    }

    private DraftJson() {}

    /**
     * The draft described by {@code node}, whose text is the field {@code textField}.
     *
     * @throws DraftJsonException naming the field when a field is missing or has the wrong type
     */
    public static Draft read(JsonNode node, String textField) {
        if (node == null || !node.isObject()) {
            throw new DraftJsonException("expected a JSON object with \"" + textField + "\"");
        }
        JsonNode text = path(node, textField);
        if (text == null || text.isNull() || text.isMissingNode()) {
            throw new DraftJsonException(textField + ": missing");
        }
        if (!text.isTextual()) {
            throw new DraftJsonException(textField + ": expected a string");
        }
        Draft.Builder b = Draft.builder(text.textValue());
        b.platform(optionalText(node, "platform"));
        b.replyTo(optionalText(node, "replyTo"));
        b.language(optionalText(node, "language"));
        for (String h : texts(node, "authorHandles")) {
            b.authorHandle(h);
        }
        for (String m : texts(node, "mentions")) {
            b.mention(m);
        }
        for (String a : texts(node, "altTexts")) {
            b.altText(a);
        }
        return b.build();
    }

    /** The node at a dotted path ({@code post.body}), or {@code null}. */
    public static JsonNode path(JsonNode node, String dotted) {
        JsonNode at = node;
        for (String part : dotted.split("\\.", -1)) {
            if (at == null || !at.isObject()) {
                return null;
            }
            at = at.get(part);
        }
        return at;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new DraftJsonException(field + ": expected a string");
        }
        return v.textValue();
    }

    private static Iterable<String> texts(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return java.util.List.of();
        }
        if (!v.isArray()) {
            throw new DraftJsonException(field + ": expected a list of strings");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new DraftJsonException(field + "[" + i + "]: expected a string");
            }
            out.add(e.textValue());
            i++;
        }
        return out;
    }
}
