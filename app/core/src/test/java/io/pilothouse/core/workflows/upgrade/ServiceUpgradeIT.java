package io.pilothouse.core.workflows.upgrade;

import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.StepProgress;
import io.pilothouse.core.ops.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Rolling updates of swarm services on the real engine (dnsrr: this engine has no IPVS). */
class ServiceUpgradeIT {

    @TempDir
    Path home;
    UpgradeFixture fx;
    final List<String> notes = new CopyOnWriteArrayList<>();
    final List<StepProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new UpgradeFixture(home);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private String service(String suffix, int replicas) {
        String name = fx.run + "-" + suffix;
        fx.alsoRemove("service", "rm", name);
        fx.docker("service", "create", "--detach", "--name", name, "--label", "io.pilothouse.test=true",
                "--container-label", "io.pilothouse.test=true", "--endpoint-mode", "dnsrr", "--replicas", String.valueOf(replicas),
                "--stop-grace-period", "2s", fx.registryImage("1"), "sleep", "3600");
        await().atMost(Duration.ofSeconds(60)).until(() -> runningImages(name).size() == replicas);
        return name;
    }

    /** The images of the service's tasks that are running now. */
    private List<String> runningImages(String name) {
        String out = fx.docker("service", "ps", name, "--filter", "desired-state=running", "--format", "{{.CurrentState}} {{.Image}}");
        return out.lines().filter(l -> l.startsWith("Running")).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }

    private String specImage(String name) {
        return fx.docker("service", "inspect", "-f", "{{.Spec.TaskTemplate.ContainerSpec.Image}}", name).strip();
    }

    private ServiceUpgradePlanFactory factory() {
        return new ServiceUpgradePlanFactory(EngineApi.of(fx.session.docker()), fx.session.profile().id(), RegistryCredentials.none());
    }

    private PlanResult run(Plan plan) {
        return new PlanRunner(fx.journal, new ProductionGuard()).run(plan, fx.session.profile(), null, new PlanListener() {
            @Override
            public void stepNote(int index, String sentence) {
                notes.add(sentence);
            }

            @Override
            public void stepProgress(int index, StepProgress p) {
                progress.add(p);
            }
        }, new CancelToken());
    }

    static ServiceUpdateSettings settings() {
        return new ServiceUpdateSettings(1, Duration.ZERO, ServiceUpdateSettings.Order.START_FIRST,
                ServiceUpdateSettings.FailureAction.ROLLBACK, Duration.ofSeconds(2), Duration.ofSeconds(90));
    }

    @Test
    void everyTaskMovesToTheNewImageOneAtATimeAndCanBeRolledBack() {
        String name = service("roll", 2);
        ServiceUpgradePreview preview = factory().preview(name, ":2", settings());
        assertThat(preview.newImage()).isEqualTo(fx.registryImage("2"));

        PlanResult result = run(preview.plan());

        assertThat(result.succeeded()).as(result.summary()).isTrue();
        assertThat(specImage(name)).startsWith(fx.registryImage("2") + "@sha256:");
        assertThat(runningImages(name)).hasSize(2).allMatch(i -> i.equals(fx.registryImage("2")));
        assertThat(fx.docker("service", "inspect", "-f", "{{.Spec.UpdateConfig.Order}} {{.Spec.UpdateConfig.FailureAction}}"
                + " {{.Spec.UpdateConfig.Parallelism}}", name).strip()).isEqualTo("start-first rollback 1");
        assertThat(notes).anyMatch(n -> n.contains("busybox:2: running"));
        assertThat(progress).anyMatch(p -> p.done() == 2 && p.total() == 2);
        assertThat(fx.journal.readAll()).anyMatch(e -> e.event().equals("plan.change") && preview.plan().id().equals(e.details().get("plan"))
                && e.summary().contains("updated service " + name));

        PlanResult back = run(factory().rollback(name, Duration.ofSeconds(90)));

        assertThat(back.succeeded()).as(back.summary()).isTrue();
        assertThat(specImage(name)).startsWith(fx.registryImage("1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> runningImages(name).stream().allMatch(i -> i.equals(fx.registryImage("1")))
                && runningImages(name).size() == 2);
    }

    @Test
    void tasksThatFailOnTheNewImageAreRolledBackBySwarmAndTheRunSaysSo() throws Exception {
        String broken = fx.image("nosleep", "RUN rm /bin/sleep");
        String name = service("fail", 2);

        PlanResult result = run(factory().preview(name, broken, settings()).plan());

        assertThat(result.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(result.steps().get(1).message()).contains("failed").contains("rolled it back");
        assertThat(specImage(name)).startsWith(fx.registryImage("1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> runningImages(name).size() == 2
                && runningImages(name).stream().allMatch(i -> i.equals(fx.registryImage("1"))));
    }

    @Test
    void aTagTheRegistryDoesNotHaveChangesNothing() {
        String name = service("tag", 1);
        String before = specImage(name);

        PlanResult result = run(factory().preview(name, ":nosuchtag", settings()).plan());

        assertThat(result.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
        assertThat(result.steps().get(0).message()).contains("The registry has no image " + fx.registryImage("nosuchtag"));
        assertThat(specImage(name)).isEqualTo(before);
        assertThatThrownBy(() -> factory().preview(fx.run + "-nosuch", ":2", settings()))
                .hasMessage("There is no swarm service \"" + fx.run + "-nosuch\" on this host.");
        assertThatThrownBy(() -> factory().rollback(name, Duration.ofSeconds(5)))
                .hasMessageContaining("has no previous spec");
    }
}
