package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.DockerChangeReverter;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepOutcome;
import io.pilothouse.core.ops.StepRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Upgrades a whole compose platform (every container of a project) in dependency order, as one plan:
 * rolling recreates one service at a time while the rest run; a maintenance window stops them all
 * (dependants first), then recreates and starts each in dependency order. The first failure stops
 * the run: that service's recreate is taken back, services already upgraded stay upgraded, the ones
 * not reached stay as they were (started again after a window).
 */
public final class PlatformUpgrades {

    public static final String PROJECT_LABEL = "com.docker.compose.project";
    public static final String SERVICE_LABEL = "com.docker.compose.service";
    public static final String DEPENDS_ON_LABEL = "com.docker.compose.depends_on";

    private final HostSession session;
    private final Journal journal;
    private final ProductionGuard guard;
    private final EngineApi api;
    private final RecreatePlanFactory recreate;
    private final Path locksDir;

    public PlatformUpgrades(HostSession session, Journal journal, ProductionGuard guard, RegistryCredentials credentials) {
        this(session, journal, guard, new RecreatePlanFactory(EngineApi.of(session.docker()), session.profile().id(),
                credentials), null);
    }

    private PlatformUpgrades(HostSession session, Journal journal, ProductionGuard guard, RecreatePlanFactory recreate,
                             Path locksDir) {
        this.session = session;
        this.journal = journal;
        this.guard = guard;
        this.api = EngineApi.of(session.docker());
        this.recreate = recreate;
        this.locksDir = locksDir;
    }

    /** True when some container on the host belongs to the compose project {@code name}. */
    public boolean isPlatform(String name) {
        return !containers(name).isEmpty();
    }

    /**
     * @param order the services in the order to upgrade them, or empty for the dependency order
     *              (depends_on labels and links)
     */
    public PlatformPreview preview(String platform, List<String> order, PlatformMode mode, HealthGate gate) {
        List<JsonNode> found = containers(platform);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("There is no stack \"" + platform + "\" on this host (no container has the label "
                    + PROJECT_LABEL + "=" + platform + ").");
        }
        Map<String, List<String>> byService = new TreeMap<>();
        Map<String, List<String>> deps = new LinkedHashMap<>();
        for (JsonNode c : found) {
            String name = c.path("Names").path(0).asText().replaceFirst("^/", "");
            String service = c.path("Labels").path(SERVICE_LABEL).asText(name);
            byService.computeIfAbsent(service, k -> new ArrayList<>()).add(name);
            JsonNode inspect = api.get(RecreateSteps.path(name) + "/json");
            List<String> links = new ArrayList<>();
            inspect.path("HostConfig").path("Links").forEach(l -> links.add(l.asText()));
            deps.computeIfAbsent(service, k -> new ArrayList<>()).addAll(DependencyOrder.composeDependencies(
                    c.path("Labels").path(DEPENDS_ON_LABEL).asText(null), links).stream()
                    .map(d -> serviceOfContainer(d, found)).toList());
        }
        byService.values().forEach(java.util.Collections::sort);
        List<String> services;
        if (order == null || order.isEmpty()) {
            services = DependencyOrder.of(new TreeMap<>(deps));
        } else {
            Set<String> given = new LinkedHashSet<>(order);
            if (!given.equals(byService.keySet()) || given.size() != order.size()) {
                throw new IllegalArgumentException("The order must name each service of " + platform + " once: "
                        + String.join(", ", byService.keySet()) + " (given: " + String.join(", ", order) + ").");
            }
            services = List.copyOf(order);
        }
        List<String> containers = new ArrayList<>();
        services.forEach(s -> containers.addAll(byService.get(s)));

