package io.pilothouse.core.logs;

import java.util.Objects;

/** One stream of log lines: a container or a swarm service, by id, with the name the user sees as its tag. */
public record LogSource(String id, String name, LogSourceKind kind) {

    public LogSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? id : name.startsWith("/") ? name.substring(1) : name;
    }

    public static LogSource container(String id, String name) {
        return new LogSource(id, name, LogSourceKind.CONTAINER);
    }

    public static LogSource service(String id, String name) {
        return new LogSource(id, name, LogSourceKind.SERVICE);
    }

    /** A task of a service, named as the log shows it (e.g. {@code web.2}). */
    public static LogSource task(String id, String name) {
        return new LogSource(id, name, LogSourceKind.TASK);
    }
}
