package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/** Steps with scripted behaviour for the wizard's tests (the runner itself is the real one). */
final class TestPlans {

    final List<String> trace = new CopyOnWriteArrayList<>();

    static HostProfile host(Environment env) {
        return HostProfile.create("shop-1", new UnixSocketTransport("/run/docker.sock"), env);
    }

    static PlanWizardServices services(Path dir, Executor background, Executor ui) {
        return new PlanWizardServices(new PlanRunner(new Journal(dir.resolve("journal.jsonl")), new ProductionGuard())
                .withHostLocks(dir.resolve("run")), ConfirmationRule.of(new ProductionGuard()),
                new PlanFiles(PlanFactoryRegistry.standard()), change -> { }, background, ui);
    }

    Step stop(String name) {
        return new Step() {
            @Override public String description() { return "Stop container " + name; }
            @Override public void run(StepContext ctx) {
                trace.add("stop " + name);
                ctx.changed(HostChange.of(ChangeKind.STOPPED_CONTAINER, name, Map.of(), "stopped " + name));
            }
            @Override public void undo(StepContext ctx) { trace.add("start " + name); }
        };
    }

    Step copy(long bytes) {
        return new Step() {
            @Override public String description() { return "Copy the volume out"; }
            @Override public void run(StepContext ctx) {
                ctx.progress(bytes / 2, bytes, ProgressUnit.BYTES);
                ctx.progress(bytes, bytes, ProgressUnit.BYTES);
            }
        };
    }

    Step failing(String why) {
        return new Step() {
            @Override public String description() { return "Verify the archive"; }
            @Override public void run(StepContext ctx) { throw new IllegalStateException(why); }
        };
    }

    /** Reports progress and waits until the run is cancelled (at most 30 s). */
    Step waitsForCancel() {
        return new Step() {
            @Override public String description() { return "Copy a large volume"; }
            @Override public void run(StepContext ctx) throws InterruptedException {
                for (int i = 0; i < 300; i++) {
                    ctx.progress(i * 1_048_576L, 300 * 1_048_576L, ProgressUnit.BYTES);
                    ctx.cancel().throwIfCancelled();
                    Thread.sleep(100);
                }
            }
        };
    }

    /**
     * As {@link #waitsForCancel()}, and on cancel closes its "stream" the slow way: the close waits
     * until {@code closed} is counted down (at most 30 s), as closing an engine stream that is read
     * to its end does.
     */
    Step closesSlowlyOnCancel(java.util.concurrent.CountDownLatch closed) {
        return new Step() {
            @Override public String description() { return "Copy a large volume"; }
            @Override public void run(StepContext ctx) throws InterruptedException {
                ctx.cancel().onCancel(() -> {
                    try {
                        closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                for (int i = 0; i < 300; i++) {
                    ctx.progress(i * 1_048_576L, 300 * 1_048_576L, ProgressUnit.BYTES);
                    ctx.cancel().throwIfCancelled();
                    Thread.sleep(100);
                }
            }
        };
    }
}
