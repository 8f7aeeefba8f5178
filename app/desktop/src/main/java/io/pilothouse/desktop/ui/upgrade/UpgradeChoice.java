package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.desktop.ui.workspace.TargetKind;

import java.time.Duration;

/** What the user picked in the upgrade wizard: the target, the strategy, the image (null: the same tag again), the health timeout. */
public record UpgradeChoice(String target, TargetKind kind, String strategy, String image, Duration healthTimeout) {
}
