package io.pilothouse.core.ops;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a plan's steps in order on the caller's thread (callers run it off the JavaFX thread). On a
 * failure or a cancel, the finished steps are undone in reverse order; an undo that throws does
 * not keep the others from running. Then every change the steps journaled ({@link HostChange})
 * that is still open is taken back by the run's {@link HostChangeReverter}, so a container the
 * plan stopped is always started again. A mutating plan needs the production guard's typed name
 * and holds its host: a second mutating plan on the same host is refused while one runs (in this
 * process, and in other processes when the runner has a lock directory, see {@link HostLock}).
 * Every step's outcome goes to the journal.
 */
public final class PlanRunner {

    private static final Set<String> BUSY_HOSTS = ConcurrentHashMap.newKeySet();

    private final Journal journal;
    private final ProductionGuard guard;
    private final Path locksDir;

    public PlanRunner(Journal journal, ProductionGuard guard) {
        this(journal, guard, null);
    }

    private PlanRunner(Journal journal, ProductionGuard guard, Path locksDir) {
        this.journal = journal;
        this.guard = guard;
        this.locksDir = locksDir;
    }

    /** The same runner, holding hosts across processes with lock files in {@code dir} (see {@link HostLock}). */
    public PlanRunner withHostLocks(Path dir) {
        return new PlanRunner(journal, guard, dir);
    }

    public Journal journal() {
        return journal;
    }

    /** Runs without a reverter: changes a failed run leaves open make the outcome {@link PlanOutcome#UNDO_INCOMPLETE}. */
    public PlanResult run(Plan plan, HostProfile host, String typedConfirmation, PlanListener listener,
                          CancelToken token) {
        return run(plan, host, typedConfirmation, listener, token, null);
    }

    /**
     * Runs {@code plan}; after a failure or cancel, {@code reverter} (may be null) takes back the
     * changes the steps' undos left open, newest first.
     */
    public PlanResult run(Plan plan, HostProfile host, String typedConfirmation, PlanListener listener,
                          CancelToken token, HostChangeReverter reverter) {
        if (plan.mutating() && !guard.confirms(host, typedConfirmation)) {
            return refuse(plan, host, listener, host.name() + " is a production host: its name must be typed out to run \""
                    + plan.title() + "\"; nothing was done.");
        }
        if (!plan.mutating()) {
            return runSteps(plan, host, listener, token, reverter);
        }
        if (locksDir != null) {
            HostLock lock;
            try {
                lock = HostLock.acquire(locksDir, host, plan);
            } catch (HostBusyException e) {
                return refuse(plan, host, listener, e.getMessage());
            }
            try (lock) {
                return runSteps(plan, host, listener, token, reverter);
            }
        }
        if (!BUSY_HOSTS.add(host.id())) {
            return refuse(plan, host, listener, "Another operation is running on " + host.name()
                    + "; nothing was done. Wait for it to end, then run \"" + plan.title() + "\" again.");
        }
        try {
            return runSteps(plan, host, listener, token, reverter);
        } finally {
            BUSY_HOSTS.remove(host.id());
        }
    }

    private PlanResult refuse(Plan plan, HostProfile host, PlanListener listener, String why) {
        journal(host, plan, "plan.refused", why, Map.of());
        PlanResult result = new PlanResult(plan.id(), PlanOutcome.REFUSED, List.of(), why);
        listener.planFinished(result);
        return result;
    }

