package io.pilothouse.desktop.ui.history;

/**
 * Opens the plan wizard on the rollback of a container to the image it had before its last upgrade,
 * on a host the app is connected to.
 */
@FunctionalInterface
public interface RollbackOpener {

    /** Offers nothing: every call answers why. */
    RollbackOpener NONE = (host, container) -> "Rolling back needs the main window's connection to " + host + ".";

    /**
     * Called on the JavaFX thread; returns at once.
     *
     * @return "" when the wizard opens (it shows the plan before anything changes), else the sentence
     *         saying why not (e.g. the host is not connected)
     */
    String open(String host, String container);
}
