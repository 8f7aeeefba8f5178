package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.HostChange;

import java.util.ArrayList;
import java.util.List;

/** What the steps of one blue/green switch hand on to each other: ids, names, moved aliases, changes to take back. */
final class BlueGreenState {
    final String name;
    final String image;
    final String blueId;
    final String greenName;
    final String asideName;
    final List<AliasMove> moves;
    /** What the journal records once blue is removed. */
    FinishedUpgrade finished;
    String greenId;
    HostChange created;
    final List<HostChange> aliasesTaken = new ArrayList<>();
    HostChange stopped;
    HostChange blueRenamed;
    HostChange greenRenamed;

    BlueGreenState(String name, String image, String blueId, String greenName, String asideName, List<AliasMove> moves) {
        this.name = name;
        this.image = image;
        this.blueId = blueId;
        this.greenName = greenName;
        this.asideName = asideName;
        this.moves = List.copyOf(moves);
    }
}
