package io.pilothouse.desktop.ui.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The upgrade wizard on a real swarm service: settings prefilled from the service, a rolling update
 * with settings chosen in the wizard (run as the plan wizard runs it) whose tasks are read while it
 * runs, then the wizard's "Roll back" returns the service to its previous image.
 */
class ServiceUpgradeWizardIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    DesktopUpgradeEngine engine;
    ExecutorService background;

    @BeforeEach
    void setUp() {
        engine = new DesktopUpgradeEngine(home);
        background = Executors.newCachedThreadPool();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        engine.close();
    }

    private JsonNode spec(String name) throws Exception {
        return JSON.readTree(engine.docker("service", "inspect", name)).get(0).path("Spec");
    }

    private List<String> runningImages(String name) {
        String out = engine.docker("service", "ps", name, "--filter", "desired-state=running", "--format", "{{.CurrentState}} {{.Image}}");
        return out.lines().filter(l -> l.startsWith("Running")).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }

    @Test
    void settingsChosenInTheWizardReachTheServiceAndRollBackReturnsItToTheFirstImage() throws Exception {
        String name = engine.run + "-svc";
        engine.create(new String[]{"service", "rm", name}, "service", "create", "--detach", "--name", name,
                "--label", "io.pilothouse.test=true", "--container-label", "io.pilothouse.test=true", "--endpoint-mode", "dnsrr",
                "--replicas", "2", "--stop-grace-period", "2s", "--update-delay", "3s", "--update-monitor", "4s",
                engine.image("1"), "sleep", "3600");
        await().atMost(Duration.ofSeconds(60)).until(() -> runningImages(name).size() == 2);

        UpgradeWizardViewModel wizard = new UpgradeWizardViewModel(engine.port, name, TargetKind.SERVICE, Runnable::run, Runnable::run);
        wizard.load();
        assertThat(List.of(wizard.parallelismProperty().get(), wizard.delayProperty().get(), wizard.orderProperty().get(),
                wizard.failureActionProperty().get(), wizard.monitorProperty().get()))
                .as("the service's own update settings").containsExactly("1", "3", "stop-first", "pause", "4");

        wizard.parallelismProperty().set("2");
        wizard.delayProperty().set("1");
        wizard.orderProperty().set("start-first");
        wizard.failureActionProperty().set("rollback");
        wizard.monitorProperty().set("2");
        wizard.imageProperty().set(":2");
        wizard.preview();
        assertThat(wizard.draftProperty().get()).as(wizard.statusProperty().get()).isNotNull();
        wizard.proceed();
        assertThat(engine.opened).hasSize(1);

        Set<String> seen = ConcurrentHashMap.newKeySet();
        wizard.tasks().addListener((javafx.collections.ListChangeListener<String>) c -> seen.addAll(List.copyOf(wizard.tasks())));
        Future<PlanResult> update = background.submit(() -> engine.runAsWizard(engine.opened.get(0), new PlanListener() { }));
        while (!update.isDone()) {
            wizard.refreshTasks();
            Thread.sleep(300);
        }
        PlanResult result = update.get();

        assertThat(result.succeeded()).as(result.summary()).isTrue();
        JsonNode config = spec(name).path("UpdateConfig");
        assertThat(config.path("Parallelism").asInt()).isEqualTo(2);
        assertThat(config.path("Delay").asLong()).isEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(config.path("Order").asText()).isEqualTo("start-first");
        assertThat(config.path("FailureAction").asText()).isEqualTo("rollback");
        assertThat(config.path("Monitor").asLong()).isEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(runningImages(name)).hasSize(2).allMatch(i -> i.startsWith(engine.image("2")));
        String node = engine.docker("node", "inspect", "self", "-f", "{{.Description.Hostname}}").strip();
        assertThat(seen).as("tasks read while the update ran").anyMatch(l -> l.contains(" on " + node + ": ")
                && l.contains("busybox:2"));

        wizard.rollBack();
        assertThat(engine.opened).hasSize(2);
        assertThat(engine.opened.get(1).plan().title()).startsWith("Roll service " + name + " back to ");
        PlanResult back = engine.runAsWizard(engine.opened.get(1), new PlanListener() { });

        assertThat(back.succeeded()).as(back.summary()).isTrue();
        assertThat(spec(name).path("TaskTemplate").path("ContainerSpec").path("Image").asText()).startsWith(engine.image("1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> runningImages(name).size() == 2
                && runningImages(name).stream().allMatch(i -> i.startsWith(engine.image("1"))));
        assertThat(engine.journal.readAll()).anyMatch(e -> e.event().equals("plan.finished")
                && e.summary().startsWith("Roll service " + name));
    }
}
