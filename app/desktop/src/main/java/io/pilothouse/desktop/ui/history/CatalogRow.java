package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.ops.ProgressText;
import io.pilothouse.core.workflows.backup.CatalogEntry;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/** One backup in the catalog view: what its manifest says and, once checked, what the check found. */
public final class CatalogRow {

    private final CatalogEntry entry;
    private final StringProperty check = new SimpleStringProperty("");

    CatalogRow(CatalogEntry entry) {
        this.entry = entry;
    }

    public CatalogEntry entry() { return entry; }

    public String name() { return entry.name(); }

    public String host() { return entry.manifest().host(); }

    public String volume() { return entry.manifest().volume(); }

    public String finished() {
        return entry.manifest().finished() == null ? "" : HistoryTimes.format(entry.manifest().finished());
    }

    /** "1.2 GiB in 10 001 entries (412 MiB on disk)". */
    public String size() {
        return ProgressText.bytes(entry.manifest().contentBytes()) + " in " + entry.manifest().entries() + " entries ("
                + ProgressText.bytes(entry.manifest().archiveBytes()) + " on disk)";
    }

    public String consistency() { return entry.manifest().consistency(); }

    /** "", "verified" or what is wrong. */
    public StringProperty checkProperty() { return check; }

    String searchText() {
        return String.join(" ", name(), host(), volume(), finished(), consistency(),
                String.join(" ", entry.manifest().containers().stream().map(c -> c.name()).toList()))
                .toLowerCase(Locale.ROOT);
    }
}
