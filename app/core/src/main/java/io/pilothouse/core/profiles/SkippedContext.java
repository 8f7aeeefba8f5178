package io.pilothouse.core.profiles;

/** A Docker context that was not imported, and the sentence saying why. */
public record SkippedContext(String context, String reason) {
}
