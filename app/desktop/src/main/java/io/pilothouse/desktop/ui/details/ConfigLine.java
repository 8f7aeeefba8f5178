package io.pilothouse.desktop.ui.details;

/** One line of a container's or service's configuration: its section (Environment, Mounts, ...), key and shown value. */
public record ConfigLine(String section, String key, String value, boolean masked) {
}
