package io.pilothouse.desktop.ui.inventory;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one inventory table: merged in place by key (an entry keeps its identity while its row
 * changes), filtered by the quick filter, sorted by the table's comparator (stack, then name, by default).
 */
public final class RowTable<R extends InventoryRow> {

    public static final Comparator<RowEntry<? extends InventoryRow>> BY_STACK_THEN_NAME =
            Comparator.comparing((RowEntry<? extends InventoryRow> e) -> e.row().stack().isEmpty() ? "\uffff" : e.row().stack())
                    .thenComparing(e -> e.row().name());

    private final String title;
    private final ObservableList<RowEntry<R>> all = FXCollections.observableArrayList(e -> new Observable[]{e.rowProperty()});
    private final FilteredList<RowEntry<R>> filtered = new FilteredList<>(all);
    private final SortedList<RowEntry<R>> sorted = new SortedList<>(filtered, BY_STACK_THEN_NAME);
    private final ObjectProperty<QuickFilter> filter = new SimpleObjectProperty<>(this, "filter", new QuickFilter(""));
    private final StringBinding tabTitle;

    public RowTable(String title) {
        this.title = title;
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            QuickFilter f = filter.get();
            return e -> f.test(e.row());
        }, filter));
        tabTitle = Bindings.createStringBinding(() -> filter.get().isEmpty()
                ? title + " (" + all.size() + ")"
                : title + " (" + filtered.size() + " of " + all.size() + ")", all, filtered, filter);
    }

    /** Replaces the rows: unchanged keys keep their entry (its row is updated), new keys are added, missing ones removed. */
    public void merge(List<R> rows) {
        Map<String, RowEntry<R>> existing = new HashMap<>();
        for (RowEntry<R> e : all) {
            existing.put(e.key(), e);
        }
        Set<String> seen = new HashSet<>();
        List<RowEntry<R>> added = new java.util.ArrayList<>();
        for (R row : rows) {
            if (!seen.add(row.key())) {
                continue;
            }
            RowEntry<R> e = existing.get(row.key());
            if (e == null) {
                added.add(new RowEntry<>(row));
            } else if (!e.row().equals(row)) {
                e.rowProperty().set(row);
            }
        }
        all.removeIf(e -> !seen.contains(e.key()));
        all.addAll(added);
    }

    public String title() {
        return title;
    }

    public ObjectProperty<QuickFilter> filterProperty() {
        return filter;
    }

    /** All entries, unfiltered, in arrival order. */
    public ObservableList<RowEntry<R>> all() {
        return FXCollections.unmodifiableObservableList(all);
    }

    /** What the table shows: filtered, and sorted by the comparator bound to {@link SortedList#comparatorProperty()}. */
    public SortedList<RowEntry<R>> shown() {
        return sorted;
    }

    public int total() {
        return all.size();
    }

    public int shownCount() {
        return filtered.size();
    }

    public StringBinding tabTitleProperty() {
        return tabTitle;
    }

    public RowEntry<R> entry(String key) {
        return all.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }
}
