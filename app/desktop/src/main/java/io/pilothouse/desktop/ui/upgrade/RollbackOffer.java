package io.pilothouse.desktop.ui.upgrade;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Roll back to previous image…" on one host's containers: offered for the containers the journal
 * holds a finished upgrade of (read off the JavaFX thread, kept in memory for the menus), and opened
 * as the core's rollback plan in the plan wizard.
 */
public final class RollbackOffer {

    /** The health timeout of a rollback started from a menu or the history. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);

    private final UpgradePort port;
    private final Supplier<Set<String>> upgraded;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> failure;
    private volatile Set<String> known = Set.of();
    private final AtomicBoolean reading = new AtomicBoolean();

    /**
     * @param upgraded the containers of this host with a finished upgrade in the journal (read off the JavaFX thread)
     * @param failure  shows a sentence saying why a rollback cannot open (on the JavaFX thread)
     */
    public RollbackOffer(UpgradePort port, Supplier<Set<String>> upgraded, Executor background, Executor ui,
                         Consumer<String> failure) {
        this.port = port;
        this.upgraded = upgraded;
        this.background = background;
        this.ui = ui;
        this.failure = failure;
    }

    /** Whether the journal held an upgrade of {@code container} when last read; asks for a fresh read. */
    public boolean available(String container) {
        refresh();
        return known.contains(container);
    }

    /** Reads the journal again in the background (a read under way is not doubled). */
    public void refresh() {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    known = Set.copyOf(upgraded.get());
                } catch (RuntimeException e) {
                    // the menus keep what they knew; opening a rollback reads the journal again and says why it fails
                } finally {
                    reading.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            reading.set(false);
        }
    }

    /** Builds the rollback plan of {@code container} in the background, then opens it in the plan wizard. */
    public void open(String container) {
        background.execute(() -> {
            try {
                UpgradeDraft draft = port.containerRollback(container, HEALTH_TIMEOUT);
                ui.execute(() -> port.openPlan(draft));
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> failure.accept(why));
            }
        });
    }
}
