package io.pilothouse.desktop.ui.inventory;

/** Saves the user's choice of whether a named volume holds state or can be regenerated (blocking, off the JavaFX thread). */
public interface VolumeClassSaver {

    enum Choice { STATEFUL, REGENERABLE }

    /** False when this host's inventory offers no way to save the choice. */
    boolean available();

    void classify(String volumeKey, Choice choice);

    VolumeClassSaver NONE = new VolumeClassSaver() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void classify(String volumeKey, Choice choice) {
            throw new UnsupportedOperationException("Saving a volume classification is not offered for this host.");
        }
    };
}
