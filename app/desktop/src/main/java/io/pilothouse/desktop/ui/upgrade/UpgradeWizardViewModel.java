package io.pilothouse.desktop.ui.upgrade;

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

/**
 * The upgrade wizard's state: the strategies the target allows, the image and health timeout typed,
 * then the plan's steps and configuration difference; "Continue" hands the plan to the plan wizard.
 */
public final class UpgradeWizardViewModel {

    private final UpgradePort port;
    private final String target;
    private final TargetKind kind;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<String> strategies = FXCollections.observableArrayList();
    private final StringProperty strategy = new SimpleStringProperty();
    private final StringProperty image = new SimpleStringProperty("");
    private final StringProperty healthTimeout = new SimpleStringProperty("60");
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ObservableList<String> difference = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UpgradeDraft> draft = new SimpleObjectProperty<>();

    public UpgradeWizardViewModel(UpgradePort port, String target, TargetKind kind, Executor background, Executor ui) {
        this.port = port;
        this.target = target;
        this.kind = kind;
        this.background = background;
        this.ui = ui;
        strategies.setAll(strategiesFor(kind));
        strategy.set(strategies.get(0));
        strategy.addListener((o, a, b) -> draft.set(null));
        image.addListener((o, a, b) -> draft.set(null));
        healthTimeout.addListener((o, a, b) -> draft.set(null));
    }

    static List<String> strategiesFor(TargetKind kind) {
        return switch (kind) {
            case CONTAINER -> List.of("recreate", "blue-green");
            case SERVICE -> List.of("rolling");
            case STACK -> List.of("rolling", "window");
            default -> List.of();
        };
    }

    /** Builds the plan for the current choice; bad input is named in the status and nothing is built. */
    public void preview() {
        Duration timeout;
        try {
            long seconds = Long.parseLong(healthTimeout.get().strip());
            if (seconds < 1 || seconds > 3600) {
                throw new NumberFormatException();
            }
            timeout = Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            status.set("The health timeout must be a whole number of seconds from 1 to 3600, not \"" + healthTimeout.get() + "\".");
            return;
        }
        String img = image.get() == null || image.get().isBlank() ? null : image.get().strip();
        UpgradeChoice choice = new UpgradeChoice(target, kind, strategy.get(), img, timeout);
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

    /** Opens the plan wizard on the previewed plan. */
    public void proceed() {
        if (draft.get() != null) {
            port.openPlan(draft.get());
        }
    }

    public ObservableList<String> strategies() { return strategies; }
    public StringProperty strategyProperty() { return strategy; }
    public StringProperty imageProperty() { return image; }
    public StringProperty healthTimeoutProperty() { return healthTimeout; }
    public ObservableList<String> steps() { return steps; }
    public ObservableList<String> difference() { return difference; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
    public ObjectProperty<UpgradeDraft> draftProperty() { return draft; }
    public String target() { return target; }
}
