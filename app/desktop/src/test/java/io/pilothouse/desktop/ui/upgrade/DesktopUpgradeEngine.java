package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.desktop.ui.plan.PlanWizardServices;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The desktop's upgrade port on the real test engine, with the runner the plan wizard uses (host
 * locks, journal, reverter); plans the port hands to the "plan wizard" are kept to run here.
 */
final class DesktopUpgradeEngine implements AutoCloseable {

    static final TestEnv ENV = TestEnv.get();
    final String run = "phuj-" + UUID.randomUUID().toString().substring(0, 8);
    final Path home;
    final HostSession session;
    final Journal journal;
    final List<UpgradeDraft> opened = new CopyOnWriteArrayList<>();
    final CoreUpgradePort port;
    private final Deque<String[]> cleanups = new ArrayDeque<>();

    DesktopUpgradeEngine(Path home) {
        this.home = home;
        HostProfile p = HostProfile.create(run + "-host", new UnixSocketTransport(ENV.dockerSock()), Environment.DEVELOPMENT);
        session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(60)));
        journal = new Journal(home.resolve("journal.jsonl"));
        port = new CoreUpgradePort(session, journal, RegistryCredentials.none(), opened::add);
    }

    String image(String tag) {
        return ENV.registry() + "/testenv/busybox:" + tag;
    }

    String docker(String... args) {
        return ENV.docker(args);
    }

    /** Runs {@code docker ARGS} now and {@code docker UNDO} when the engine closes (newest first). */
    String create(String[] undo, String... args) {
        cleanups.push(undo);
        return ENV.docker(args);
    }

    Path locks() {
        return home.resolve("locks");
    }

    /** Runs a draft's plan as the plan wizard does, with the services the upgrade tools give it (host locks, reverter). */
    PlanResult runAsWizard(UpgradeDraft draft, PlanListener listener) {
        PlanWizardServices services = UpgradeTools.planServices(journal, locks(), session, Runnable::run);
        return services.runner().run(draft.plan(), session.profile(), null, listener, new CancelToken(), services.reverter());
    }

    @Override
    public void close() {
        while (!cleanups.isEmpty()) {
            try {
                ENV.docker(cleanups.pop());
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
        session.close();
    }
}
