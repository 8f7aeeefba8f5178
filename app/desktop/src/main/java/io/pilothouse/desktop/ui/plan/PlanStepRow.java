package io.pilothouse.desktop.ui.plan;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One step of the plan as the wizard lists it: its line, its state ("waiting", "running", "done", "undone" ...) and detail. */
public final class PlanStepRow {

    private final int index;
    private final String description;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "waiting");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    PlanStepRow(int index, String description) {
        this.index = index;
        this.description = description;
    }

    public int index() {
        return index;
    }

    public String number() {
        return Integer.toString(index + 1);
    }

    public String description() {
        return description;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String status() {
        return status.get();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public String detail() {
        return detail.get();
    }

    void set(String newStatus, String newDetail) {
        status.set(newStatus);
        detail.set(newDetail);
    }

    void detail(String newDetail) {
        detail.set(newDetail);
    }
}
