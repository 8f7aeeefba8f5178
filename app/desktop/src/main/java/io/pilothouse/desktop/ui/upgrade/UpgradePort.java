package io.pilothouse.desktop.ui.upgrade;

/** What the upgrade wizard needs from the core: a draft for a choice, and the plan wizard to run it in. */
public interface UpgradePort {

    /** Builds the plan (off the JavaFX thread); an {@link IllegalArgumentException} carries the sentence to show. */
    UpgradeDraft draft(UpgradeChoice choice);

    /** Opens the plan wizard on the draft's plan (on the JavaFX thread): preview, guard, progress, cancel. */
    void openPlan(UpgradeDraft draft);
}
