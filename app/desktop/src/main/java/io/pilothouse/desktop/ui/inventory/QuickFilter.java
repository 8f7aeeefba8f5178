package io.pilothouse.desktop.ui.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/** The quick filter: every word typed must appear in a row's name, image, stack or state (case ignored). */
public record QuickFilter(String text) implements Predicate<InventoryRow> {

    public QuickFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public boolean test(InventoryRow row) {
        if (text.isEmpty()) {
            return true;
        }
        String haystack = row.searchText().toLowerCase(Locale.ROOT);
        return Arrays.stream(text.split("\\s+")).allMatch(haystack::contains);
    }
}
