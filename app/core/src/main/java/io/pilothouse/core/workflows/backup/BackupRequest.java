package io.pilothouse.core.workflows.backup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.pilothouse.core.ops.PlanRequest;

import java.util.List;
import java.util.Map;

/**
 * What to back up, as the wizard or the CLI asks it; saved as YAML or JSON it runs again later
 * unchanged (a nightly backup). Exactly one scope: {@code volumes}, {@code container}, {@code stack}
 * or {@code all}.
 *
 * @param kind              always "backup"
 * @param host              the saved host's name
 * @param targetDir         the backup folder; null for the default one
 * @param consistency       hot, pause or stop for every volume unless {@code volumeConsistency} names it
 * @param preCommand        run with {@code sh -c} in {@code commandContainer} before copying (else the label
 *                          {@code io.pilothouse.backup.pre} of a container using the volume)
 */
public record BackupRequest(@JsonIgnore String kind, String host, List<String> volumes, String container, String stack,
                            boolean all, String targetDir, String consistency, Map<String, String> volumeConsistency,
                            String compression, String preCommand, String postCommand, String commandContainer) implements PlanRequest {

    public static final String KIND = "backup";

    public BackupRequest {
        kind = kind == null ? KIND : kind;
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        volumeConsistency = volumeConsistency == null ? Map.of() : Map.copyOf(volumeConsistency);
        consistency = consistency == null ? "hot" : consistency;
        compression = compression == null ? "zstd" : compression;
    }

    public static BackupRequest ofVolumes(String host, List<String> volumes, String consistency, String targetDir) {
        return new BackupRequest(KIND, host, volumes, null, null, false, targetDir, consistency, Map.of(), "zstd",
                null, null, null);
    }

    /** The sentence for a request that names no scope or more than one; empty when it is fine. */
    public String scopeProblem() {
        int scopes = (volumes.isEmpty() ? 0 : 1) + (container == null ? 0 : 1) + (stack == null ? 0 : 1) + (all ? 1 : 0);
        if (!KIND.equals(kind)) {
            return "This is a \"" + kind + "\" request, not a backup.";
        }
        if (scopes == 0) {
            return "Say what to back up: --volume NAME, --container NAME, --stack NAME or --all.";
        }
        if (scopes > 1) {
            return "Give one scope only: --volume, --container, --stack or --all.";
        }
        return "";
    }
}
