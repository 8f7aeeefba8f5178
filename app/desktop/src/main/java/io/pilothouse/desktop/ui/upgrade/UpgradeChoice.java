package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings;
import io.pilothouse.desktop.ui.workspace.TargetKind;

import java.time.Duration;

/**
 * What the user picked in the upgrade wizard: the target, the strategy, the image (null: the same tag
 * again), the health timeout, how long blue drains (blue/green) and swarm's update settings (a service).
 */
public record UpgradeChoice(String target, TargetKind kind, String strategy, String image, Duration healthTimeout,
                            Duration drain, ServiceUpdateSettings settings) {
}
