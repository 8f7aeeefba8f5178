package io.pilothouse.core.ops;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan the journal shows as started and never finished (its process died), with the changes it
 * made on its host that nothing took back yet, oldest first.
 *
 * @param host        the host's name as journaled
 * @param hostId      the host profile's id when journaled (empty for older entries)
 * @param openChanges what is left to take back, in the order the plan made the changes
 */
public record UnfinishedPlan(String planId, String kind, String title, String host, String hostId,
                             String environment, Instant started, String user, List<HostChange> openChanges) {

    public UnfinishedPlan {
        openChanges = List.copyOf(openChanges);
    }

    /** "stopped db, search" — or "changed nothing that needs taking back". */
    public String changesSentence() {
        if (openChanges.isEmpty()) {
            return "changed nothing that needs taking back";
        }
        return openChanges.stream().map(HostChange::sentence).collect(Collectors.joining(", "));
    }

    /** The one line a person reads: "backup-… "Back up db" on prod-1 did not finish (started …): stopped db". */
    public String sentence() {
        return "\"" + title + "\" on " + host + " did not finish (started " + started + " by " + user + "): "
                + changesSentence() + ".";
    }
}
