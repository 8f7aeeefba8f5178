package io.pilothouse.core.ops;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds plans that died mid-run in the journal ({@code plan.started} without {@code plan.finished},
 * or finished {@code UNDO_INCOMPLETE} / {@code RECOVERY_INCOMPLETE} with changes still open)
 * and finishes their undo: each {@code plan.change} without a {@code plan.change-resolved} is taken
 * back on the host, newest first, and the outcome is journaled. A plan that is still running (its
 * host lock is held by a live process) is not unfinished.
 */
public final class PlanRecovery {

    /** The {@code plan.finished} outcome written when recovery took every change back. */
    public static final String RECOVERED = "RECOVERED";
    /** The outcome written when some changes could not be taken back (the plan stays listed). */
    public static final String RECOVERY_INCOMPLETE = "RECOVERY_INCOMPLETE";

    private final Journal journal;
    private final Path locksDir;

    /** @param locksDir where running plans hold their hosts (null: every unfinished plan counts as dead) */
    public PlanRecovery(Journal journal, Path locksDir) {
        this.journal = journal;
        this.locksDir = locksDir;
    }

    /** Every unfinished plan on every host, oldest first. */
    public List<UnfinishedPlan> unfinished() {
        Map<String, Builder> plans = new LinkedHashMap<>();
        for (JournalEntry e : journal.readAll()) {
            String id = e.details().get("plan");
            if (id == null) {
                continue;
            }
            switch (e.event()) {
                case "plan.started" -> plans.put(id, new Builder(e));
                case "plan.finished" -> {
                    String outcome = e.details().getOrDefault("outcome", "");
                    Builder b = plans.get(id);
                    if (b != null && (RECOVERY_INCOMPLETE.equals(outcome) || PlanOutcome.UNDO_INCOMPLETE.name().equals(outcome))) {
                        // ended with changes it could not take back: offered again while any is open
                        b.endedIncomplete = true;
                    } else {
                        plans.remove(id);
                    }
                }
                case "plan.change" -> {
                    Builder b = plans.get(id);
                    if (b != null) {
                        b.changed(e);
                    }
                }
                case "plan.change-resolved" -> {
                    Builder b = plans.get(id);
                    if (b != null) {
                        b.open.remove(e.details().getOrDefault("change", ""));
                    }
                }
                default -> { }
            }
        }
        List<UnfinishedPlan> out = new ArrayList<>();
        for (Builder b : plans.values()) {
            if (b.endedIncomplete && b.open.isEmpty()) {
                continue;
            }
            UnfinishedPlan p = b.build();
            if (!stillRunning(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The unfinished plans of one host, by its name. */
    public List<UnfinishedPlan> unfinished(String hostName) {
        return unfinished().stream().filter(p -> p.host().equals(hostName)).toList();
    }

    /** The one-line warning to show when {@code host} has an unfinished plan, if it has one. */
    public Optional<String> warning(String hostName) {
        List<UnfinishedPlan> plans = unfinished(hostName);
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        UnfinishedPlan p = plans.get(plans.size() - 1);
        return Optional.of("warning: " + p.sentence() + " Take it back with: pilothouse recover " + hostName
                + (plans.size() > 1 ? " (" + plans.size() + " unfinished plans)" : ""));
    }

    private boolean stillRunning(UnfinishedPlan p) {
        if (locksDir == null || p.hostId().isEmpty()) {
            return false;
        }
        return HostLock.holder(locksDir, p.hostId()).map(h -> h.contains("plan " + p.planId() + ",")).orElse(false);
    }

    /**
     * Takes back the open changes of {@code plan} on {@code host}, newest first; one that fails does
     * not stop the others. Journals each change taken back and then {@code plan.finished} with
     * outcome {@link #RECOVERED} (or {@link #RECOVERY_INCOMPLETE}).
     */
    public RecoveryResult recover(UnfinishedPlan plan, HostProfile host, HostChangeReverter reverter) {
        List<HostChange> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<HostChange> todo = new ArrayList<>(plan.openChanges());
        java.util.Collections.reverse(todo);
        journal(host, plan, "plan.recovery-started", "Taking back \"" + plan.title() + "\": " + plan.changesSentence(), Map.of());
        for (HostChange c : todo) {
            try {
                reverter.takeBack(c);
                done.add(c);
                journal(host, plan, "plan.change-resolved", c.sentence(), Map.of("change", c.id(), "by", "recovery"));
            } catch (Exception ex) {
                String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
                failures.add(c.sentence() + ": " + why);
                journal(host, plan, "plan.change-failed", c.sentence(), Map.of("change", c.id(), "message", why));
            }
        }
        String summary = failures.isEmpty()
                ? "\"" + plan.title() + "\" was taken back" + (done.isEmpty() ? " (it had changed nothing)" : ": "
                + String.join(", ", done.stream().map(PlanRecovery::undoneSentence).toList())) + "."
                : "\"" + plan.title() + "\" could not be fully taken back: " + String.join("; ", failures) + ".";
        journal(host, plan, "plan.finished", summary,
                Map.of("outcome", failures.isEmpty() ? RECOVERED : RECOVERY_INCOMPLETE));
        return new RecoveryResult(plan.planId(), done, failures, summary);
    }

    private static String undoneSentence(HostChange c) {
        return "undid \"" + c.sentence() + "\"";
    }

    private void journal(HostProfile host, UnfinishedPlan plan, String event, String summary, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("plan", plan.planId());
        details.put("kind", plan.kind());
        details.putAll(extra);
        journal.append(JournalEntry.now(host, event, summary, details));
    }

    private static final class Builder {
        private final JournalEntry started;
        private final Map<String, HostChange> open = new LinkedHashMap<>();
        private boolean endedIncomplete;

        Builder(JournalEntry started) {
            this.started = started;
        }

        void changed(JournalEntry e) {
            Map<String, String> d = e.details();
            String id = d.get("change");
            String kind = d.get("changeKind");
            if (id == null || kind == null) {
                return;
            }
            ChangeKind k;
            try {
                k = ChangeKind.valueOf(kind);
            } catch (IllegalArgumentException unknown) {
                return;
            }
            Map<String, String> details = new HashMap<>();
            d.forEach((key, v) -> {
                if (key.startsWith("change.")) {
                    details.put(key.substring("change.".length()), v);
                }
            });
            open.put(id, new HostChange(id, k, d.getOrDefault("target", ""), details, e.summary()));
        }

        UnfinishedPlan build() {
            Map<String, String> d = started.details();
            return new UnfinishedPlan(d.get("plan"), d.getOrDefault("kind", ""), d.getOrDefault("title", started.summary()),
                    started.host(), d.getOrDefault("hostId", ""), started.environment(), started.time(), started.user(),
                    List.copyOf(open.values()));
        }
    }
}
