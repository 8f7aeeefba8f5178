package io.pilothouse.desktop.ui.updates;

import io.pilothouse.core.updates.ImageUpdate;
import io.pilothouse.core.updates.UpdateState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UpdatesViewModelTest {

    static final Instant AT = Instant.parse("2026-11-22T10:42:03Z");
    static final String OLD = "sha256:" + "a".repeat(64);
    static final String NEW = "sha256:" + "b".repeat(64);

    static ImageUpdate update(String id, String name, UpdateState state, String reason) {
        return new ImageUpdate(id, name, false, "127.0.0.1:25000/app:1", state == UpdateState.NOT_FROM_REGISTRY ? null : OLD,
                state == UpdateState.UPDATE_AVAILABLE ? NEW : state == UpdateState.CURRENT ? OLD : null, state, reason, AT);
    }

    static final List<ImageUpdate> FOUND = List.of(
            update("c1", "web", UpdateState.UPDATE_AVAILABLE, ""),
            update("c2", "db", UpdateState.CURRENT, ""),
            update("c3", "cache", UpdateState.COULD_NOT_CHECK, "The registry 127.0.0.1:1 cannot be reached (connection refused)"),
            update("c4", "built", UpdateState.NOT_FROM_REGISTRY, "The image has no digest from 127.0.0.1:25000."));

    /** Runs what it is given only when told to: a check "in the background" that has not finished yet. */
    static final class HeldExecutor implements Executor {
        final List<Runnable> held = new ArrayList<>();
        @Override public void execute(Runnable r) { held.add(r); }
        void runAll() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    private UpdatesViewModel vm(UpdateSource source, Executor io) {
        return new UpdatesViewModel(source, io, Runnable::run, Duration.ofSeconds(30), ZoneOffset.UTC);
    }

    @Test
    void aCheckGivesOneMarkPerContainerAndBadgesOnlyForNewerImages() {
        UpdatesViewModel vm = vm(() -> FOUND, Runnable::run);
        vm.check();

        assertThat(vm.marksProperty().get()).containsOnlyKeys("c1", "c2", "c3", "c4");
        UpdateMark web = vm.marksProperty().get().get("c1");
        assertThat(web.updateAvailable()).isTrue();
        assertThat(web.shortText()).isEqualTo("newer image");
        assertThat(web.tooltip()).isEqualTo("A newer image is in the registry for 127.0.0.1:25000/app:1\n"
                + "Running: " + OLD + "\nRegistry: " + NEW + "\nChecked 2026-11-22 10:42:03");
        UpdateMark cache = vm.marksProperty().get().get("c3");
        assertThat(cache.muted()).isTrue();
        assertThat(cache.shortText()).isEqualTo("could not check");
        assertThat(cache.tooltip()).startsWith("Could not check 127.0.0.1:25000/app:1: The registry 127.0.0.1:1 cannot be reached (connection refused)");
        assertThat(vm.marksProperty().get().get("c4").shortText()).isEqualTo("not from a registry");
        assertThat(vm.marksProperty().get().get("c4").tooltip()).startsWith("Not from a registry: The image has no digest");
        assertThat(vm.marksProperty().get().get("c2").shortText()).isEmpty();
        assertThat(vm.badgesProperty().get()).containsOnlyKeys("c1");
        assertThat(vm.statusProperty().get()).isEqualTo("1 newer image, 1 could not be checked (checked 10:42:03)");
        assertThat(vm.checkingProperty().get()).isFalse();
    }

    @Test
    void aCheckRunsInTheBackgroundAndOneAskedForMeanwhileFollowsOnce() {
        AtomicInteger calls = new AtomicInteger();
        HeldExecutor io = new HeldExecutor();
        UpdatesViewModel vm = vm(() -> {
            calls.incrementAndGet();
            return FOUND;
        }, io);

        vm.check();
        assertThat(vm.checkingProperty().get()).isTrue();
        assertThat(calls).hasValue(0);
        vm.check();
        vm.check();
        io.runAll();
        await().until(() -> !io.held.isEmpty());
        assertThat(calls).hasValue(1);
        io.runAll();
        await().until(() -> !vm.checkingProperty().get());
        assertThat(calls).hasValue(2);
        assertThat(io.held).isEmpty();
    }

    @Test
    void aFailedCheckKeepsTheMarksItHadAndSaysWhy() {
        List<UpdateSource> answers = new ArrayList<>(List.of(() -> FOUND, () -> {
            throw new IOException("The Docker config /home/a/.docker/config.json cannot be read as JSON: Unexpected character");
        }));
        UpdatesViewModel vm = vm(() -> answers.remove(0).check(), Runnable::run);
        vm.check();
        vm.check();

        assertThat(vm.marksProperty().get()).containsKey("c1");
        assertThat(vm.statusProperty().get()).isEqualTo("Newer images could not be looked for: "
                + "The Docker config /home/a/.docker/config.json cannot be read as JSON: Unexpected character");
    }

    @Test
    void aCheckThatTakesTooLongIsGivenUp() {
        UpdatesViewModel vm = new UpdatesViewModel(() -> FOUND, r -> { }, Runnable::run, Duration.ofMillis(50), ZoneOffset.UTC);
        vm.check();
        await().atMost(Duration.ofSeconds(5)).until(() -> !vm.checkingProperty().get());
        assertThat(vm.statusProperty().get()).isEqualTo("Newer images could not be looked for: the check took longer than 50 ms.");
    }

    @Test
    void aPulledOrTaggedImageStartsACheckOnlyForATagCheckedBefore() {
        AtomicInteger calls = new AtomicInteger();
        UpdatesViewModel vm = vm(() -> {
            calls.incrementAndGet();
            return FOUND;
        }, Runnable::run);
        vm.imagesTagged(List.of("127.0.0.1:25000/app:1"));
        assertThat(calls).as("nothing checked yet").hasValue(0);
        vm.check();
        vm.imagesTagged(List.of("127.0.0.1:25000/other:1", "busybox:latest"));
        assertThat(calls).hasValue(1);
        vm.imagesTagged(List.of("127.0.0.1:25000/app:1"));
        assertThat(calls).hasValue(2);
    }

    @Test
    void nothingChangesAfterDispose() {
        HeldExecutor io = new HeldExecutor();
        UpdatesViewModel vm = vm(() -> FOUND, io);
        vm.check();
        vm.dispose();
        io.runAll();
        await().until(() -> !vm.checkingProperty().get());
        assertThat(vm.marksProperty().get()).isEmpty();
        vm.check();
        assertThat(io.held).isEmpty();
    }
}
