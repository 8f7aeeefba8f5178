package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.workflows.upgrade.ServiceTaskState;
import io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings;

import java.time.Duration;
import java.util.List;

/**
 * What the upgrade wizard needs from the core: a draft for a choice, a service's update settings and
 * tasks, the rollback plans, and the plan wizard to run a draft in. All but {@link #openPlan} are
 * called off the JavaFX thread; an {@link IllegalArgumentException} carries the sentence to show.
 */
public interface UpgradePort {

    /** Builds the plan. */
    UpgradeDraft draft(UpgradeChoice choice);

    /** The update settings the service's spec holds now. */
    ServiceUpdateSettings updateSettings(String service);

    /** The service's tasks now (bounded, see {@link ServiceTaskState#LIMIT}). */
    List<ServiceTaskState> tasks(String service);

    /** The plan of swarm's rollback of the service to its previous spec. */
    UpgradeDraft serviceRollback(String service);

    /** The plan that puts the container back on the image it had before its last upgrade (from the journal). */
    UpgradeDraft containerRollback(String container, Duration healthTimeout);

    /** Opens the plan wizard on the draft's plan (on the JavaFX thread): preview, guard, progress, cancel. */
    void openPlan(UpgradeDraft draft);
}
