package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.workflows.backup.BackupPlan;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.workflows.backup.SurveyedVolume;

import java.util.List;

/** What the backup wizard needs from the core: the volumes in scope and a plan for a request. */
public interface BackupPort {

    HostProfile host();

    List<SurveyedVolume> volumes(BackupRequest scope);

    BackupPlan plan(BackupRequest request);
}
