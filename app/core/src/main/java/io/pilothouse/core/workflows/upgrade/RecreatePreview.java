package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.Plan;

import java.util.List;

/**
 * What a recreate will do, before it runs: the plan, the image now and after (with their digests
 * when known), and the settings that follow the new image's defaults. {@code newImageLocal} is false
 * when the new image is not on the host yet: its defaults are then compared after the pull.
 */
public record RecreatePreview(Plan plan, String container, String currentImage, String currentDigest,
                              String newImage, String newDigest, boolean newImageLocal, List<ConfigChange> changes) {

    public RecreatePreview {
        changes = List.copyOf(changes);
    }

    /** The lines a person reads: image and digests, then each changing default. */
    public List<String> differenceLines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("image: " + currentImage + " (" + orUnknown(currentDigest) + ") -> " + newImage + " ("
                + (newImageLocal ? orUnknown(newDigest) : "pulled first") + ")");
        if (!newImageLocal) {
            lines.add("The new image is not on the host yet: the defaults it changes are known after the pull.");
        } else if (changes.isEmpty()) {
            lines.add("No image default that this container uses changes.");
        }
        changes.forEach(c -> lines.add(c.sentence()));
        return lines;
    }

    private static String orUnknown(String digest) {
        return digest == null || digest.isEmpty() ? "digest unknown" : digest;
    }
}
