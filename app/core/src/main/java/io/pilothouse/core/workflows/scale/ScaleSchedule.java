package io.pilothouse.core.workflows.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts a stepped scale passes through, and what a person should know before it runs. For a
 * quorum service (label {@code io.pilothouse.quorum=majority}) a step down never leaves fewer than
 * a majority of the members that were healthy before it, and the target is never below a majority
 * of the members it started with unless forced (then a step removes at least one member).
 *
 * @param counts   the replicas after each step, the last being the target
 * @param warnings sentences for the preview (an even quorum)
 */
public record ScaleSchedule(List<Integer> counts, List<String> warnings) {

    public ScaleSchedule {
        counts = List.copyOf(counts);
        warnings = List.copyOf(warnings);
    }

    /** The smallest number of members that is more than half of {@code members}. */
    public static int majority(int members) {
        return members / 2 + 1;
    }

    /** How many of {@code healthy} members one step may remove and keep a majority of them. */
    public static int removableAtOnce(int healthy) {
        return Math.max(0, healthy - majority(healthy));
    }

    /**
     * @param service the name, for the sentences
     * @param from    the replicas now
     * @param to      the replicas to reach
     * @param step    replicas per step
     * @param healthy members running (and healthy) now
     * @param quorum  whether the service is a quorum service
     * @param force   whether the quorum's limits may be crossed
     * @throws IllegalArgumentException with the sentence when the quorum refuses
     */
    public static ScaleSchedule of(String service, int from, int to, int step, int healthy, boolean quorum, boolean force) {
        if (step < 1) {
            throw new IllegalArgumentException("The step must be at least 1 replica, not " + step);
        }
        List<String> warnings = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        if (to >= from) {
            for (int c = from; c < to; ) {
                c = Math.min(to, c + step);
                counts.add(c);
            }
        } else {
            if (quorum && to < majority(from)) {
                if (!force) {
                    throw new IllegalArgumentException(service + " is a quorum service (io.pilothouse.quorum=majority): "
                            + to + " replicas are fewer than a majority of its " + from + " members (" + majority(from)
                            + "), so it would lose its quorum. Nothing was done; force it to scale anyway.");
                }
                warnings.add("Forced: " + to + " replicas are fewer than a majority of the " + from
                        + " members of " + service + "; it loses its quorum.");
            }
            int c = from;
            int h = Math.min(healthy, from);
            while (c > to) {
                int drop = Math.min(step, c - to);
                if (quorum) {
                    // members beyond the healthy ones go first in the worst case: count only what a step can take from the healthy
                    int unhealthy = c - h;
                    int allowed = unhealthy + removableAtOnce(h);
                    if (allowed < 1) {
                        if (!force) {
                            throw new IllegalArgumentException(service + " is a quorum service: only " + h + " of its "
                                    + c + " members are healthy, and removing one would leave fewer than a majority of them ("
                                    + majority(h) + "). Nothing was done; force it to scale anyway.");
                        }
                        allowed = 1;
                    }
                    drop = Math.min(drop, allowed);
                    int takenFromHealthy = Math.max(0, drop - unhealthy);
                    h -= takenFromHealthy;
                }
                c -= drop;
                counts.add(c);
            }
        }
        if (quorum && to > 0 && to % 2 == 0) {
            warnings.add(service + " is a quorum service and " + to + " is an even count: it tolerates no more failed"
                    + " members (" + (to - majority(to)) + ") than " + (to - 1) + " members would; an odd count is better.");
        }
        return new ScaleSchedule(counts, warnings);
    }
}
