package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.upgrade.ContainerUpgrades;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.HealthGate;
import io.pilothouse.core.workflows.upgrade.PlatformMode;
import io.pilothouse.core.workflows.upgrade.PlatformPreview;
import io.pilothouse.core.workflows.upgrade.PlatformUpgrades;
import io.pilothouse.core.workflows.upgrade.RecreatePreview;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings;
import io.pilothouse.core.workflows.upgrade.ServiceUpgradePlanFactory;
import io.pilothouse.core.workflows.upgrade.ServiceUpgradePreview;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The upgrade wizard over the core's plan factories: recreate, blue/green, swarm rolling update, platform. */
public final class CoreUpgradePort implements UpgradePort {

    private final HostSession session;
    private final Journal journal;
    private final RegistryCredentials credentials;
    private final Consumer<UpgradeDraft> planWizard;

    /** {@code planWizard}: opens the plan wizard on a draft's plan (called on the JavaFX thread). */
    public CoreUpgradePort(HostSession session, Journal journal, RegistryCredentials credentials, Consumer<UpgradeDraft> planWizard) {
        this.session = session;
        this.journal = journal;
        this.credentials = credentials;
        this.planWizard = planWizard;
    }

    public HostProfile host() {
        return session.profile();
    }

    @Override
    public UpgradeDraft draft(UpgradeChoice choice) {
        HealthGate gate = HealthGate.defaults().withTimeout(choice.healthTimeout());
        switch (choice.kind()) {
            case CONTAINER -> {
                ContainerUpgrades upgrades = new ContainerUpgrades(session, journal, new ProductionGuard(), credentials);
                RecreatePreview p = choice.strategy().equals("blue-green")
                        ? upgrades.previewBlueGreen(choice.target(), choice.image(), gate, List.of(), Duration.ofSeconds(10))
                        : upgrades.preview(choice.target(), choice.image(), gate);
                return new UpgradeDraft(p.plan(), p.differenceLines());
            }
            case SERVICE -> {
                ServiceUpgradePreview p = new ServiceUpgradePlanFactory(EngineApi.of(session.docker()), session.profile().id(),
                        credentials).preview(choice.target(), choice.image(), ServiceUpdateSettings.defaults());
                return new UpgradeDraft(p.plan(), List.of("image: " + p.currentImage() + " -> " + p.newImage(),
                        "update: " + p.settings().describe()));
            }
            default -> {
                PlatformPreview p = new PlatformUpgrades(session, journal, new ProductionGuard(), credentials)
                        .preview(choice.target(), List.of(), PlatformMode.parse(choice.strategy()), gate);
                List<String> lines = new ArrayList<>();
                p.members().forEach(m -> m.preview().differenceLines().forEach(l -> lines.add(m.container() + ": " + l)));
                return new UpgradeDraft(p.plan(), lines);
            }
        }
    }

    @Override
    public void openPlan(UpgradeDraft draft) {
        planWizard.accept(draft);
    }
}
