package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.Plan;

import java.util.List;

/**
 * A restore ready to run, with what it will overwrite said plainly.
 *
 * @param overwrites "the current content of volume db-data (used by db)", or empty for a new volume
 */
public record RestorePlan(Plan plan, CatalogEntry backup, String volume, boolean newVolume, List<VolumeUser> stopped,
                          String overwrites) {

    public RestorePlan {
        stopped = List.copyOf(stopped);
    }
}
