package io.pilothouse.desktop.wiring;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.terminal.MaintenanceRecovery;
import io.pilothouse.core.terminal.UnendedMaintenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.PlanRecovery;
import io.pilothouse.core.ops.RecoveryResult;
import io.pilothouse.core.ops.UnfinishedPlan;
import io.pilothouse.core.profiles.HostCatalog;
import io.pilothouse.desktop.ui.plan.RecoveryDialog;
import io.pilothouse.desktop.ui.plan.RecoveryViewModel;
import javafx.application.Platform;
import javafx.stage.Window;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * At start, reads the journal off the JavaFX thread; when a plan died mid-run, offers the recovery
 * dialog. Taking back connects to the plan's saved host and undoes its open changes there.
 */
public final class StartupRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(StartupRecovery.class);

    private final AppDirectories dirs;
    private final Journal journal;
    private final HostCatalog catalog;
    private final ConnectOptions options;
    private final Executor background;

    public StartupRecovery(AppDirectories dirs, Journal journal, HostCatalog catalog, ConnectOptions options, Executor background) {
        this.dirs = dirs;
        this.journal = journal;
        this.catalog = catalog;
        this.options = options;
        this.background = background;
    }

    public void offer(Window owner) {
        PlanRecovery recovery = new PlanRecovery(journal, dirs.locksDir());
        background.execute(this::endLapsedMaintenance);
        background.execute(() -> {
            List<UnfinishedPlan> plans;
            try {
                plans = recovery.unfinished();
            } catch (RuntimeException unreadable) {
                return;
            }
            if (plans.isEmpty()) {
                return;
            }
            RecoveryViewModel vm = new RecoveryViewModel(plans, p -> takeBack(recovery, p), background, Platform::runLater);
            Platform.runLater(() -> new RecoveryDialog(owner, vm).show());
        });
    }

    /**
     * Journals the end of maintenance sessions this app (or another) started and never ended because it
     * was killed: each host is asked, without prompting for credentials, whether the lock holder still runs.
     * A host that cannot be reached now is asked again at the next start.
     */
    void endLapsedMaintenance() {
        MaintenanceRecovery recovery = new MaintenanceRecovery(journal);
        Map<String, List<UnendedMaintenance>> byHost;
        try {
            byHost = recovery.unended().stream().collect(Collectors.groupingBy(UnendedMaintenance::host,
                    LinkedHashMap::new, Collectors.toList()));
        } catch (RuntimeException unreadable) {
            return;
        }
        if (byHost.isEmpty()) {
            return;
        }
        catalog.reload();
        byHost.forEach((name, sessions) -> catalog.find(name).ifPresent(host -> {
            try (HostSession session = new ConnectionFactory(dirs).connect(host,
                    new ConnectOptions(CredentialPrompt.NONE, ConnectOptions.DEFAULT_CONNECT_TIMEOUT,
                            ConnectOptions.DEFAULT_RESPONSE_TIMEOUT))) {
                for (UnendedMaintenance m : sessions) {
                    recovery.settle(m, host, session.docker(), Duration.ofSeconds(10))
                            .ifPresent(sentence -> LOG.info("{}", sentence));
                }
            } catch (RuntimeException e) {
                LOG.info("Maintenance sessions on {} are looked at again at the next start: {}", name, e.getMessage());
            }
        }));
    }

    private RecoveryResult takeBack(PlanRecovery recovery, UnfinishedPlan plan) {
        catalog.reload();
        HostProfile host = catalog.find(plan.host()).orElseThrow(() -> new IllegalStateException(
                "there is no saved host named " + plan.host() + " any more"));
        try (HostSession session = new ConnectionFactory(dirs).connect(host, options)) {
            return recovery.recover(plan, host, new DockerChangeReverter(session.docker()));
        }
    }
}
