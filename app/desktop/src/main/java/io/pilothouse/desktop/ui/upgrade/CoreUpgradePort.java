package io.pilothouse.desktop.ui.upgrade;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.workflows.upgrade.ContainerUpgrades;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.HealthGate;
import io.pilothouse.core.workflows.upgrade.PlatformMode;
import io.pilothouse.core.workflows.upgrade.PlatformPreview;
import io.pilothouse.core.workflows.upgrade.PlatformUpgrades;
import io.pilothouse.core.workflows.upgrade.RecreatePreview;
import io.pilothouse.core.workflows.upgrade.RegistryCredentials;
import io.pilothouse.core.workflows.upgrade.ServiceTaskState;
import io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings;
import io.pilothouse.core.workflows.upgrade.ServiceUpgradePlanFactory;
import io.pilothouse.core.workflows.upgrade.ServiceUpgradePreview;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The upgrade wizard over the core's plan factories: recreate, blue/green, swarm rolling update and
 * rollback, platform, and the rollback of a container to its previous image. The plans journal a
 * finished upgrade themselves, so whatever runs them (the plan wizard here) records it.
 */
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
                        ? upgrades.previewBlueGreen(choice.target(), choice.image(), gate, List.of(),
                                choice.drain() == null ? Duration.ofSeconds(10) : choice.drain())
                        : upgrades.preview(choice.target(), choice.image(), gate);
                return new UpgradeDraft(p.plan(), p.differenceLines());
            }
            case SERVICE -> {
                ServiceUpgradePreview p = new ServiceUpgradePlanFactory(EngineApi.of(session.docker()), session.profile().id(),
                        credentials).preview(choice.target(), choice.image(),
                        choice.settings() == null ? ServiceUpdateSettings.defaults() : choice.settings());
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
    public ServiceUpdateSettings updateSettings(String service) {
        return services().currentSettings(service);
    }

    @Override
    public List<ServiceTaskState> tasks(String service) {
        return ServiceTaskState.read(EngineApi.of(session.docker()), service);
    }

    @Override
    public UpgradeDraft serviceRollback(String service) {
        Plan plan = services().rollback(service, Duration.ofMinutes(5));
        return new UpgradeDraft(plan, List.of(plan.title()));
    }

    @Override
    public UpgradeDraft containerRollback(String container, Duration healthTimeout) {
        RecreatePreview p = new ContainerUpgrades(session, journal, new ProductionGuard(), credentials)
                .previewRollback(container, HealthGate.defaults().withTimeout(healthTimeout));
        return new UpgradeDraft(p.plan(), p.differenceLines());
    }

    private ServiceUpgradePlanFactory services() {
        return new ServiceUpgradePlanFactory(EngineApi.of(session.docker()), session.profile().id(), credentials);
    }

    @Override
    public void openPlan(UpgradeDraft draft) {
        planWizard.accept(draft);
    }
}
