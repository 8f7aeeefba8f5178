package io.pilothouse.desktop.ui.inventory;

import java.util.List;

/** Runs a container action on the engine (blocking, off the JavaFX thread); the core journals it. */
public interface ContainerActionPort {

    ActionOutcome run(ContainerAction action, List<ContainerTarget> targets);
}
