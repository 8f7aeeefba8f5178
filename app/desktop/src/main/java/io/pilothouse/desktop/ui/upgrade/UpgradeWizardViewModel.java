package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.workflows.upgrade.ServiceTaskState;
import io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The upgrade wizard's state: the strategies the target allows, the image and health timeout typed,
 * blue/green's drain time, a service's update settings (prefilled from its spec) and its tasks as
 * they change; then the plan's steps and configuration difference. "Continue" hands the plan to the
 * plan wizard; "Roll back" hands it swarm's rollback of the service.
 */
public final class UpgradeWizardViewModel {

    public static final List<String> ORDERS = List.of("start-first", "stop-first");
    public static final List<String> FAILURE_ACTIONS = List.of("rollback", "pause", "continue");

    private final UpgradePort port;
    private final String target;
    private final TargetKind kind;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<String> strategies = FXCollections.observableArrayList();
    private final StringProperty strategy = new SimpleStringProperty();
    private final StringProperty image = new SimpleStringProperty("");
    private final StringProperty healthTimeout = new SimpleStringProperty("60");
    private final StringProperty drain = new SimpleStringProperty("10");
    private final StringProperty parallelism = new SimpleStringProperty();
    private final StringProperty delay = new SimpleStringProperty();
    private final StringProperty order = new SimpleStringProperty();
    private final StringProperty failureAction = new SimpleStringProperty();
    private final StringProperty monitor = new SimpleStringProperty();
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ObservableList<String> difference = FXCollections.observableArrayList();
    private final ObservableList<String> tasks = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UpgradeDraft> draft = new SimpleObjectProperty<>();
    private final AtomicBoolean reading = new AtomicBoolean();

    public UpgradeWizardViewModel(UpgradePort port, String target, TargetKind kind, Executor background, Executor ui) {
        this.port = port;
        this.target = target;
        this.kind = kind;
        this.background = background;
        this.ui = ui;
        strategies.setAll(strategiesFor(kind));
        strategy.set(strategies.get(0));
        settings(ServiceUpdateSettings.defaults());
        for (StringProperty p : List.of(strategy, image, healthTimeout, drain, parallelism, delay, order, failureAction, monitor)) {
            p.addListener((o, a, b) -> draft.set(null));
        }
    }

    static List<String> strategiesFor(TargetKind kind) {
        return switch (kind) {
            case CONTAINER -> List.of("recreate", "blue-green");
            case SERVICE -> List.of("rolling");
            case STACK -> List.of("rolling", "window");
            default -> List.of();
        };
    }

    /** For a service: reads its current update settings (off the JavaFX thread) into the fields. */
    public void load() {
        if (kind != TargetKind.SERVICE) {
            return;
        }
        background.execute(() -> {
            try {
                ServiceUpdateSettings current = port.updateSettings(target);
                ui.execute(() -> settings(current));
            } catch (RuntimeException e) {
                ui.execute(() -> status.set("The update settings of " + target + " could not be read: " + e.getMessage()));
            }
        });
    }

    private void settings(ServiceUpdateSettings s) {
        parallelism.set(Integer.toString(s.parallelism()));
        delay.set(Long.toString(s.delay().toSeconds()));
        order.set(s.order().engineName());
        failureAction.set(s.failureAction().engineName());
        monitor.set(Long.toString(s.monitor().toSeconds()));
    }

