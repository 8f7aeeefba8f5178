package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import io.pilothouse.core.model.MaintenanceHold;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds maintenance lock holders on the host, whoever started them: a holder is an exec running
 * {@link LockHolderScript} (recognised by the signature on its first line), and its arguments say
 * who, since when, which paths and which session. Reads only what the engine already knows (exec
 * inspects), so looking starts nothing in the container and fires no events.
 */
public final class MaintenanceHolders {

    /** Index of the first script argument in the exec's arguments ({@code -c TEXT holder ...}). */
    private static final int FIRST = 3;

    private MaintenanceHolders() {
    }

    /**
     * True when an engine event's action announces that a holder started
     * ({@code exec_start: /bin/sh -c # pilothouse maintenance lock holder ...}).
     */
    public static boolean announced(String eventAction) {
        return eventAction != null && eventAction.startsWith("exec_start") && eventAction.contains(LockHolderScript.SIGNATURE);
    }

    /** The hold an exec's command line describes, when it is a lock holder. */
    public static Optional<MaintenanceHold> recognise(String execId, String entrypoint, List<String> arguments) {
        if (entrypoint == null || arguments == null || arguments.size() < FIRST + 6
                || !"-c".equals(arguments.get(0)) || !arguments.get(1).contains(LockHolderScript.SIGNATURE)
                || !LockHolderScript.NAME.equals(arguments.get(2))) {
            return Optional.empty();
        }
        Duration lease;
        try {
            lease = Duration.ofSeconds(Long.parseLong(arguments.get(FIRST)));
        } catch (NumberFormatException e) {
            lease = Duration.ZERO;
        }
        Optional<Instant> since;
        try {
            since = Optional.of(Instant.parse(arguments.get(FIRST + 4)));
        } catch (DateTimeParseException e) {
            since = Optional.empty();
        }
        return Optional.of(new MaintenanceHold(execId, arguments.get(FIRST + 2), arguments.get(FIRST + 1), since,
                arguments.subList(FIRST + 5, arguments.size()), lease));
    }

    /** The holds among a container's execs that are running now; execs that went away meanwhile are skipped. */
    public static List<MaintenanceHold> running(DockerClient docker, List<String> execIds) {
        if (execIds == null || execIds.isEmpty()) {
            return List.of();
        }
        List<MaintenanceHold> out = new ArrayList<>();
        for (String id : execIds) {
            InspectExecResponse exec;
            try {
                exec = docker.inspectExecCmd(id).exec();
            } catch (NotFoundException gone) {
                continue;
            }
            if (!Boolean.TRUE.equals(exec.isRunning()) || exec.getProcessConfig() == null) {
                continue;
            }
            recognise(id, exec.getProcessConfig().getEntryPoint(), exec.getProcessConfig().getArguments())
                    .ifPresent(out::add);
        }
        return out;
    }
}
