package io.pilothouse.core.terminal;

import java.util.List;
import java.util.Objects;

/**
 * What to run in a container: the command (empty = the best shell found: bash, else sh), the user
 * (blank = the container's), the working directory (blank = the container's).
 */
public record ExecRequest(String container, List<String> command, String user, String workingDir, boolean tty) {

    public ExecRequest {
        Objects.requireNonNull(container, "container");
        command = command == null ? List.of() : List.copyOf(command);
        user = user == null ? "" : user.strip();
        workingDir = workingDir == null ? "" : workingDir.strip();
    }

    public ExecRequest(String container, List<String> command, String user, String workingDir) {
        this(container, command, user, workingDir, true);
    }

    public static ExecRequest shell(String container) {
        return new ExecRequest(container, List.of(), "", "", true);
    }

    public ExecRequest withUser(String u) {
        return new ExecRequest(container, command, u, workingDir, tty);
    }

    public ExecRequest withCommand(List<String> c) {
        return new ExecRequest(container, c, user, workingDir, tty);
    }

    /** Without a terminal: stdout and stderr stay apart, no stdin. */
    public ExecRequest withoutTty() {
        return new ExecRequest(container, command, user, workingDir, false);
    }

    /** The command as given to Docker: the shell detection runs in the container itself, in one exec. */
    public List<String> effectiveCommand() {
        if (!command.isEmpty()) {
            return command;
        }
        return List.of("/bin/sh", "-c",
                "if command -v bash >/dev/null 2>&1; then exec bash; else exec sh; fi");
    }

    /** "bash or sh" or the command's first word. */
    public String commandName() {
        if (command.isEmpty()) {
            return "shell";
        }
        String first = command.get(0);
        return first.substring(first.lastIndexOf('/') + 1);
    }
}
