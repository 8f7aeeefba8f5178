package io.pilothouse.core.model;

import java.util.Objects;

/** A volume's class, where it came from and the sentence that says why. */
public record VolumeClassification(VolumeClass value, ClassificationSource source, String reason) {

    public VolumeClassification {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        reason = reason == null ? "" : reason;
    }
}
