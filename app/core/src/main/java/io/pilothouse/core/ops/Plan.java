package io.pilothouse.core.ops;

import java.util.List;
import java.util.Objects;

/**
 * An ordered list of steps built by a workflow factory for one host. The preview a wizard shows is
 * the plan itself: its title and each step's description.
 *
 * @param id      unique per plan, used in labels and the journal
 * @param kind    the workflow ("backup", "restore", "upgrade", "scale", "maintenance")
 * @param hostId  the profile id of the host it changes
 * @param title   one line, e.g. "Back up 3 volumes of stack shop on prod-1"
 */
public record Plan(String id, String kind, String hostId, String title, List<Step> steps) {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    /** True when any step changes the host (then the guard asks and only one such plan runs per host). */
    public boolean mutating() {
        return steps.stream().anyMatch(Step::mutating);
    }

    public static String newId(String kind) {
        return kind + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now())
                + "-" + Long.toHexString(Double.doubleToLongBits(Math.random())).substring(0, 6);
    }
}
