package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.workflows.backup.CatalogEntry;
import io.pilothouse.core.workflows.backup.RestorePlan;
import io.pilothouse.core.workflows.backup.RestoreRequest;

import java.util.List;

/** What the restore wizard needs from the core: the backups, a plan for a request, a run. */
public interface RestorePort {

    HostProfile host();

    List<CatalogEntry> backups();

    RestorePlan plan(RestoreRequest request);

    PlanResult run(Plan plan, String typedName, PlanListener listener, CancelToken token);
}
