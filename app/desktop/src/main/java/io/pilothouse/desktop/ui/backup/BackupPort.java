package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.workflows.backup.BackupPlan;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.workflows.backup.SurveyedVolume;

import java.util.List;

/** What the backup wizard needs from the core: the volumes in scope, a plan for a request, a run. */
public interface BackupPort {

    HostProfile host();

    List<SurveyedVolume> volumes(BackupRequest scope);

    BackupPlan plan(BackupRequest request);

    PlanResult run(Plan plan, String typedName, PlanListener listener, CancelToken token);
}
