package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.PlanHistory;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The journal's plan runs, newest first, per host: what ran, how it ended and, for the chosen run,
 * what it did step by step and what it changed on the host. The journal is read off the JavaFX thread.
 */
public final class PlanRunsViewModel {

    /** The journal event of a container's finished upgrade (written by the upgrade plans' last step). */
    static final String UPGRADED = io.pilothouse.core.workflows.upgrade.ContainerUpgrades.UPGRADED;

    /** The host choice that shows every host. */
    public static final String ALL_HOSTS = "All hosts";

    private final PlanHistory history;
    private final Supplier<Set<String>> unfinished;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final ObservableList<PlanRunRow> runs = FXCollections.observableArrayList();
    private final FilteredList<PlanRunRow> shown = new FilteredList<>(runs, r -> true);
    private final ObservableList<String> hosts = FXCollections.observableArrayList(ALL_HOSTS);
    private final StringProperty host = new SimpleStringProperty(ALL_HOSTS);
    private final ObjectProperty<PlanRunRow> chosen = new SimpleObjectProperty<>();
    private final ObservableList<String> story = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final RollbackOpener rollbacks;
    private final ObservableList<String> rollbackTargets = FXCollections.observableArrayList();
    private final StringProperty rollbackTarget = new SimpleStringProperty();

    /** @param unfinished the ids of plans whose process died mid-run (see PlanRecovery) */
    public PlanRunsViewModel(PlanHistory history, Supplier<Set<String>> unfinished, Executor background,
                             Consumer<Runnable> ui) {
        this(history, unfinished, background, ui, RollbackOpener.NONE);
    }

    /** @param rollbacks opens the rollback of a container an upgrade run changed, on a connected host */
    public PlanRunsViewModel(PlanHistory history, Supplier<Set<String>> unfinished, Executor background,
                             Consumer<Runnable> ui, RollbackOpener rollbacks) {
        this.rollbacks = rollbacks;
        this.history = history;
        this.unfinished = unfinished;
        this.background = background;
        this.ui = ui;
        host.addListener((o, was, now) -> {
            shown.setPredicate(r -> now == null || ALL_HOSTS.equals(now) || now.equals(r.host()));
            status.set(shown.size() + " plan runs" + (ALL_HOSTS.equals(now) ? "." : " on " + now + "."));
        });
        chosen.addListener((o, was, now) -> tell(now));
    }

    public void load() {
        background.execute(() -> {
            try {
                Set<String> dead = unfinished.get();
                List<PlanRunRow> list = new ArrayList<>(history.runs().stream()
                        .map(r -> new PlanRunRow(r, r.outcome().isEmpty() && dead.contains(r.planId()))).toList());
                Collections.reverse(list);
                List<String> names = list.stream().map(PlanRunRow::host).filter(h -> !h.isEmpty()).distinct().sorted().toList();
                ui.accept(() -> {
                    runs.setAll(list);
                    List<String> all = new ArrayList<>(List.of(ALL_HOSTS));
                    all.addAll(names);
                    String was = host.get();
                    hosts.setAll(all);
                    host.set(all.contains(was) ? was : ALL_HOSTS);
                    status.set(list.isEmpty() ? "No plan has run yet." : shown.size() + " plan runs"
                            + (ALL_HOSTS.equals(host.get()) ? "." : " on " + host.get() + "."));
                });
            } catch (RuntimeException e) {
                ui.accept(() -> status.set("The journal could not be read: " + e.getMessage()));
            }
        });
    }

    private void tell(PlanRunRow row) {
        story.clear();
        rollbackTargets.clear();
        rollbackTarget.set(null);
        if (row == null) {
            return;
        }
        String id = row.run().planId();
        background.execute(() -> {
            List<JournalEntry> entries = history.entries(id);
            List<String> lines = lines(entries);
            List<String> upgraded = upgradedContainers(entries);
            ui.accept(() -> {
                if (chosen.get() == row) {
                    story.setAll(lines);
                    rollbackTargets.setAll(upgraded);
                    rollbackTarget.set(upgraded.isEmpty() ? null : upgraded.get(0));
                }
            });
        });
    }

    /** The containers a run upgraded to the end (its {@code upgrade.container} entries), in order. */
    static List<String> upgradedContainers(List<JournalEntry> entries) {
        return entries.stream().filter(e -> e.event().equals(UPGRADED))
                .map(e -> e.details().get("container")).filter(c -> c != null && !c.isEmpty()).distinct().toList();
    }

    /**
     * Opens the rollback of the chosen container of the chosen upgrade run (the plan wizard shows it
     * before anything changes); says why when it cannot.
     */
    public void rollBack() {
        PlanRunRow row = chosen.get();
        String container = rollbackTarget.get();
        if (row == null || container == null || !rollbackTargets.contains(container)) {
            status.set("Choose an upgrade run that finished, then the container to roll back.");
            return;
        }
        String why = rollbacks.open(row.host(), container);
        status.set(why.isEmpty() ? "Rolling back " + container + " on " + row.host()
                + ": the plan wizard shows the plan before anything changes." : why);
    }

    /** A run's journal entries as sentences: steps with their outcome, notes, changes made and taken back. */
    static List<String> lines(List<JournalEntry> entries) {
        List<String> out = new ArrayList<>();
        for (JournalEntry e : entries) {
            Map<String, String> d = e.details();
            String time = HistoryTimes.format(e.time()).substring(11) + "  ";
            String line = switch (e.event()) {
                case "plan.started" -> "started by " + e.user() + ": " + e.summary();
                case "plan.step" -> "step " + step(d) + " " + word(d.get("outcome")) + ": " + e.summary()
                        + (d.containsKey("message") ? " — " + d.get("message") : "");
                case "plan.note" -> "  " + e.summary();
                case "plan.change" -> "changed: " + e.summary();
                case "plan.change-resolved" -> "taken back: " + e.summary();
                case "plan.change-failed" -> "could not take back: " + e.summary()
                        + (d.containsKey("message") ? " — " + d.get("message") : "");
                case "plan.refused" -> "refused: " + e.summary();
                case "plan.recovery-started" -> e.summary();
                case "plan.finished" -> "ended " + word(d.get("outcome")) + ": " + e.summary();
                case UPGRADED -> "journaled for a rollback: " + e.summary();
                default -> e.event() + ": " + e.summary();
            };
            out.add(time + line);
        }
        return out;
    }

    private static String step(Map<String, String> d) {
        try {
            return Integer.toString(Integer.parseInt(d.getOrDefault("step", "")) + 1);
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    private static String word(String outcome) {
        return outcome == null ? "" : outcome.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public ObservableList<PlanRunRow> shown() { return shown; }
    public ObservableList<String> hosts() { return hosts; }
    public StringProperty hostProperty() { return host; }
    public ObjectProperty<PlanRunRow> chosenProperty() { return chosen; }
    public ObservableList<String> story() { return story; }
    public StringProperty statusProperty() { return status; }
    public ObservableList<String> rollbackTargets() { return rollbackTargets; }
    public StringProperty rollbackTargetProperty() { return rollbackTarget; }
}
