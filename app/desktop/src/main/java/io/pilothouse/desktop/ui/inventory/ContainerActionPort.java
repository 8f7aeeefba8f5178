package io.pilothouse.desktop.ui.inventory;

import java.util.List;

/** Runs a container action on the engine (blocking, off the JavaFX thread); the core checks the guard and journals it. */
public interface ContainerActionPort {

    /** @param typedConfirmation what the user typed for the production guard; empty when no name was asked */
    ActionOutcome run(ContainerAction action, List<ContainerTarget> targets, String typedConfirmation);
}
