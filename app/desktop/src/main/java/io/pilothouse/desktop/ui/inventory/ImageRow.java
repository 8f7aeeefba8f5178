package io.pilothouse.desktop.ui.inventory;

import java.time.Instant;
import java.util.List;

/** An image as the images table shows it. */
public record ImageRow(String id, List<String> tags, long sizeBytes, Instant created, int containers)
        implements InventoryRow {

    public ImageRow {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String name() {
        return tags.isEmpty() ? shortId() : tags.get(0);
    }

    public String shortId() {
        String bare = id.startsWith("sha256:") ? id.substring(7) : id;
        return bare.substring(0, Math.min(12, bare.length()));
    }

    @Override
    public String stack() {
        return "";
    }

    @Override
    public String searchText() {
        return String.join(" ", String.join(" ", tags), shortId());
    }
}
