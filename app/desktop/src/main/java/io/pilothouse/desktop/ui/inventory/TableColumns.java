package io.pilothouse.desktop.ui.inventory;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Builds the inventory's columns: a value taken from the entry's current row, an optional cell look. */
final class TableColumns {

    private TableColumns() {
    }

    static <R extends InventoryRow, T> TableColumn<RowEntry<R>, T> column(String title, double width, Function<R, T> value) {
        TableColumn<RowEntry<R>, T> c = new TableColumn<>(title);
        c.setId(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-column");
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> Bindings.createObjectBinding(() -> value.apply(f.getValue().row()), f.getValue().rowProperty()));
        return c;
    }

    static <R extends InventoryRow, T extends Comparable<T>> TableColumn<RowEntry<R>, T> sortedNullsLast(
            String title, double width, Function<R, T> value) {
        TableColumn<RowEntry<R>, T> c = column(title, width, value);
        c.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return c;
    }

    /** A cell that shows {@code text(value)} and lets {@code look} add a graphic or style classes. */
    static <R extends InventoryRow, T> void cells(TableColumn<RowEntry<R>, T> column, Function<T, String> text,
                                                  BiConsumer<TableCell<RowEntry<R>, T>, T> look) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("health-") || s.startsWith("classification-")
                        || s.equals("stack-name") || s.equals("muted") || s.equals("under-maintenance")
                        || s.equals("update-available"));
                setGraphic(null);
                setText(empty || item == null ? null : text.apply(item));
                if (!empty && item != null && look != null) {
                    look.accept(this, item);
                }
            }
        });
    }

    /** The stack column: the stack's name in bold, "—" for objects outside any stack. */
    static <R extends InventoryRow> TableColumn<RowEntry<R>, String> stack() {
        TableColumn<RowEntry<R>, String> c = column("Stack", 170, R::stack);
        c.setComparator(Comparator.comparing((String s) -> s.isEmpty() ? "\uffff" : s));
        cells(c, s -> s.isEmpty() ? "—" : s, (cell, s) -> {
            cell.getStyleClass().add(s.isEmpty() ? "muted" : "stack-name");
            if (continuesGroup(cell.getTableView(), c, cell.getIndex())) {
                cell.setText(""); // the group's name stands once, on its first row
            }
        });
        return c;
    }

    /**
     * Rows that open a new stack group get a rule above them while the table is sorted by stack first,
     * so the groups read as groups; a double click opens the row.
     */
    static <R extends InventoryRow> void groupRows(TableView<RowEntry<R>> table, TableColumn<RowEntry<R>, String> stack,
                                                   java.util.function.Consumer<R> open) {
        table.setRowFactory(t -> {
            TableRow<RowEntry<R>> row = new TableRow<>() {
                @Override
                protected void updateItem(RowEntry<R> item, boolean empty) {
                    super.updateItem(item, empty);
                    int i = getIndex();
                    boolean start = !empty && item != null && i > 0 && !t.getSortOrder().isEmpty()
                            && t.getSortOrder().get(0) == stack && !continuesGroup(t, stack, i);
                    getStyleClass().remove("stack-start");
                    if (start) {
                        getStyleClass().add("stack-start");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && open != null) {
                    open.accept(row.getItem().row());
                }
            });
            return row;
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<RowEntry<R>>) c -> table.refresh());
        table.getSortOrder().addListener((javafx.collections.ListChangeListener<TableColumn<RowEntry<R>, ?>>) c -> table.refresh());
    }

    /** Whether row {@code i} has the same stack as the row above while the table is sorted by stack first. */
    static <R extends InventoryRow> boolean continuesGroup(TableView<RowEntry<R>> t, TableColumn<RowEntry<R>, ?> stack, int i) {
        return t != null && i > 0 && i < t.getItems().size() && !t.getSortOrder().isEmpty() && t.getSortOrder().get(0) == stack
                && Objects.equals(t.getItems().get(i - 1).row().stack(), t.getItems().get(i).row().stack());
    }

    static Node dot(String styleClass) {
        javafx.scene.shape.Circle c = new javafx.scene.shape.Circle(5);
        c.getStyleClass().addAll("state-dot", styleClass);
        return c;
    }
}
