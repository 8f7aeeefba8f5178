package io.pilothouse.desktop.ui.details;

import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The details of one container or service: its configuration (secret-looking values masked until
 * revealed), the raw inspect JSON, and, for a running container, a bounded window of stats samples
 * fed by one stats subscription that {@link #dispose()} cancels.
 */
public final class DetailsViewModel {

    /** Samples kept for the charts: two minutes at the engine's one per second. */
    public static final int MAX_SAMPLES = 120;

    private final DetailsSource source;
    private final Executor io;
    private final Executor ui;
    private final Duration timeout;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper rawJson = new ReadOnlyStringWrapper(this, "rawJson", "");
    private final ReadOnlyBooleanWrapper hasStats = new ReadOnlyBooleanWrapper(this, "hasStats", false);
    private final BooleanProperty revealSecrets = new SimpleBooleanProperty(this, "revealSecrets", false);
    private final javafx.beans.property.ReadOnlyObjectWrapper<Target> shown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<ConfigLine> lines = FXCollections.observableArrayList();
    private final ObservableList<StatsSample> samples = FXCollections.observableArrayList();
    private final ArrayDeque<StatsSample> inbox = new ArrayDeque<>();
    private boolean drainScheduled;
    private Inspection inspection;
    private AutoCloseable stats;
    private volatile long generation;

    public DetailsViewModel(DetailsSource source, Executor io, Executor ui, Duration timeout) {
        this.source = source;
        this.io = io;
        this.ui = ui;
        this.timeout = timeout;
        revealSecrets.addListener((o, was, now) -> rebuildLines());
    }

    public void showContainer(String id, String name) {
        show(id, name, true);
    }

    public void showService(String id, String name) {
        show(id, name, false);
    }

    private void show(String id, String name, boolean container) {
        shown.set(new Target(id, name, container ? TargetKind.CONTAINER : TargetKind.SERVICE));
        cancelStats();
        long mine;
        synchronized (inbox) {
            mine = ++generation;
        }
        inspection = null;
        lines.clear();
        samples.clear();
        rawJson.set("");
        revealSecrets.set(false);
        title.set((container ? "Container " : "Service ") + name);
        status.set("Inspecting " + name + "…");
        CompletableFuture.supplyAsync(() -> container ? source.inspectContainer(id) : source.inspectService(id), io)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, error) -> ui.execute(() -> {
                    if (mine != generation) {
                        return;
                    }
                    if (error != null) {
                        status.set(sentence(name, error));
                        return;
                    }
                    inspection = result;
                    status.set("");
                    rawJson.set(result.rawJson());
                    rebuildLines();
                    if (result.isContainer() && "running".equals(result.state())) {
                        startStats(result.id(), mine);
                    }
                }));
    }

    private String sentence(String name, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException) {
            return "The engine did not answer the inspect of " + name + " within " + (timeout.toMillis() < 1000 ? timeout.toMillis() + " ms." : timeout.toSeconds() + " s.");
        }
        return cause.getMessage() == null ? "The inspect of " + name + " failed (" + cause.getClass().getSimpleName() + ")."
                : cause.getMessage();
    }

    private void startStats(String id, long mine) {
        hasStats.set(true);
        stats = source.stats(id, sample -> offer(sample, mine), ended -> ui.execute(() -> {
            if (mine == generation && ended != null) {
                status.set(ended);
            }
        }));
    }

    /** From the stream's thread: queue the sample (bounded) and ask the UI executor for one drain. */
    private void offer(StatsSample sample, long mine) {
        boolean schedule;
        synchronized (inbox) {
            if (mine != generation) {
                return;
            }
            inbox.addLast(sample);
            while (inbox.size() > MAX_SAMPLES) {
                inbox.removeFirst();
            }
            schedule = !drainScheduled;
            drainScheduled = true;
        }
        if (schedule) {
            ui.execute(this::drain);
        }
    }

    private void drain() {
        List<StatsSample> batch;
        synchronized (inbox) {
            batch = new ArrayList<>(inbox);
            inbox.clear();
            drainScheduled = false;
        }
        samples.addAll(batch);
        if (samples.size() > MAX_SAMPLES) {
            samples.remove(0, samples.size() - MAX_SAMPLES);
        }
    }

    private void rebuildLines() {
        Inspection i = inspection;
        if (i == null) {
            return;
        }
        boolean reveal = revealSecrets.get();
        List<ConfigLine> out = new ArrayList<>();
        out.add(new ConfigLine("General", "Image", i.image(), false));
        out.add(new ConfigLine("General", "Digest", i.imageDigest(), false));
        out.add(new ConfigLine("General", "Command", i.command(), false));
        if (!i.state().isEmpty()) out.add(new ConfigLine("General", "State", i.state(), false));
        out.add(new ConfigLine("General", "Restart policy", i.restartPolicy(), false));
        out.add(new ConfigLine("General", "Healthcheck", i.healthcheck().isEmpty() ? "none" : i.healthcheck(), false));
        for (Map.Entry<String, String> e : i.env()) {
            String shown = SecretMask.shown(e.getKey(), e.getValue(), reveal);
            String value = reveal ? shown : SecretMask.maskUrlPassword(shown);
            out.add(new ConfigLine("Environment", e.getKey(), value, !value.equals(e.getValue())));
        }
        i.mounts().forEach(m -> out.add(new ConfigLine("Mounts", "", m, false)));
        i.networks().forEach(n -> out.add(new ConfigLine("Networks", "", n, false)));
        i.ports().forEach(p -> out.add(new ConfigLine("Ports", "", p, false)));
        new java.util.TreeMap<>(i.labels()).forEach((k, v) -> {
            String shown = SecretMask.shown(k, v, reveal);
            out.add(new ConfigLine("Labels", k, shown, !shown.equals(v)));
        });
        lines.setAll(out);
    }

    private void cancelStats() {
        AutoCloseable s = stats;
        stats = null;
        hasStats.set(false);
        synchronized (inbox) {
            inbox.clear();
        }
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                status.set("The stats stream did not close cleanly: " + e.getMessage());
            }
        }
    }

    /** Cancels the stats subscription and ignores inspects still under way. */
    public void dispose() {
        synchronized (inbox) {
            generation++;
        }
        cancelStats();
    }

    /** The container or service shown, for the tools (logs, shell) offered beside it. */
    public javafx.beans.property.ReadOnlyObjectProperty<Target> shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rawJsonProperty() { return rawJson.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasStatsProperty() { return hasStats.getReadOnlyProperty(); }
    public BooleanProperty revealSecretsProperty() { return revealSecrets; }
    public ObservableList<ConfigLine> lines() { return lines; }
    public ObservableList<StatsSample> samples() { return samples; }
    public boolean streaming() { return stats != null; }
}
