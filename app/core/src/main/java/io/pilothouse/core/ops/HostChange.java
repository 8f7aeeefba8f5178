package io.pilothouse.core.ops;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One change a running plan made on its host, written to the journal when it happens so that a
 * plan that never finished (the app was killed) can still be taken back at the next start.
 *
 * @param id       unique, so that its resolution can name it
 * @param kind     what was done
 * @param target   the container, volume or service (id or name)
 * @param details  what the undo needs (see {@link ChangeKind})
 * @param sentence what a person reads: "stopped db"
 */
public record HostChange(String id, ChangeKind kind, String target, Map<String, String> details, String sentence) {

    public HostChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        details = details == null ? Map.of() : Map.copyOf(details);
        sentence = sentence == null ? kind + " " + target : sentence;
    }

    public static HostChange of(ChangeKind kind, String target, Map<String, String> details, String sentence) {
        return new HostChange(UUID.randomUUID().toString(), kind, target, details, sentence);
    }
}
