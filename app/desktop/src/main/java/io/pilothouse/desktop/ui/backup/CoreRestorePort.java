package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.core.workflows.backup.CatalogEntry;
import io.pilothouse.core.workflows.backup.RestorePlan;
import io.pilothouse.core.workflows.backup.RestorePlanFactory;
import io.pilothouse.core.workflows.backup.RestoreRequest;

import java.util.List;

/** The restore wizard over a connected session, the backup folder and the journal. */
public final class CoreRestorePort implements RestorePort {

    private final HostSession session;
    private final BackupCatalog catalog;
    private final PlanRunner runner;

    public CoreRestorePort(HostSession session, BackupCatalog catalog, Journal journal) {
        this.session = session;
        this.catalog = catalog;
        this.runner = new PlanRunner(journal, new ProductionGuard());
    }

    @Override public HostProfile host() { return session.profile(); }

    @Override public List<CatalogEntry> backups() { return catalog.list(); }

    @Override public RestorePlan plan(RestoreRequest request) { return new RestorePlanFactory(session, catalog).plan(request); }

    @Override
    public PlanResult run(Plan plan, String typedName, PlanListener listener, CancelToken token) {
        return runner.run(plan, session.profile(), typedName, listener, token);
    }
}
