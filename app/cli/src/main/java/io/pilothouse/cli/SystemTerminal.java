package io.pilothouse.cli;

import java.io.Console;

/** The process's console, if it has one. */
public final class SystemTerminal implements Terminal {

    private final Console console = System.console();

    @Override
    public boolean interactive() {
        return console != null;
    }

    @Override
    public String readLine(String prompt) {
        return console == null ? null : console.readLine("%s", prompt);
    }

    @Override
    public char[] readPassword(String prompt) {
        return console == null ? null : console.readPassword("%s", prompt);
    }
}
