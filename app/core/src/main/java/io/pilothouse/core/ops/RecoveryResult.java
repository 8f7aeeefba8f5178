package io.pilothouse.core.ops;

import java.util.List;

/**
 * What taking back an unfinished plan did: the changes taken back, those that could not be (with
 * why), and the sentence a person reads.
 */
public record RecoveryResult(String planId, List<HostChange> takenBack, List<String> failures, String summary) {

    public RecoveryResult {
        takenBack = List.copyOf(takenBack);
        failures = List.copyOf(failures);
    }

    public boolean complete() {
        return failures.isEmpty();
    }
}
