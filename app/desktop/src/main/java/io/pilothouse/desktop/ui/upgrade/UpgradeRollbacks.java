package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.desktop.ui.history.RollbackOpener;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The hosts the app is connected to, each with the way to open a container's rollback on it: the
 * history window rolls back an upgrade run's container through this.
 */
public final class UpgradeRollbacks implements RollbackOpener {

    /** The app's registry: filled by {@link UpgradeTools} as hosts connect, read by the history window. */
    public static final UpgradeRollbacks CONNECTED = new UpgradeRollbacks();

    private final Map<String, Consumer<String>> openers = new ConcurrentHashMap<>();

    /**
     * Registers the host named {@code host} (its newest session): {@code opener} opens the rollback of a
     * container there, on the JavaFX thread, and returns at once.
     */
    public void connected(String host, Consumer<String> opener) {
        openers.put(host, opener);
    }

    @Override
    public String open(String host, String container) {
        Consumer<String> opener = openers.get(host);
        if (opener == null) {
            return "Connect to " + host + " in the main window first: the rollback of " + container + " runs there.";
        }
        opener.accept(container);
        return "";
    }
}
