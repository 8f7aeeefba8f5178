package io.pilothouse.desktop.ui.scale;

import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanRequest;
import io.pilothouse.core.workflows.scale.ReplicasRequest;
import io.pilothouse.core.workflows.scale.ScalePreview;
import io.pilothouse.core.workflows.scale.ScaleServiceRequest;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * The scale wizard's first page: what to scale to and how (count, step, interval, force for a
 * service; proxy, ports and drain for a container's replicas). "Preview" builds the plan off the
 * JavaFX thread and hands it to the plan wizard, which shows it, asks the guard, runs and undoes.
 */
public final class ScaleWizardViewModel {

    private final ScalePort port;
    private final Target target;
    private final Executor background;
    private final Executor ui;
    private final BiConsumer<Plan, PlanRequest> openPlan;

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Reading the current count…");
    private final StringProperty replicas = new SimpleStringProperty("");
    private final StringProperty step = new SimpleStringProperty("1");
    private final StringProperty interval = new SimpleStringProperty("");
    private final BooleanProperty force = new SimpleBooleanProperty();
    private final StringProperty proxy = new SimpleStringProperty();
    private final StringProperty listenPort = new SimpleStringProperty("8080");
    private final StringProperty appPort = new SimpleStringProperty("");
    private final StringProperty drain = new SimpleStringProperty("10");
    private final ObservableList<String> proxies = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty scalable = new SimpleBooleanProperty();
    private volatile boolean closed;

    public ScaleWizardViewModel(ScalePort port, Target target, Executor background, Executor ui,
                                BiConsumer<Plan, PlanRequest> openPlan) {
        if (target.kind() != TargetKind.SERVICE && target.kind() != TargetKind.CONTAINER) {
            throw new IllegalArgumentException("Only services and containers can be scaled");
        }
        this.port = port;
        this.target = target;
        this.background = background;
        this.ui = ui;
        this.openPlan = openPlan;
    }

    public boolean swarm() {
        return target.kind() == TargetKind.SERVICE;
    }

    public String title() {
        return "Scale " + (swarm() ? "service " : "container ") + target.name() + " on " + port.host().name();
    }

    /** Reads the target's count (and a container's proxy candidates) off the JavaFX thread. */
    public void load() {
        busy.set(true);
        background.execute(() -> {
            try {
                ScaleTargetState s = port.state(target);
                ui.execute(() -> {
                    summary.set(s.summary());
                    scalable.set(s.replicas() >= 0);
                    if (s.replicas() >= 0 && replicas.get().isBlank()) {
                        replicas.set(Integer.toString(s.replicas() + 1));
                    }
                    proxies.setAll(s.proxies());
                    if (proxy.get() == null && !s.proxies().isEmpty()) {
                        proxy.set(s.proxies().get(0));
                    }
                    busy.set(false);
                });
            } catch (Exception e) {
                ui.execute(() -> {
                    summary.set("");
                    error.set(message(e));
                    busy.set(false);
                });
            }
        });
    }

    /** The request the fields describe; an {@link IllegalArgumentException} with a sentence for a bad field. */
    public PlanRequest request() {
        int count = whole("replicas", replicas.get());
        String host = port.host().name();
        if (swarm()) {
            return new ScaleServiceRequest(host, target.name(), count, whole("step", step.get()),
                    optionalWhole("interval", interval.get()), force.get(), null);
        }
        if (proxy.get() == null || proxy.get().isBlank()) {
            throw new IllegalArgumentException("Pick the nginx container that serves the replicas.");
        }
        return new ReplicasRequest(host, target.name(), count, proxy.get(), optionalWhole("application port", appPort.get()),
                optionalWhole("proxy port", listenPort.get()), optionalWhole("drain time", drain.get()));
    }

    /** Builds the plan off the JavaFX thread and opens it in the plan wizard; a refusal shows as the error. */
    public void preview() {
        PlanRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        warnings.clear();
        busy.set(true);
        background.execute(() -> {
            try {
                ScalePreview p = port.preview(request);
                ui.execute(() -> {
                    busy.set(false);
                    warnings.setAll(p.warnings());
                    if (!closed) {
                        openPlan.accept(p.plan(), request);
                    }
                });
            } catch (Exception e) {
                ui.execute(() -> {
                    busy.set(false);
                    error.set(message(e));
                });
            }
        });
    }

    public void cancel() {
        closed = true;
    }

    private static int whole(String what, String text) {
        String t = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " must be a whole number, not \"" + t + "\".");
        }
    }

    private static Integer optionalWhole(String what, String text) {
        return text == null || text.isBlank() ? null : whole(what, text);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public StringProperty replicasProperty() { return replicas; }
    public StringProperty stepProperty() { return step; }
    public StringProperty intervalProperty() { return interval; }
    public BooleanProperty forceProperty() { return force; }
    public StringProperty proxyProperty() { return proxy; }
    public StringProperty listenPortProperty() { return listenPort; }
    public StringProperty appPortProperty() { return appPort; }
    public StringProperty drainProperty() { return drain; }
    public ObservableList<String> proxies() { return proxies; }
    public ObservableList<String> warnings() { return warnings; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty scalableProperty() { return scalable; }
}
