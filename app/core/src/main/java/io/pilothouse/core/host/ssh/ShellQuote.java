package io.pilothouse.core.host.ssh;

/** Quotes a word for a POSIX shell so that it is passed through literally. */
final class ShellQuote {

    private ShellQuote() {
    }

    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
