package vn.congvu.report.word;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tags a Word template may hold, and what each one is. A template is checked against its schema before
 * anything is rendered, so that a tag the program does not fill is reported by name and place instead of
 * silently printing nothing; {@code docs/templates.md} documents the shipped schemas tag by tag.
 *
 * <p>Tag syntax is poi-tl's: {@code {{name}}} text, {@code {{@name}}} a picture, {@code {{?name}}…{{/name}}}
 * a repeated or optional block, and for table rows a tag in the row above a template row whose cells hold
 * {@code [field]}.
 */
public final class TemplateSchema {

    /** What a tag stands for. */
    public enum Kind {
        /** {@code {{name}}}: text; line breaks become Word line breaks */
        TEXT,
        /** {@code {{@name}}}: a photo, or nothing (the paragraph is dropped) */
        PICTURE,
        /** {@code {{?name}}…{{/name}}}: shown when true, with the same tags inside */
        CONDITION,
        /** {@code {{?name}}…{{/name}}}: repeated for each item, with the item's tags inside */
        SECTION,
        /** {@code {{name}}} in a table row: the row below is repeated for each item, its cells hold {@code [field]} */
        ROWS,
        /** {@code {{name}}} alone in a paragraph: replaced by something the program builds (a table, a chart) */
        BLOCK
    }

    /** One tag: its name, kind, a line of help, and for sections and rows the tags of an item. */
    public record Tag(String name, Kind kind, String help, TemplateSchema items) {

        public Tag {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            if ((kind == Kind.SECTION || kind == Kind.ROWS) != (items != null)) {
                throw new IllegalArgumentException("items are given exactly for sections and rows: " + name);
            }
        }
    }

    private final Map<String, Tag> tags;

    private TemplateSchema(Map<String, Tag> tags) {
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Tag> tag(String name) {
        return Optional.ofNullable(tags.get(name));
    }

    /** The tags in the order they were declared (the order of the documentation). */
    public Map<String, Tag> tags() {
        return tags;
    }

    /** Builds a schema; the built schema cannot change. */
    public static final class Builder {

        private final Map<String, Tag> tags = new LinkedHashMap<>();

        private Builder add(Tag tag) {
            if (tags.putIfAbsent(tag.name(), tag) != null) {
                throw new IllegalArgumentException("tag declared twice: " + tag.name());
            }
            return this;
        }

        public Builder text(String name, String help) {
            return add(new Tag(name, Kind.TEXT, help, null));
        }

        public Builder picture(String name, String help) {
            return add(new Tag(name, Kind.PICTURE, help, null));
        }

        public Builder condition(String name, String help) {
            return add(new Tag(name, Kind.CONDITION, help, null));
        }

        public Builder section(String name, String help, TemplateSchema items) {
            return add(new Tag(name, Kind.SECTION, help, items));
        }

        public Builder rows(String name, String help, TemplateSchema items) {
            return add(new Tag(name, Kind.ROWS, help, items));
        }

        public Builder block(String name, String help) {
            return add(new Tag(name, Kind.BLOCK, help, null));
        }

        public TemplateSchema build() {
            return new TemplateSchema(tags);
        }
    }
}
