package io.pilothouse.core.logs;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What to look for in a log: plain text or a regular expression, with or without case. */
public record LogQuery(String text, boolean regex, boolean caseSensitive) {

    public LogQuery {
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Null when the query is fine, else the sentence that says what is wrong with the expression. */
    public String problem() {
        if (!regex) {
            return null;
        }
        try {
            Pattern.compile(text);
            return null;
        } catch (PatternSyntaxException e) {
            return "Not a valid regular expression: " + e.getDescription() + " near position " + e.getIndex() + ".";
        }
    }

    /** A matcher for lines; throws {@link IllegalArgumentException} with {@link #problem()} for a bad expression. */
    public LineMatcher matcher() {
        String p = problem();
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        return LineMatcher.of(this);
    }
}
