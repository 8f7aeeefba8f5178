package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.backup.BackupPlan;
import io.pilothouse.core.workflows.backup.BackupPlanFactory;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.workflows.backup.SurveyedVolume;

import java.nio.file.Path;
import java.util.List;

/** The backup wizard over a connected session, the journal and the backup folder. */
public final class CoreBackupPort implements BackupPort {

    private final HostSession session;
    private final BackupPlanFactory factory;
    private final PlanRunner runner;

    public CoreBackupPort(HostSession session, VolumeChoices choices, Path dir, Journal journal) {
        this.session = session;
        this.factory = new BackupPlanFactory(session, choices, dir);
        this.runner = new PlanRunner(journal, new ProductionGuard());
    }

    @Override public HostProfile host() { return session.profile(); }

    @Override public List<SurveyedVolume> volumes(BackupRequest scope) { return factory.scope(scope); }

    @Override public BackupPlan plan(BackupRequest request) { return factory.plan(request); }

    @Override
    public PlanResult run(Plan plan, String typedName, PlanListener listener, CancelToken token) {
        return runner.run(plan, session.profile(), typedName, listener, token);
    }
}
