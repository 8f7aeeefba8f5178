package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.core.workflows.backup.PrunePreview;
import io.pilothouse.core.workflows.backup.VerifyResult;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The backup catalog as the desktop shows it: browse and search the backups of a folder, verify
 * some (re-read and re-hashed end to end), and prune by retention — a preview first lists what
 * would be deleted, and only that preview can be carried out. The folder is read off the JavaFX thread.
 */
public final class BackupCatalogViewModel {

    private final BackupCatalog catalog;
    private final Executor background;
    private final Consumer<Runnable> ui;
    private final Clock clock;
    private final ObservableList<CatalogRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CatalogRow> shown = new FilteredList<>(rows, r -> true);
    private final ObservableList<CatalogRow> toRemove = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty keepLast = new SimpleStringProperty("");
    private final StringProperty newerThanDays = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canPrune = new SimpleBooleanProperty(false);
    private PrunePreview preview;

    public BackupCatalogViewModel(BackupCatalog catalog, Executor background, Consumer<Runnable> ui, Clock clock) {
        this.catalog = catalog;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        search.addListener((o, was, now) -> {
            String words = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(r -> words.isEmpty() || java.util.Arrays.stream(words.split("\\s+"))
                    .allMatch(w -> r.searchText().contains(w)));
        });
        keepLast.addListener((o, was, now) -> forgetPreview());
        newerThanDays.addListener((o, was, now) -> forgetPreview());
    }

    public String folder() {
        return catalog.dir().toString();
    }

    /** Reads the folder again. */
    public void load() {
        reload("");
    }

    /** Reads the folder again; the status starts with {@code before}. */
    private void reload(String before) {
        busy.set(true);
        background.execute(() -> {
            try {
                List<CatalogRow> list = catalog.list().stream().map(CatalogRow::new).toList();
                List<String> problems = catalog.problems();
                ui.accept(() -> {
                    rows.setAll(list);
                    forgetPreview();
                    busy.set(false);
                    status.set(before + (list.isEmpty() ? "There are no backups in " + catalog.dir() + "."
                            : list.size() + " backups in " + catalog.dir() + ".")
                            + (problems.isEmpty() ? "" : " Not listed: " + String.join("; ", problems) + "."));
                });
            } catch (RuntimeException e) {
                ui.accept(() -> {
                    busy.set(false);
                    status.set(e.getMessage());
                });
            }
        });
    }

    /** Re-reads and re-hashes each of {@code chosen} end to end against its manifest. */
    public void verify(List<CatalogRow> chosen) {
        if (chosen.isEmpty()) {
            status.set("Choose the backups to verify.");
            return;
        }
        List<CatalogRow> these = List.copyOf(chosen);
        busy.set(true);
        these.forEach(r -> r.checkProperty().set("checking…"));
        status.set("Verifying " + these.size() + " backup" + (these.size() == 1 ? "" : "s") + "…");
        background.execute(() -> {
            List<String> bad = new ArrayList<>();
            for (CatalogRow r : these) {
                VerifyResult v;
                try {
                    v = catalog.verify(r.entry());
                } catch (RuntimeException e) {
                    v = new VerifyResult(r.name(), false, r.name() + " could not be read: " + e.getMessage());
                }
                VerifyResult result = v;
                if (!result.ok()) {
                    bad.add(result.sentence());
                }
                ui.accept(() -> r.checkProperty().set(result.ok() ? "verified" : "DAMAGED: " + result.sentence()));
            }
            ui.accept(() -> {
                busy.set(false);
                status.set(bad.isEmpty() ? these.size() + " verified: each archive matches its manifest."
                        : String.join(" ", bad));
            });
        });
    }

    /** Shows what the retention rule in the two fields would delete; nothing is deleted yet. */
    public void preview() {
        forgetPreview();
        Integer last;
        Integer days;
        try {
            last = number(keepLast.get(), "Keep last");
            days = number(newerThanDays.get(), "Newer than");
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        if (last == null && days == null) {
            status.set("Say what to keep: the last N backups of each volume, those newer than D days, or both.");
            return;
        }
        PrunePreview p = catalog.preview(last, days, clock.instant());
        preview = p;
        toRemove.setAll(rows.stream().filter(r -> p.remove().contains(r.entry())).toList());
        canPrune.set(!p.remove().isEmpty());
        status.set(p.remove().isEmpty() ? "The rule keeps all " + p.keep().size() + " backups; nothing to delete."
                : "Pruning deletes the " + p.remove().size() + " backup" + (p.remove().size() == 1 ? "" : "s")
                + " listed and keeps " + p.keep().size() + ".");
    }

    /** Deletes what the last preview listed. */
    public void prune() {
        PrunePreview p = preview;
        if (p == null || p.remove().isEmpty()) {
            status.set("Preview the pruning first.");
            return;
        }
        busy.set(true);
        background.execute(() -> {
            String sentence;
            try {
                List<String> removed = catalog.prune(p);
                sentence = "Deleted " + removed.size() + " backup" + (removed.size() == 1 ? "" : "s") + ": "
                        + String.join(", ", removed) + ".";
            } catch (RuntimeException e) {
                sentence = e.getMessage();
            }
            String done = sentence;
            ui.accept(() -> reload(done + " "));
        });
    }

    private void forgetPreview() {
        preview = null;
        toRemove.clear();
        canPrune.set(false);
    }

    static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // said below
        }
        throw new IllegalArgumentException(field + " takes a whole number of 0 or more, not \"" + text.strip() + "\".");
    }

    public ObservableList<CatalogRow> shown() { return shown; }
    public ObservableList<CatalogRow> toRemove() { return toRemove; }
    public StringProperty searchProperty() { return search; }
    public StringProperty keepLastProperty() { return keepLast; }
    public StringProperty newerThanDaysProperty() { return newerThanDays; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty canPruneProperty() { return canPrune; }
}
