package io.pilothouse.core.logs;

/**
 * A run of characters of the shown text with one ANSI style: colours as 0xRRGGBB, or -1 for the
 * view's own colour.
 */
public record StyleSpan(int start, int end, int foreground, int background, boolean bold, boolean italic,
                        boolean underline) {

    public boolean isPlain() {
        return foreground < 0 && background < 0 && !bold && !italic && !underline;
    }
}
