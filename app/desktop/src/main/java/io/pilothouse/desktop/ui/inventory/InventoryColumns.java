package io.pilothouse.desktop.ui.inventory;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.TableView;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import io.pilothouse.desktop.ui.updates.UpdateMark;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import java.util.function.Consumer;

import static io.pilothouse.desktop.ui.inventory.TableColumns.cells;
import static io.pilothouse.desktop.ui.inventory.TableColumns.column;
import static io.pilothouse.desktop.ui.inventory.TableColumns.sortedNullsLast;

/** The columns of each inventory table, sorted by stack then name to begin with. */
final class InventoryColumns {

    private InventoryColumns() {
    }

    static void containers(TableView<RowEntry<ContainerRow>> t, Consumer<ContainerRow> open,
                           ObservableValue<Map<String, UpdateMark>> updates, ObservableValue<String> updateStatus) {
        TableColumn<RowEntry<ContainerRow>, String> state = column("State", 100, r -> r.health().equals("unhealthy") ? "unhealthy" : r.state());
        cells(state, s -> s, (cell, s) -> cell.setGraphic(TableColumns.dot("state-" + s)));
        TableColumn<RowEntry<ContainerRow>, String> health = column("Health", 90, ContainerRow::health);
        cells(health, h -> h, (cell, h) -> cell.getStyleClass().add("health-" + h));
        TableColumn<RowEntry<ContainerRow>, String> name = column("Name", 240, ContainerRow::name);
        TableColumn<RowEntry<ContainerRow>, String> maintenance = column("Maintenance", 250, ContainerRow::maintainedBy);
        cells(maintenance, m -> m, InventoryColumns::maintenanceMark);
        TableColumn<RowEntry<ContainerRow>, String> stack = TableColumns.stack();
        TableColumn<RowEntry<ContainerRow>, Instant> uptime = sortedNullsLast("Uptime", 80, r -> r.running() ? r.startedAt() : null);
        cells(uptime, at -> Uptime.format(Duration.between(at, Instant.now())), null);
        t.getColumns().setAll(List.of(stack, state, name, maintenance, health, update(updates, updateStatus), column("Image", 180, ContainerRow::image),
                column("Ports", 210, ContainerRow::portsText), sortedNullsLast("Restarts", 90, ContainerRow::restartCount),
                sortedNullsLast("Exit code", 90, ContainerRow::exitCode), uptime));
        finish(t, stack, name, open);
    }

    static void services(TableView<RowEntry<ServiceRow>> t, Consumer<ServiceRow> open,
                         ObservableValue<Map<String, UpdateMark>> updates, ObservableValue<String> updateStatus) {
        TableColumn<RowEntry<ServiceRow>, String> state = column("State", 100, ServiceRow::state);
        cells(state, s -> s, (cell, s) -> cell.setGraphic(TableColumns.dot("state-" + (s.equals("running") ? s : "unhealthy"))));
        TableColumn<RowEntry<ServiceRow>, String> name = column("Name", 220, ServiceRow::name);
        TableColumn<RowEntry<ServiceRow>, String> stack = TableColumns.stack();
        t.getColumns().setAll(List.of(stack, state, name, update(updates, updateStatus), column("Image", 220, ServiceRow::image),
                column("Mode", 90, ServiceRow::mode), column("Replicas", 80, ServiceRow::replicas),
                column("Ports", 160, r -> String.join(", ", r.ports()))));
        finish(t, stack, name, open);
    }

    static void volumes(TableView<RowEntry<VolumeRow>> t) {
        TableColumn<RowEntry<VolumeRow>, String> name = column("Name", 240, VolumeRow::name);
        TableColumn<RowEntry<VolumeRow>, String> stack = TableColumns.stack();
        TableColumn<RowEntry<VolumeRow>, String> classification = column("Classification", 110, VolumeRow::classification);
        cells(classification, c -> c, (cell, c) -> cell.getStyleClass().add("classification-" + c));
        t.getColumns().setAll(List.of(stack, name, column("Kind", 90, VolumeRow::kind), classification,
                column("Reason", 320, VolumeRow::reason), column("Used by", 220, r -> String.join(", ", r.users()))));
        finish(t, stack, name, null);
    }

    static void networks(TableView<RowEntry<NetworkRow>> t) {
        TableColumn<RowEntry<NetworkRow>, String> name = column("Name", 220, NetworkRow::name);
        TableColumn<RowEntry<NetworkRow>, String> stack = TableColumns.stack();
        t.getColumns().setAll(List.of(stack, name, column("Driver", 90, NetworkRow::driver), column("Scope", 80, NetworkRow::scope),
                sortedNullsLast("Containers", 90, r -> r.containers().size()),
                column("Attached", 260, r -> String.join(", ", r.containers()))));
        finish(t, stack, name, null);
    }

