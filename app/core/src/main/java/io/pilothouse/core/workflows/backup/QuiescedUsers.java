package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.HostChange;

import java.util.ArrayList;
import java.util.List;

/** The containers a plan stopped or paused for one volume, in the order it did so, until each is resumed. */
public final class QuiescedUsers {

    private final List<HostChange> outstanding = new ArrayList<>();

    synchronized void add(HostChange c) {
        outstanding.add(c);
    }

    synchronized List<HostChange> outstanding() {
        return List.copyOf(outstanding);
    }

    synchronized void resolved(HostChange c) {
        outstanding.remove(c);
    }
}
