package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.workflows.backup.BackupPlan;
import io.pilothouse.core.workflows.backup.BackupPlanFactory;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.workflows.backup.SurveyedVolume;

import java.nio.file.Path;
import java.util.List;

/** The backup wizard over a connected session and the backup folder. */
public final class CoreBackupPort implements BackupPort {

    private final HostSession session;
    private final BackupPlanFactory factory;

    public CoreBackupPort(HostSession session, VolumeChoices choices, Path dir) {
        this.session = session;
        this.factory = new BackupPlanFactory(session, choices, dir);
    }

    @Override public HostProfile host() { return session.profile(); }

    @Override public List<SurveyedVolume> volumes(BackupRequest scope) { return factory.scope(scope); }

    @Override public BackupPlan plan(BackupRequest request) { return factory.plan(request); }
}
