package io.pilothouse.cli;

/** The person at the keyboard, when there is one. */
public interface Terminal {

    /** True when questions can be asked (a console is attached). */
    boolean interactive();

    /** Prints {@code prompt} and reads a line; null at end of input. */
    String readLine(String prompt);

    /** Prints {@code prompt} and reads without echo; null at end of input. */
    char[] readPassword(String prompt);
}
