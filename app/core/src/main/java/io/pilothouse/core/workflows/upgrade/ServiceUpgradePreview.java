package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.Plan;

/** What a rolling update of a swarm service will do: the plan, the image now and after, the update settings. */
public record ServiceUpgradePreview(Plan plan, String service, String currentImage, String newImage,
                                    ServiceUpdateSettings settings) {
}
