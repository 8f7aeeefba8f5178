package io.pilothouse.desktop.ui.updates;

import io.pilothouse.core.updates.ImageUpdate;
import io.pilothouse.core.updates.UpdateState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the inventory and the topology show for one container's or service's update check: a short
 * text for the table cell and the sentences for its tooltip.
 *
 * @param state null for {@link #NONE} (not checked)
 */
public record UpdateMark(String targetId, UpdateState state, String shortText, String tooltip) {

    /** Nothing known (not checked yet, or nothing to say). */
    public static final UpdateMark NONE = new UpdateMark("", null, "", "");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static UpdateMark of(ImageUpdate u, ZoneId zone) {
        String checked = "Checked " + TIME.format(u.checkedAt().atZone(zone));
        String running = "Running: " + (u.localDigest() == null ? "no registry digest" : u.localDigest());
        return switch (u.state()) {
            case UPDATE_AVAILABLE -> new UpdateMark(u.targetId(), u.state(), "newer image", String.join("\n",
                    "A newer image is in the registry for " + u.image(), running,
                    "Registry: " + u.registryDigest(), checked));
            case CURRENT -> new UpdateMark(u.targetId(), u.state(), "", String.join("\n",
                    u.image() + " is the registry's image for this tag", running, checked));
            case NOT_FROM_REGISTRY -> new UpdateMark(u.targetId(), u.state(), "not from a registry", String.join("\n",
                    "Not from a registry: " + u.reason(), checked));
            case COULD_NOT_CHECK -> new UpdateMark(u.targetId(), u.state(), "could not check", String.join("\n",
                    "Could not check " + u.image() + ": " + u.reason(), running, checked));
        };
    }

    public boolean updateAvailable() {
        return state == UpdateState.UPDATE_AVAILABLE;
    }

    /** Shown in grey: a state to know about, not something to act on. */
    public boolean muted() {
        return state == UpdateState.COULD_NOT_CHECK || state == UpdateState.NOT_FROM_REGISTRY;
    }
}
