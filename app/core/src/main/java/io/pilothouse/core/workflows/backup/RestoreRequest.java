package io.pilothouse.core.workflows.backup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.pilothouse.core.ops.PlanRequest;

/**
 * A restore as the wizard or the CLI asks it.
 *
 * @param kind       always "restore"
 * @param backup     the archive (path, or name in the catalog folder)
 * @param volume     the volume to restore into
 * @param newVolume  true: create {@code volume}, which must not exist; false: replace the content of an existing one
 * @param helperImage an image with a shell for emptying an existing volume; null: the users' image or any local image
 */
public record RestoreRequest(@JsonIgnore String kind, String host, String backup, String volume, boolean newVolume,
                             String helperImage) implements PlanRequest {

    public static final String KIND = "restore";

    public RestoreRequest {
        kind = kind == null ? KIND : kind;
    }
}
