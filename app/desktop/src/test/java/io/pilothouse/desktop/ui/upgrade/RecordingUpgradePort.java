package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.workflows.upgrade.ServiceTaskState;
import io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A port for the wizard's view-model and UI tests: records what it is asked and builds one-step plans. */
class RecordingUpgradePort implements UpgradePort {

    final List<UpgradeChoice> asked = new CopyOnWriteArrayList<>();
    final List<UpgradeDraft> opened = new CopyOnWriteArrayList<>();
    final List<String> rolledBack = new CopyOnWriteArrayList<>();
    volatile ServiceUpdateSettings current = ServiceUpdateSettings.defaults();
    volatile List<ServiceTaskState> tasks = List.of();

    @Override
    public UpgradeDraft draft(UpgradeChoice choice) {
        asked.add(choice);
        if ("missing".equals(choice.target())) {
            throw new IllegalArgumentException("There is no container \"missing\" on this host.");
        }
        return new UpgradeDraft(plan("Upgrade " + choice.target(), "Pull " + choice.image() + " (" + choice.strategy() + ")"),
                List.of("image: a -> " + choice.image()));
    }

    @Override
    public ServiceUpdateSettings updateSettings(String service) {
        return current;
    }

    @Override
    public List<ServiceTaskState> tasks(String service) {
        return tasks;
    }

    @Override
    public UpgradeDraft serviceRollback(String service) {
        rolledBack.add(service);
        if ("fresh".equals(service)) {
            throw new IllegalArgumentException("The service fresh has no previous spec: it was never updated, so there is"
                    + " nothing to roll back to.");
        }
        return new UpgradeDraft(plan("Roll service " + service + " back", "Roll service " + service + " back to its previous spec"),
                List.of());
    }

    @Override
    public UpgradeDraft containerRollback(String container, Duration healthTimeout) {
        rolledBack.add(container);
        if ("never-upgraded".equals(container)) {
            throw new IllegalArgumentException("The journal has no upgrade of never-upgraded on dev-1: there is no previous"
                    + " image to roll back to.");
        }
        return new UpgradeDraft(plan("Upgrade " + container + " to its previous image", "Stop " + container), List.of());
    }

    @Override
    public void openPlan(UpgradeDraft draft) {
        opened.add(draft);
    }

    static ServiceTaskState task(int slot, String state, String image) {
        return new ServiceTaskState("t" + slot, slot, "node-1", state, "running", image, "", Instant.EPOCH);
    }

    private static Plan plan(String title, String stepText) {
        Step step = new Step() {
            @Override public String description() { return stepText; }
            @Override public void run(StepContext ctx) { }
        };
        return new Plan("p", "upgrade", "h", title, List.of(step));
    }
}
