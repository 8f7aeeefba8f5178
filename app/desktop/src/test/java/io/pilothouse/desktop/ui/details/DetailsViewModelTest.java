package io.pilothouse.desktop.ui.details;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DetailsViewModelTest {

    /** A scripted source: a fixed inspection, a stats stream the test feeds. */
    public static class ScriptedSource implements DetailsSource {
        Inspection inspection;
        Consumer<StatsSample> sink;
        Consumer<String> ended;
        boolean cancelled;
        int subscriptions;

        @Override public Inspection inspectContainer(String id) { return inspection; }
        @Override public Inspection inspectService(String id) { return inspection; }

        @Override
        public AutoCloseable stats(String containerId, Consumer<StatsSample> samples, Consumer<String> ended) {
            subscriptions++;
            this.sink = samples;
            this.ended = ended;
            return () -> cancelled = true;
        }
    }

    public static Inspection web(String state) {
        return new Inspection("container", "abc", "web", "nginx:1.25", "nginx@sha256:1234", "nginx -g daemon off;",
                List.of(Map.entry("DB_PASSWORD", "hunter2"), Map.entry("DATABASE_URL", "postgres://app:s3cret@db/app"),
                        Map.entry("TZ", "UTC")),
                List.of("/data ← volume webdata"), List.of("shop_default  172.18.0.2  aliases: web"),
                List.of("0.0.0.0:8080 → 80/tcp"), "unless-stopped", "", Map.of("com.example.api-token", "t0k"),
                state, "{\"Id\": \"abc\"}");
    }

    final ScriptedSource source = new ScriptedSource();
    final Queue<Runnable> ui = new ArrayDeque<>();
    final DetailsViewModel vm = new DetailsViewModel(source, Runnable::run, ui::add, Duration.ofSeconds(5));

    void drain() {
        while (!ui.isEmpty()) ui.poll().run();
    }

    String value(String key) {
        return vm.lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void secretsAreMaskedUntilRevealed() {
        source.inspection = web("exited");
        vm.showContainer("abc", "web");
        drain();
        assertThat(vm.titleProperty().get()).isEqualTo("Container web");
        assertThat(vm.rawJsonProperty().get()).contains("\"Id\"");
        assertThat(value("DB_PASSWORD")).isEqualTo(SecretMask.MASK);
        assertThat(value("DATABASE_URL")).isEqualTo("postgres://app:" + SecretMask.MASK + "@db/app");
        assertThat(value("TZ")).isEqualTo("UTC");
        assertThat(value("com.example.api-token")).isEqualTo(SecretMask.MASK);
        assertThat(value("Digest")).isEqualTo("nginx@sha256:1234");
        assertThat(vm.lines()).extracting(ConfigLine::section).contains("Mounts", "Networks", "Ports", "Labels");

        vm.revealSecretsProperty().set(true);
        assertThat(value("DB_PASSWORD")).isEqualTo("hunter2");
        assertThat(value("DATABASE_URL")).isEqualTo("postgres://app:s3cret@db/app");
        vm.revealSecretsProperty().set(false);
        assertThat(value("DB_PASSWORD")).isEqualTo(SecretMask.MASK);
        assertThat(source.subscriptions).as("no stats for a stopped container").isZero();
    }

    @Test
    void statsOfARunningContainerAreBoundedDrainedInBatchesAndCancelledByDispose() {
        source.inspection = web("running");
        vm.showContainer("abc", "web");
        drain();
        assertThat(vm.hasStatsProperty().get()).isTrue();
        Instant t = Instant.parse("2026-11-22T03:00:00Z");
        for (int i = 0; i < 300; i++) {
            source.sink.accept(new StatsSample(t.plusSeconds(i), i, 1024, 4096, 0, 0));
        }
        assertThat(ui).as("one drain for the whole burst").hasSize(1);
        drain();
        assertThat(vm.samples()).hasSize(DetailsViewModel.MAX_SAMPLES);
        assertThat(vm.samples().get(vm.samples().size() - 1).cpuPercent()).isEqualTo(299);

        vm.dispose();
        assertThat(source.cancelled).isTrue();
        source.sink.accept(new StatsSample(t.plusSeconds(400), 1, 1, 1, 0, 0));
        assertThat(ui).as("samples after dispose are dropped").isEmpty();
    }

    @Test
    void showingAnotherContainerCancelsTheFirstStream() {
        source.inspection = web("running");
        vm.showContainer("abc", "web");
        drain();
        vm.showService("svc", "shop_api");
        assertThat(source.cancelled).isTrue();
        assertThat(vm.samples()).isEmpty();
    }

    @Test
    void aSlowInspectEndsWithASentenceNotAHang() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        DetailsSource stuck = new ScriptedSource() {
            @Override public Inspection inspectContainer(String id) {
                try { never.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                return null;
            }
        };
        var io = Executors.newSingleThreadExecutor();
        try {
            DetailsViewModel slow = new DetailsViewModel(stuck, io, Runnable::run, Duration.ofMillis(200));
            slow.showContainer("abc", "web");
            await().atMost(Duration.ofSeconds(3)).until(() -> slow.statusProperty().get().startsWith("The engine did not answer"));
            assertThat(slow.statusProperty().get()).isEqualTo("The engine did not answer the inspect of web within 200 ms.");
        } finally {
            never.countDown();
            io.shutdownNow();
        }
    }

    @Test
    void aFailedInspectShowsItsSentence() {
        DetailsSource failing = new ScriptedSource() {
            @Override public Inspection inspectContainer(String id) { throw new IllegalStateException("Could not inspect the container abc: No such container: abc"); }
        };
        DetailsViewModel vm2 = new DetailsViewModel(failing, Runnable::run, Runnable::run, Duration.ofSeconds(1));
        vm2.showContainer("abc", "web");
        assertThat(vm2.statusProperty().get()).isEqualTo("Could not inspect the container abc: No such container: abc");
        assertThat(vm2.lines()).isEmpty();
    }
}
