package io.pilothouse.core.containers;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one action on one container.
 *
 * @param container the id or name the caller gave
 * @param name      the container's name when known (else the caller's word)
 * @param outcome   what happened
 * @param message   a sentence for a person ("stopped", "is already stopped", "not found on host x", ...)
 */
public record ContainerActionResult(String container, String name, ContainerAction action, Outcome outcome,
                                    String message, Duration took) {

    public enum Outcome {
        /** The engine did it. */
        DONE,
        /** Nothing to do: already in the wanted state (the engine answered 304). */
        UNCHANGED,
        /** The production guard was not satisfied; nothing was sent. */
        REFUSED,
        /** The engine refused or failed, or the call timed out. */
        FAILED
    }

    public ContainerActionResult {
        Objects.requireNonNull(container, "container");
        name = name == null || name.isBlank() ? container : name;
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        message = message == null ? "" : message;
        took = took == null ? Duration.ZERO : took;
    }

    public boolean succeeded() {
        return outcome == Outcome.DONE || outcome == Outcome.UNCHANGED;
    }
}
