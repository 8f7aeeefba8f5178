package io.pilothouse.desktop.ui.logs;

/** What a piece of a drawn log line is. */
enum RunKind {
    TIME, TAG, STDERR_MARK, TEXT, MARKER
}
