package io.pilothouse.desktop.ui.updates;

import io.pilothouse.core.model.EntityKind;
import io.pilothouse.core.model.ImageInfo;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventoryListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Starts update checks from the inventory: after each full snapshot (the first one after connecting,
 * and after a reconnect), and when an image is pulled or tagged under a tag the last check asked about.
 */
public final class ImageTagWatch implements InventoryListener {

    private final UpdatesViewModel updates;
    private final Executor ui;

    public ImageTagWatch(UpdatesViewModel updates, Executor ui) {
        this.updates = updates;
        this.ui = ui;
    }

    @Override
    public void inventoryChanged(InventoryChange change) {
        if (change.resync()) {
            ui.execute(updates::check);
            return;
        }
        if (!change.added(EntityKind.IMAGE).isEmpty() || !change.updated(EntityKind.IMAGE).isEmpty()) {
            List<String> tags = new ArrayList<>();
            for (String id : change.added(EntityKind.IMAGE)) {
                tagsOf(change, id, tags);
            }
            for (String id : change.updated(EntityKind.IMAGE)) {
                tagsOf(change, id, tags);
            }
            ui.execute(() -> updates.imagesTagged(tags));
        }
    }

    private static void tagsOf(InventoryChange change, String id, List<String> tags) {
        ImageInfo image = change.after().images().get(id);
        if (image != null) {
            tags.addAll(image.repoTags());
        }
    }
}