    static void images(TableView<RowEntry<ImageRow>> t) {
        TableColumn<RowEntry<ImageRow>, String> name = column("Tag", 300, ImageRow::name);
        TableColumn<RowEntry<ImageRow>, Long> size = sortedNullsLast("Size", 90, ImageRow::sizeBytes);
        cells(size, InventoryColumns::megabytes, null);
        TableColumn<RowEntry<ImageRow>, Instant> created = sortedNullsLast("Created", 160, ImageRow::created);
        cells(created, at -> at.toString().replace('T', ' ').replaceAll("\\..*|Z", ""), null);
        t.getColumns().setAll(List.of(name, column("Id", 110, ImageRow::shortId), size, created,
                sortedNullsLast("Containers", 90, ImageRow::containers)));
        t.getSortOrder().setAll(List.of(name));
    }

    private static <R extends InventoryRow> void finish(TableView<RowEntry<R>> t, TableColumn<RowEntry<R>, String> stack,
                                                        TableColumn<RowEntry<R>, String> name, Consumer<R> open) {
        t.getSortOrder().setAll(List.of(stack, name));
        TableColumns.groupRows(t, stack, open);
    }

    /**
     * The newer-image column: an arrow and "newer image" when the registry has another image for the
     * tag, "could not check" or "not from a registry" in grey; the tag, both digests and when on hover.
     */
    private static <R extends InventoryRow> TableColumn<RowEntry<R>, UpdateMark> update(ObservableValue<Map<String, UpdateMark>> updates,
                                                                                      ObservableValue<String> status) {
        TableColumn<RowEntry<R>, UpdateMark> c = new TableColumn<>();
        javafx.scene.control.Label header = new javafx.scene.control.Label("Update");
        Tooltip about = new Tooltip();
        about.textProperty().bind(Bindings.createStringBinding(() -> status.getValue() == null || status.getValue().isEmpty()
                ? "Not checked yet" : status.getValue(), status));
        header.setTooltip(about);
        c.setGraphic(header);
        c.setId("update-column");
        c.setPrefWidth(150);
        c.setCellValueFactory(f -> Bindings.createObjectBinding(() -> {
            Map<String, UpdateMark> marks = updates.getValue();
            return marks == null ? UpdateMark.NONE : marks.getOrDefault(f.getValue().key(), UpdateMark.NONE);
        }, f.getValue().rowProperty(), updates));
        c.setComparator(Comparator.comparing((UpdateMark m) -> m.state() == null ? Integer.MAX_VALUE : m.state().ordinal()));
        cells(c, UpdateMark::shortText, (cell, mark) -> {
            if (mark.tooltip().isEmpty()) {
                cell.setTooltip(null);
                return;
            }
            if (mark.updateAvailable()) {
                FontIcon arrow = new FontIcon("fth-arrow-up");
                arrow.getStyleClass().add("update-mark");
                cell.setGraphic(arrow);
                cell.getStyleClass().add("update-available");
            } else if (mark.muted()) {
                cell.getStyleClass().add("muted");
            }
            Tooltip tip = new Tooltip(mark.tooltip());
            tip.setShowDelay(javafx.util.Duration.millis(200));
            cell.setTooltip(tip);
        });
        return c;
    }

    /** A lock, who and since when while someone holds maintenance locks; the paths too on hover. */
    private static void maintenanceMark(TableCell<RowEntry<ContainerRow>, String> cell, String maintainedBy) {
        RowEntry<ContainerRow> entry = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
        if (maintainedBy.isEmpty() || entry == null) {
            cell.setTooltip(null);
            return;
        }
        String sentences = entry.row().maintenance();
        FontIcon lock = new FontIcon("fth-lock");
        lock.getStyleClass().add("maintenance-mark");
        cell.setGraphic(lock);
        cell.getStyleClass().add("under-maintenance");
        Tooltip tip = new Tooltip(sentences);
        tip.setShowDelay(javafx.util.Duration.millis(200));
        cell.setTooltip(tip);
    }

    static String megabytes(long bytes) {
        return bytes >= 1 << 30 ? String.format("%.1f GB", bytes / (double) (1 << 30))
                : String.format("%.1f MB", bytes / (double) (1 << 20));
    }
}
