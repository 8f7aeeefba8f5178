package io.pilothouse.core.workflows.backup;

import java.util.List;

/** What a retention rule keeps and removes, shown before anything is deleted. */
public record PrunePreview(List<CatalogEntry> keep, List<CatalogEntry> remove) {

    public PrunePreview {
        keep = List.copyOf(keep);
        remove = List.copyOf(remove);
    }
}