    /** Builds the plan for the current choice; bad input is named in the status and nothing is built. */
    public void preview() {
        UpgradeChoice choice;
        try {
            choice = choice();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        busy.set(true);
        status.set("Building the plan…");
        background.execute(() -> {
            try {
                UpgradeDraft d = port.draft(choice);
                ui.execute(() -> {
                    busy.set(false);
                    steps.setAll(d.plan().steps().stream().map(s -> s.description()).toList());
                    difference.setAll(d.differenceLines());
                    draft.set(d);
                    status.set(d.plan().title() + ". Nothing has changed yet.");
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    steps.clear();
                    difference.clear();
                    draft.set(null);
                    status.set(e.getMessage());
                });
            }
        });
    }

    private UpgradeChoice choice() {
        Duration timeout = Duration.ofSeconds(seconds(healthTimeout.get(), "The health timeout", 1, 3600));
        String img = image.get() == null || image.get().isBlank() ? null : image.get().strip();
        Duration drainTime = Duration.ofSeconds(seconds(drain.get(), "The drain time", 0, 3600));
        ServiceUpdateSettings settings = null;
        if (kind == TargetKind.SERVICE) {
            int tasksAtOnce = (int) number(parallelism.get(), "The parallelism (tasks at a time, 0 for all)", "", 0, 1000);
            settings = new ServiceUpdateSettings(tasksAtOnce,
                    Duration.ofSeconds(seconds(delay.get(), "The delay between batches", 0, 3600)),
                    ServiceUpdateSettings.Order.parse(order.get()),
                    ServiceUpdateSettings.FailureAction.parse(failureAction.get()),
                    Duration.ofSeconds(seconds(monitor.get(), "The monitor period", 0, 3600)),
                    ServiceUpdateSettings.defaults().timeout());
        }
        return new UpgradeChoice(target, kind, strategy.get(), img, timeout, drainTime, settings);
    }

    private static long seconds(String text, String what, long min, long max) {
        return number(text, what, "of seconds ", min, max);
    }

    private static long number(String text, String what, String unit, long min, long max) {
        try {
            long value = Long.parseLong(text == null ? "" : text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException(what + " must be a whole number " + unit + "from " + min + " to " + max + ", not \""
                + (text == null ? "" : text) + "\".");
    }

    /** Opens the plan wizard on the previewed plan. */
    public void proceed() {
        if (draft.get() != null) {
            port.openPlan(draft.get());
        }
    }

    /** Reads the service's tasks (off the JavaFX thread) into {@link #tasks()}; a read still under way is not doubled. */
    public void refreshTasks() {
        if (kind != TargetKind.SERVICE || !reading.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    List<String> lines = port.tasks(target).stream().map(ServiceTaskState::sentence).toList();
                    ui.execute(() -> tasks.setAll(lines));
                } catch (RuntimeException e) {
                    ui.execute(() -> tasks.setAll(List.of("The tasks could not be read: " + e.getMessage())));
                } finally {
                    reading.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            reading.set(false);
        }
    }

    /** Builds swarm's rollback of the service and opens it in the plan wizard (preview, guard, progress). */
    public void rollBack() {
        if (kind != TargetKind.SERVICE) {
            return;
        }
        busy.set(true);
        status.set("Building the rollback…");
        background.execute(() -> {
            try {
                UpgradeDraft d = port.serviceRollback(target);
                ui.execute(() -> {
                    busy.set(false);
                    status.set(d.plan().title() + ": shown in the plan wizard before anything changes.");
                    port.openPlan(d);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    status.set(e.getMessage());
                });
            }
        });
    }

    public boolean isService() { return kind == TargetKind.SERVICE; }
    public ObservableList<String> strategies() { return strategies; }
    public StringProperty strategyProperty() { return strategy; }
    public StringProperty imageProperty() { return image; }
    public StringProperty healthTimeoutProperty() { return healthTimeout; }
    public StringProperty drainProperty() { return drain; }
    public StringProperty parallelismProperty() { return parallelism; }
    public StringProperty delayProperty() { return delay; }
    public StringProperty orderProperty() { return order; }
    public StringProperty failureActionProperty() { return failureAction; }
    public StringProperty monitorProperty() { return monitor; }
    public ObservableList<String> steps() { return steps; }
    public ObservableList<String> difference() { return difference; }
    public ObservableList<String> tasks() { return tasks; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
    public ObjectProperty<UpgradeDraft> draftProperty() { return draft; }
    public String target() { return target; }
}
