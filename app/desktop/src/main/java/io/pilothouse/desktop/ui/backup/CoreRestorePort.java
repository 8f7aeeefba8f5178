package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.core.workflows.backup.CatalogEntry;
import io.pilothouse.core.workflows.backup.RestorePlan;
import io.pilothouse.core.workflows.backup.RestorePlanFactory;
import io.pilothouse.core.workflows.backup.RestoreRequest;

import java.util.List;

/** The restore wizard over a connected session and the backup folder. */
public final class CoreRestorePort implements RestorePort {

    private final HostSession session;
    private final BackupCatalog catalog;

    public CoreRestorePort(HostSession session, BackupCatalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    @Override public HostProfile host() { return session.profile(); }

    @Override public List<CatalogEntry> backups() { return catalog.list(); }

    @Override public RestorePlan plan(RestoreRequest request) { return new RestorePlanFactory(session, catalog).plan(request); }
}
