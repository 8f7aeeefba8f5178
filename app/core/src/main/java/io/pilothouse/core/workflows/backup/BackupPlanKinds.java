package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.ops.PlanFactoryRegistry;

/**
 * Backup and restore as plan-file kinds ({@code kind: backup}, {@code kind: restore}), so a request
 * saved from the wizard or with {@code pilothouse backup --save-plan} runs again with
 * {@code pilothouse plan run} (a nightly backup from cron). They read the user's saved volume choices
 * and default backup folder, hence the directories.
 */
public final class BackupPlanKinds {

    private BackupPlanKinds() {
    }

    public static PlanFactoryRegistry addTo(PlanFactoryRegistry registry, AppDirectories dirs) {
        return registry
                .register(BackupRequest.KIND, BackupRequest.class, (request, session) -> {
                    String problem = request.scopeProblem();
                    if (!problem.isEmpty()) {
                        throw new IllegalArgumentException(problem);
                    }
                    return new BackupPlanFactory(session, VolumeChoices.in(dirs), BackupCatalog.defaultDir(dirs))
                            .plan(request).plan();
                })
                .register(RestoreRequest.KIND, RestoreRequest.class, (request, session) ->
                        new RestorePlanFactory(session, new BackupCatalog(BackupCatalog.defaultDir(dirs)))
                                .plan(request).plan());
    }
}
