package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.ops.RecoveryResult;
import io.pilothouse.core.ops.UnfinishedPlan;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The plans that died mid-run and what they changed; "Take it back" finishes their undo (newest
 * plan first) in the background, "Later" leaves them for the next start.
 */
public final class RecoveryViewModel {

    private final ObservableList<String> plans = FXCollections.observableArrayList();
    private final List<UnfinishedPlan> unfinished;
    private final Function<UnfinishedPlan, RecoveryResult> takeBack;
    private final Executor background;
    private final Executor uiThread;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");

    /** @param takeBack connects to the plan's host and takes its changes back (see PlanRecovery.recover) */
    public RecoveryViewModel(List<UnfinishedPlan> unfinished, Function<UnfinishedPlan, RecoveryResult> takeBack,
                             Executor background, Executor uiThread) {
        this.unfinished = List.copyOf(unfinished);
        this.takeBack = takeBack;
        this.background = background;
        this.uiThread = uiThread;
        unfinished.forEach(p -> plans.add(p.sentence()));
    }

    public String heading() {
        return unfinished.size() == 1 ? "A plan did not finish: Pilothouse stopped while it ran."
                : unfinished.size() + " plans did not finish: Pilothouse stopped while they ran.";
    }

    public ObservableList<String> plans() {
        return plans;
    }

    public void takeBack() {
        if (busy.get() || done.get()) {
            return;
        }
        busy.set(true);
        report.set("Taking back…");
        background.execute(() -> {
            List<String> lines = new ArrayList<>();
            List<UnfinishedPlan> newestFirst = new ArrayList<>(unfinished);
            java.util.Collections.reverse(newestFirst);
            for (UnfinishedPlan p : newestFirst) {
                try {
                    lines.add(takeBack.apply(p).summary());
                } catch (RuntimeException e) {
                    lines.add("\"" + p.title() + "\" on " + p.host() + " could not be taken back: " + e.getMessage());
                }
            }
            uiThread.execute(() -> {
                report.set(String.join("\n", lines));
                busy.set(false);
                done.set(true);
            });
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }
}
