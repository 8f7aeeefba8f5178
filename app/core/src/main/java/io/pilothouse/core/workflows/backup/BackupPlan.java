package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.Plan;

import java.nio.file.Path;
import java.util.List;

/**
 * A backup ready to run: the plan, the volumes it copies (with their consistency), the volumes in
 * scope that it skips (regenerable or skip), the folder, and the archives written as the run goes.
 */
public record BackupPlan(Plan plan, List<PlannedVolume> volumes, List<SurveyedVolume> skipped, Path dir,
                         List<ArchiveResult> archives) {

    /** One volume and how it is kept still while copied. */
    public record PlannedVolume(SurveyedVolume volume, Consistency consistency) {
    }
}
