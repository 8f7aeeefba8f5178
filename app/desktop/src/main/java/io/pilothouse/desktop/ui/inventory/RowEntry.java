package io.pilothouse.desktop.ui.inventory;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The table's item for one inventory object: it keeps its identity while its row changes, so an
 * update in place keeps the selection and the scroll position.
 */
public final class RowEntry<R extends InventoryRow> {

    private final String key;
    private final ObjectProperty<R> row;

    RowEntry(R row) {
        this.key = row.key();
        this.row = new SimpleObjectProperty<>(this, "row", row);
    }

    public String key() {
        return key;
    }

    public R row() {
        return row.get();
    }

    public ObjectProperty<R> rowProperty() {
        return row;
    }

    @Override
    public String toString() {
        return row.get().toString();
    }
}
