package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.workflows.backup.CatalogEntry;
import io.pilothouse.core.workflows.backup.RestorePlan;
import io.pilothouse.core.workflows.backup.RestoreRequest;

import java.util.List;

/** What the restore wizard needs from the core: the backups and a plan for a request. */
public interface RestorePort {

    HostProfile host();

    List<CatalogEntry> backups();

    RestorePlan plan(RestoreRequest request);
}