    private PlanResult runSteps(Plan plan, HostProfile host, PlanListener listener, CancelToken token,
                                HostChangeReverter reverter) {
        Map<String, String> startDetails = new LinkedHashMap<>();
        startDetails.put("steps", Integer.toString(plan.steps().size()));
        startDetails.put("title", plan.title());
        startDetails.put("hostId", host.id());
        startDetails.put("pid", Long.toString(ProcessHandle.current().pid()));
        for (int i = 0; i < plan.steps().size(); i++) {
            startDetails.put("step." + i, plan.steps().get(i).description());
        }
        journal(host, plan, "plan.started", plan.title(), startDetails);
        Context ctx = new Context(plan, host, listener, token);
        List<StepRecord> records = new ArrayList<>();
        Deque<Integer> finished = new ArrayDeque<>();
        String failure = null;
        boolean cancelled = false;
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.steps().get(i);
            if (token.isCancelled()) {
                cancelled = true;
                break;
            }
            ctx.current = i;
            ctx.started = System.nanoTime();
            listener.stepStarted(i, step);
            ctx.progressOf(StepProgress.of(0, -1, ProgressUnit.ITEMS, Duration.ZERO));
            try {
                step.run(ctx);
                StepRecord r = record(i, step, StepOutcome.DONE, "", ctx.started);
                records.add(r);
                finished.push(i);
                journalStep(host, plan, r);
                listener.stepFinished(r);
                ctx.progressOf(StepProgress.of(1, 1, ProgressUnit.ITEMS, Duration.ofNanos(System.nanoTime() - ctx.started)));
            } catch (PlanCancelledException e) {
                cancelled = true;
                StepRecord r = record(i, step, StepOutcome.CANCELLED, "Cancelled by the user", ctx.started);
                records.add(r);
                journalStep(host, plan, r);
                listener.stepFinished(r);
                // a step cancelled midway takes back its own half-done work in its undo
                finished.push(i);
                break;
            } catch (Exception e) {
                failure = message(e);
                StepRecord r = record(i, step, StepOutcome.FAILED, failure, ctx.started);
                records.add(r);
                journalStep(host, plan, r);
                listener.stepFinished(r);
                if (Thread.currentThread().isInterrupted()) {
                    Thread.interrupted();
                }
                break;
            }
        }
        PlanResult result;
        if (failure == null && !cancelled) {
            result = new PlanResult(plan.id(), PlanOutcome.SUCCEEDED, records,
                    plan.title() + ": done (" + plan.steps().size() + " steps).");
        } else {
            boolean undoneAll = undo(plan, host, listener, ctx, finished, records);
            List<String> leftOpen = takeBackOpenChanges(ctx, listener, reverter);
            PlanOutcome outcome = !undoneAll || !leftOpen.isEmpty() ? PlanOutcome.UNDO_INCOMPLETE
                    : cancelled ? PlanOutcome.CANCELLED_UNDONE : PlanOutcome.FAILED_UNDONE;
            String why = cancelled ? "cancelled" : "failed: " + failure;
            String after;
            if (outcome != PlanOutcome.UNDO_INCOMPLETE) {
                after = " Every finished step was undone; the host is as it was.";
            } else if (!leftOpen.isEmpty()) {
                after = " Not taken back, to set right by hand: " + String.join("; ", leftOpen) + ".";
            } else {
                after = " Some steps could not be undone, but every change they journaled was taken back: see the steps marked UNDO_FAILED.";
            }
            result = new PlanResult(plan.id(), outcome, records, plan.title() + " " + why + "." + after);
        }
        journal(host, plan, "plan.finished", result.summary(), Map.of("outcome", result.outcome().name()));
        listener.planFinished(result);
        return result;
    }

    private boolean undo(Plan plan, HostProfile host, PlanListener listener, Context ctx, Deque<Integer> finished,
                         List<StepRecord> records) {
        boolean all = true;
        while (!finished.isEmpty()) {
            int i = finished.pop();
            Step step = plan.steps().get(i);
            ctx.current = i;
            ctx.started = System.nanoTime();
            listener.undoStarted(i, step);
            StepRecord r;
            try {
                step.undo(ctx.undoing());
                r = record(i, step, StepOutcome.UNDONE, "", ctx.started);
                // an undo that ended took back what its step changed, whether or not it said so
                ctx.resolveStep(i);
            } catch (Exception e) {
                all = false;
                r = record(i, step, StepOutcome.UNDO_FAILED, message(e), ctx.started);
            }
            records.add(r);
            journalStep(host, plan, r);
            listener.undoFinished(r);
        }
        return all;
    }

    /**
     * Takes back, newest first, the changes still open after the undos (a step that failed midway,
     * an undo that threw). Returns the sentences of those that could not be taken back.
     */
    private List<String> takeBackOpenChanges(Context ctx, PlanListener listener, HostChangeReverter reverter) {
        List<String> leftOpen = new ArrayList<>();
        List<Context.Open> open = new ArrayList<>(ctx.open.values());
        java.util.Collections.reverse(open);
        for (Context.Open o : open) {
            if (reverter == null) {
                leftOpen.add(o.change().sentence());
                listener.changeTakenBack(o.change(), "nothing here can take it back");
                continue;
            }
            ctx.current = o.step();
            try {
                reverter.takeBack(o.change());
                ctx.resolved(o.change());
                listener.changeTakenBack(o.change(), "");
            } catch (Exception e) {
                String why = message(e);
                leftOpen.add(o.change().sentence() + " (" + why + ")");
                journal(ctx.host, ctx.plan, "plan.change-failed", o.change().sentence(),
                        Map.of("change", o.change().id(), "message", why));
                listener.changeTakenBack(o.change(), why);
            }
        }
        return leftOpen;
    }

    private static StepRecord record(int i, Step step, StepOutcome outcome, String message, long startedNanos) {
        return new StepRecord(i, step.description(), outcome, message, Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private void journalStep(HostProfile host, Plan plan, StepRecord r) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("step", Integer.toString(r.index()));
        details.put("outcome", r.outcome().name());
        details.put("millis", Long.toString(r.took().toMillis()));
        if (!r.message().isEmpty()) {
            details.put("message", r.message());
        }
        journal(host, plan, "plan.step", r.description(), details);
    }

    private void journal(HostProfile host, Plan plan, String event, String summary, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("plan", plan.id());
        details.put("kind", plan.kind());
        details.putAll(extra);
        journal.append(JournalEntry.now(host, event, summary, details));
    }

    private final class Context implements StepContext {
        private final Plan plan;
        private final HostProfile host;
        private final PlanListener listener;
        private final CancelToken token;
        private final CancelToken never = new CancelToken();
        private final Map<String, Object> values = new HashMap<>();
        private final Map<String, Open> open = new LinkedHashMap<>();
        private final long runStarted = System.nanoTime();

        private record Open(int step, HostChange change) {
        }
        private boolean undoing;
        private int current;
        private long started;

        Context(Plan plan, HostProfile host, PlanListener listener, CancelToken token) {
            this.plan = plan;
            this.host = host;
            this.listener = listener;
            this.token = token;
        }

        Context undoing() {
            undoing = true;
            return this;
        }

        @Override public String planId() { return plan.id(); }

        @Override
        public Map<String, String> labels() {
            return Map.of("io.pilothouse.managed", "true", "io.pilothouse.operation", plan.id());
        }

        /** While undoing, the token is one that is never cancelled: an undo always runs to its end. */
        @Override public CancelToken cancel() { return undoing ? never : token; }

        @Override
        public void progress(long done, long total, ProgressUnit unit) {
            StepProgress p = StepProgress.of(done, total, unit, Duration.ofNanos(System.nanoTime() - started));
            listener.stepProgress(current, p);
            progressOf(p);
        }

        void progressOf(StepProgress p) {
            if (!undoing) {
                listener.runProgress(RunProgress.of(current, plan.steps().size(), p,
                        Duration.ofNanos(System.nanoTime() - runStarted)));
            }
        }

        synchronized void resolveStep(int step) {
            for (Open o : List.copyOf(open.values())) {
                if (o.step() == step) {
                    resolved(o.change());
                }
            }
        }

        @Override
        public void note(String sentence) {
            journal(host, plan, "plan.note", sentence, Map.of("step", Integer.toString(current)));
            listener.stepNote(current, sentence);
        }

        @Override
        public void changed(HostChange change) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("step", Integer.toString(current));
            details.put("change", change.id());
            details.put("changeKind", change.kind().name());
            details.put("target", change.target());
            change.details().forEach((k, v) -> details.put("change." + k, v));
            journal(host, plan, "plan.change", change.sentence(), details);
            synchronized (this) {
                open.put(change.id(), new Open(current, change));
            }
        }

        @Override
        public void resolved(HostChange change) {
            synchronized (this) {
                if (open.remove(change.id()) == null) {
                    return;
                }
            }
            journal(host, plan, "plan.change-resolved", change.sentence(),
                    Map.of("step", Integer.toString(current), "change", change.id()));
        }

        @Override
        public void record(String event, String summary, Map<String, String> details) {
            journal(host, plan, event, summary, details);
        }

        @Override public synchronized void put(String key, Object value) { values.put(key, value); }

        @Override
        public synchronized <T> Optional<T> get(String key, Class<T> type) {
            Object v = values.get(key);
            return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
        }
    }
}