        List<RecreatePreview> previews = new ArrayList<>();
        for (String c : containers) {
            previews.add(recreate.preview(c, null, gate, true));
        }
        List<Step> steps = new ArrayList<>();
        WindowSteps.Window window = new WindowSteps.Window();
        if (mode == PlatformMode.WINDOW) {
            for (int i = containers.size() - 1; i >= 0; i--) {
                String name = containers.get(i);
                String id = found.stream().filter(n -> n.path("Names").path(0).asText().replaceFirst("^/", "").equals(name))
                        .findFirst().orElseThrow().path("Id").asText();
                steps.add(new WindowSteps.StopForWindow(api, window, id, name));
            }
        }
        List<PlatformMember> members = new ArrayList<>();
        for (int i = 0; i < previews.size(); i++) {
            RecreatePreview p = previews.get(i);
            int first = steps.size();
            steps.addAll(p.plan().steps());
            String name = containers.get(i);
            String service = byService.entrySet().stream().filter(e -> e.getValue().contains(name)).findFirst()
                    .orElseThrow().getKey();
            members.add(new PlatformMember(service, name, p, first, steps.size() - 1));
        }
        if (mode == PlatformMode.WINDOW) {
            steps.add(new WindowSteps.CloseWindow(api, window, containers));
        }
        Plan plan = new Plan(Plan.newId("upgrade"), "upgrade", session.profile().id(),
                (mode == PlatformMode.WINDOW ? "Upgrade " + platform + " in a maintenance window: "
                        : "Rolling upgrade of " + platform + ", one service at a time: ") + String.join(" -> ", services),
                steps);
        return new PlatformPreview(plan, platform, mode, members);
    }

    /**
     * Runs the platform's plan with the guard, the journal and the host lock (when {@link #withHostLocks}
     * gave a directory); each recreate's last step journals its finished upgrade.
     */
    public PlatformReport run(PlatformPreview preview, String typedConfirmation, PlanListener listener, CancelToken cancel) {
        PlanRunner runner = new PlanRunner(journal, guard);
        if (locksDir != null) {
            runner = runner.withHostLocks(locksDir);
        }
        PlanResult result = runner.run(preview.plan(), session.profile(), typedConfirmation, listener, cancel,
                new DockerChangeReverter(session.docker()));
        return new PlatformReport(result, outcomes(preview, result));
    }

    /** The same upgrades, holding the host across processes with lock files in {@code dir}. */
    public PlatformUpgrades withHostLocks(Path dir) {
        return new PlatformUpgrades(session, journal, guard, recreate, dir);
    }

    /** Each service's outcome from the plan's step records. */
    static List<ServiceOutcome> outcomes(PlatformPreview preview, PlanResult result) {
        List<ServiceOutcome> out = new ArrayList<>();
        for (PlatformMember m : preview.members()) {
            List<StepRecord> mine = result.steps().stream()
                    .filter(r -> r.index() >= m.firstStep() && r.index() <= m.lastStep()).toList();
            StepRecord failed = mine.stream().filter(r -> r.outcome() == StepOutcome.FAILED
                    || r.outcome() == StepOutcome.CANCELLED).findFirst().orElse(null);
            boolean finished = mine.stream().anyMatch(r -> r.index() == m.lastStep() && r.outcome() == StepOutcome.DONE);
            boolean undone = mine.stream().anyMatch(r -> r.outcome() == StepOutcome.UNDONE || r.outcome() == StepOutcome.UNDO_FAILED);
            if (failed != null) {
                out.add(new ServiceOutcome(m.service(), ServiceOutcome.Kind.FAILED_UNDONE, failed.description() + ": "
                        + failed.message()));
            } else if (finished) {
                out.add(new ServiceOutcome(m.service(), ServiceOutcome.Kind.UPGRADED, "now on " + m.preview().newImage()));
            } else if (undone) {
                out.add(new ServiceOutcome(m.service(), ServiceOutcome.Kind.FAILED_UNDONE, "taken back"));
            } else {
                out.add(new ServiceOutcome(m.service(), ServiceOutcome.Kind.NOT_UPGRADED, "not upgraded: left as it was"));
            }
        }
        return out;
    }

    private List<JsonNode> containers(String project) {
        String filters = EngineApi.encode("{\"label\":[\"" + PROJECT_LABEL + "=" + project + "\"]}");
        List<JsonNode> out = new ArrayList<>();
        api.get("/containers/json?all=1&filters=" + filters).forEach(out::add);
        return out;
    }

    private static String serviceOfContainer(String nameOrService, List<JsonNode> found) {
        for (JsonNode c : found) {
            if (c.path("Names").path(0).asText().replaceFirst("^/", "").equals(nameOrService)) {
                return c.path("Labels").path(SERVICE_LABEL).asText(nameOrService);
            }
        }
        return nameOrService;
    }
}
