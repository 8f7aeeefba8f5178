package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;

import java.nio.file.Path;
import java.util.List;

/**
 * Upgrades and rollbacks of single containers on one host, for the wizard and the CLI: builds the
 * recreate preview, runs it through the plan runner (guard, journal, undo, host lock); the plan's
 * last step records each finished upgrade in the journal so that a later rollback knows the previous image.
 */
public final class ContainerUpgrades {

    /** The journal event of a finished upgrade: details container, previousImage, previousImageId, image. */
    public static final String UPGRADED = "upgrade.container";

    private final HostSession session;
    private final Journal journal;
    private final ProductionGuard guard;
    private final RecreatePlanFactory factory;
    private final BlueGreenPlanFactory blueGreen;
    private final Path locksDir;

    public ContainerUpgrades(HostSession session, Journal journal, ProductionGuard guard) {
        this(session, journal, guard, RegistryCredentials.none());
    }

    /** {@code credentials}: registry logins for the pulls (from ~/.docker/config.json). */
    public ContainerUpgrades(HostSession session, Journal journal, ProductionGuard guard, RegistryCredentials credentials) {
        this.session = session;
        this.journal = journal;
        this.guard = guard;
        this.factory = new RecreatePlanFactory(EngineApi.of(session.docker()), session.profile().id(), credentials);
        this.blueGreen = new BlueGreenPlanFactory(EngineApi.of(session.docker()), session.profile().id(), credentials);
        this.locksDir = null;
    }

    private ContainerUpgrades(ContainerUpgrades base, Path locksDir) {
        this.session = base.session;
        this.journal = base.journal;
        this.guard = base.guard;
        this.factory = base.factory;
        this.blueGreen = base.blueGreen;
        this.locksDir = locksDir;
    }

    /** @param image a reference, ":TAG", or null to pull the container's own reference again */
    public RecreatePreview preview(String container, String image, HealthGate gate) {
        return factory.preview(container, image, gate, true);
    }

    /**
     * The blue/green plan: green beside blue, the aliases moved when it is up, blue drained and removed.
     * {@code aliases}: the ones to move, or empty for all of blue's aliases on user-defined networks.
     */
    public RecreatePreview previewBlueGreen(String container, String image, HealthGate gate, List<String> aliases,
                                            java.time.Duration drain) {
        return blueGreen.preview(container, image, gate, aliases, drain);
    }

    /** The plan that puts {@code container} back on the image it had before its last upgrade here. */
    public RecreatePreview previewRollback(String container, HealthGate gate) {
        JournalEntry last = lastUpgrade(container);
        String previousId = last.details().get("previousImageId");
        String previousRef = last.details().getOrDefault("previousImage", "");
        EngineApi api = EngineApi.of(session.docker());
        String image = previousId;
        try {
            String idOfRef = api.get("/images/" + EngineApi.encode(previousRef) + "/json").path("Id").asText();
            if (idOfRef.equals(previousId)) {
                image = previousRef;
            }
        } catch (EngineRequestFailed e) {
            // the tag moved on or is gone: run the image by its id
        }
        if (!api.exists("/images/" + EngineApi.encode(previousId) + "/json")) {
            throw new IllegalArgumentException("The previous image of " + container + " (" + previousRef + ", "
                    + previousId + ") is no longer on " + session.profile().name() + ": nothing to roll back to.");
        }
        return factory.preview(container, image, gate, false);
    }

    private JournalEntry lastUpgrade(String container) {
        List<JournalEntry> entries = journal.readAll();
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry e = entries.get(i);
            if (e.event().equals(UPGRADED) && e.host().equals(session.profile().name())
                    && container.equals(e.details().get("container"))) {
                return e;
            }
        }
        throw new IllegalArgumentException("The journal has no upgrade of " + container + " on "
                + session.profile().name() + ": there is no previous image to roll back to.");
    }

    /**
     * Runs the plan with the guard, the journal, the host lock (when {@link #withHostLocks} gave a
     * directory) and the changes a failed run leaves open taken back. The plan's last step journals the
     * finished upgrade ({@link #UPGRADED}), so the wizard and the command line record it alike.
     */
    public PlanResult run(RecreatePreview preview, String typedConfirmation, PlanListener listener, CancelToken cancel) {
        return runner().run(preview.plan(), session.profile(), typedConfirmation, listener, cancel,
                new DockerChangeReverter(session.docker()));
    }

    /** The runner the plans here run with: the guard, the journal, and the host locks when set. */
    private PlanRunner runner() {
        PlanRunner runner = new PlanRunner(journal, guard);
        return locksDir == null ? runner : runner.withHostLocks(locksDir);
    }

    /** The same upgrades, holding the host across processes with lock files in {@code dir} (one mutating plan per host). */
    public ContainerUpgrades withHostLocks(Path dir) {
        return new ContainerUpgrades(this, dir);
    }

    /** The containers on the host named {@code host} that {@code journal} holds a finished upgrade of (they can roll back). */
    public static java.util.Set<String> upgradedContainers(Journal journal, String host) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (JournalEntry e : journal.readAll()) {
            String container = e.details().get("container");
            if (e.event().equals(UPGRADED) && host.equals(e.host()) && container != null) {
                out.add(container);
            }
        }
        return out;
    }
}
