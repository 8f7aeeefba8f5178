package io.pilothouse.desktop.ui.logs;

/**
 * A piece of a log line as it is drawn: its text, what it is (timestamp, source tag, stderr mark,
 * text, marker), its ANSI colours (0xRRGGBB, or -1 for the default), weight and whether a search
 * matched it.
 */
record TextRun(String text, RunKind kind, int foreground, int background, boolean bold, boolean italic,
               boolean underline, boolean match) {

    static TextRun of(String text, RunKind kind) {
        return new TextRun(text, kind, -1, -1, false, false, false, false);
    }
}
