package io.pilothouse.core.terminal;

/**
 * How closing a terminal went: whether the process it started is known to be gone, and the
 * sentence to show when it is not.
 */
public record CloseReport(boolean ended, String sentence) {

    public static CloseReport ended(String sentence) {
        return new CloseReport(true, sentence);
    }

    public static CloseReport notEnded(String sentence) {
        return new CloseReport(false, sentence);
    }
}
