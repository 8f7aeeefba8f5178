package io.pilothouse.cli;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.HostInventory;
import io.pilothouse.core.inventory.InventoryOptions;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.ops.PlanRecovery;
import io.pilothouse.core.terminal.MaintenanceRecovery;
import io.pilothouse.core.terminal.UnendedMaintenance;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A command that works on one saved host: finds it, connects (asking for passphrases on the terminal). */
abstract class HostCommand extends CatalogCommand {

    static final long SNAPSHOT_TIMEOUT_SECONDS = 120;

    protected HostCommand(CliContext context) {
        super(context);
    }

    protected HostProfile find(String name) {
        HostProfile profile = openCatalog().find(name).orElseThrow(() -> new CliFailure(ExitStatus.USAGE,
                "There is no host named " + name + " (see: pilothouse hosts list)"));
        warnAboutUnfinishedPlans(profile);
        return profile;
    }

    /** One line on stderr when a plan on this host died before it finished (see pilothouse recover). */
    protected void warnAboutUnfinishedPlans(HostProfile profile) {
        try {
            new PlanRecovery(context.journal(), context.dirs().locksDir()).warning(profile.name())
                    .ifPresent(w -> context.err().println("pilothouse: " + w));
        } catch (RuntimeException unreadable) {
            // an unreadable journal is reported by the commands that need it
        }
    }

    protected HostSession connect(HostProfile profile) {
        HostSession session;
        try (TerminalCredentialPrompt prompt = new TerminalCredentialPrompt(null, false, context.terminal(), context.err())) {
            session = context.connector().connect(profile, ConnectOptions.defaults(prompt));
        } catch (ConnectionFailure f) {
            throw new CliFailure(ExitStatus.HOST_UNREACHABLE, f.getMessage());
        }
        endLapsedMaintenance(profile, session);
        return session;
    }

    /**
     * Journals the end of maintenance sessions on this host whose app was killed (their holder let go
     * when the lease ran out), one line on stderr each; sessions still held are left alone.
     */
    protected void endLapsedMaintenance(HostProfile profile, HostSession session) {
        try {
            MaintenanceRecovery recovery = new MaintenanceRecovery(context.journal());
            for (UnendedMaintenance m : recovery.unended(profile.name())) {
                recovery.settle(m, profile, session.docker(), java.time.Duration.ofSeconds(10))
                        .ifPresent(sentence -> context.err().println("pilothouse: " + sentence));
            }
        } catch (RuntimeException e) {
            // looked at again the next time; the command itself goes on
        }
    }

    protected HostInventory startInventory(HostSession session) {
        return HostInventory.start(session, VolumeChoices.in(context.dirs()), InventoryOptions.defaults());
    }

    protected InventorySnapshot awaitFirst(HostInventory inventory, HostProfile host) {
        try {
            return inventory.firstSnapshot().get(SNAPSHOT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new CliFailure(ExitStatus.HOST_UNREACHABLE, "The inventory of " + host.name()
                    + " was not complete within " + SNAPSHOT_TIMEOUT_SECONDS + " s.");
        } catch (ExecutionException e) {
            throw new CliFailure(ExitStatus.FAILED, "The inventory of " + host.name() + " failed: "
                    + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitStatus.FAILED, "Interrupted");
        }
    }
}
