package io.pilothouse.core.workflows.upgrade;

/**
 * One setting that changes with the upgrade because the container took it from its image's defaults:
 * {@code env PATH}, {@code cmd}, {@code label org.opencontainers.image.version}, {@code healthcheck}.
 * An empty value means "not set".
 */
public record ConfigChange(String setting, String before, String after) {

    public String sentence() {
        String b = before.isEmpty() ? "(not set)" : before;
        String a = after.isEmpty() ? "(not set)" : after;
        return setting + ": " + b + " -> " + a;
    }
}
