package io.pilothouse.desktop.ui.inventory;

/** Saves the user's choice of whether a named volume holds state or can be regenerated (blocking, off the JavaFX thread). */
public interface VolumeClassifier {

    enum Choice { STATEFUL, REGENERABLE }

    /** False when this host's inventory offers no way to save the choice. */
    boolean available();

    void classify(String volumeName, Choice choice);
}
