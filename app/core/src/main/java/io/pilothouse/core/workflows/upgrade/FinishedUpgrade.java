package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.StepContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A container's upgrade once its old container is gone: written to the journal by the step that
 * removes the old one ({@link ContainerUpgrades#UPGRADED}), whatever runs the plan (the wizard, the
 * command line, a plan file), so a later rollback finds the previous image.
 */
record FinishedUpgrade(String container, String previousImage, String previousImageId, String image) {

    void journal(StepContext ctx) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("container", container);
        details.put("previousImage", previousImage);
        details.put("previousImageId", previousImageId);
        details.put("image", image);
        ctx.record(ContainerUpgrades.UPGRADED, "upgraded " + container + " from " + previousImage + " to " + image, details);
    }
}
