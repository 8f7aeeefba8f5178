package io.pilothouse.core.ops;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;

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
 * failure or a cancel, the finished steps are undone in reverse order. A mutating plan needs the
 * production guard's typed name and holds its host: a second mutating plan on the same host is
 * refused while one runs (in this process). Every step's outcome goes to the journal.
 */
public final class PlanRunner {

    private static final Set<String> BUSY_HOSTS = ConcurrentHashMap.newKeySet();

    private final Journal journal;
    private final ProductionGuard guard;

    public PlanRunner(Journal journal, ProductionGuard guard) {
        this.journal = journal;
        this.guard = guard;
    }

    public PlanResult run(Plan plan, HostProfile host, String typedConfirmation, PlanListener listener,
                          CancelToken token) {
        if (plan.mutating() && !guard.confirms(host, typedConfirmation)) {
            return refuse(plan, host, listener, host.name() + " is a production host: its name must be typed out to run \""
                    + plan.title() + "\"; nothing was done.");
        }
        if (plan.mutating() && !BUSY_HOSTS.add(host.id())) {
            return refuse(plan, host, listener, "Another operation is running on " + host.name()
                    + "; nothing was done. Wait for it to end, then run \"" + plan.title() + "\" again.");
        }
        try {
            return runSteps(plan, host, listener, token);
        } finally {
            if (plan.mutating()) {
                BUSY_HOSTS.remove(host.id());
            }
        }
    }

    private PlanResult refuse(Plan plan, HostProfile host, PlanListener listener, String why) {
        journal(host, plan, "plan.refused", why, Map.of());
        PlanResult result = new PlanResult(plan.id(), PlanOutcome.REFUSED, List.of(), why);
        listener.planFinished(result);
        return result;
    }

    private PlanResult runSteps(Plan plan, HostProfile host, PlanListener listener, CancelToken token) {
        journal(host, plan, "plan.started", plan.title(), Map.of("steps", Integer.toString(plan.steps().size())));
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
            try {
                step.run(ctx);
                StepRecord r = record(i, step, StepOutcome.DONE, "", ctx.started);
                records.add(r);
                finished.push(i);
                journalStep(host, plan, r);
                listener.stepFinished(r);
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
            PlanOutcome outcome = !undoneAll ? PlanOutcome.UNDO_INCOMPLETE
                    : cancelled ? PlanOutcome.CANCELLED_UNDONE : PlanOutcome.FAILED_UNDONE;
            String why = cancelled ? "cancelled" : "failed: " + failure;
            String after = undoneAll ? " Every finished step was undone; the host is as it was."
                    : " Some steps could not be undone: see the steps marked UNDO_FAILED.";
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
            listener.stepProgress(current, StepProgress.of(done, total, unit, Duration.ofNanos(System.nanoTime() - started)));
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
        }

        @Override
        public void resolved(HostChange change) {
            journal(host, plan, "plan.change-resolved", change.sentence(),
                    Map.of("step", Integer.toString(current), "change", change.id()));
        }

        @Override public synchronized void put(String key, Object value) { values.put(key, value); }

        @Override
        public synchronized <T> Optional<T> get(String key, Class<T> type) {
            Object v = values.get(key);
            return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
        }
    }
}
