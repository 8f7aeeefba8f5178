package io.pilothouse.core.ops;

import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan runs in the journal, oldest first: what the history view and {@code pilothouse journal --plans} show. */
public final class PlanHistory {

    private final Journal journal;

    public PlanHistory(Journal journal) {
        this.journal = journal;
    }

    public List<PlanRun> runs() {
        Map<String, PlanRun> runs = new LinkedHashMap<>();
        for (JournalEntry e : journal.readAll()) {
            String id = e.details().get("plan");
            if (id == null) {
                continue;
            }
            if (e.event().equals("plan.started")) {
                runs.put(id, new PlanRun(id, e.details().getOrDefault("kind", ""), e.details().getOrDefault("title", e.summary()),
                        e.host(), e.user(), e.time(), Optional.empty(), Optional.empty(), ""));
            } else if (e.event().equals("plan.finished") || e.event().equals("plan.refused")) {
                PlanRun r = runs.get(id);
                String outcome = e.event().equals("plan.refused") ? "REFUSED" : e.details().getOrDefault("outcome", "");
                if (r == null) {
                    runs.put(id, new PlanRun(id, e.details().getOrDefault("kind", ""), e.summary(), e.host(), e.user(), e.time(),
                            Optional.of(e.time()), Optional.of(outcome), e.summary()));
                } else {
                    runs.put(id, new PlanRun(id, r.kind(), r.title(), r.host(), r.user(), r.started(), Optional.of(e.time()),
                            Optional.of(outcome), e.summary()));
                }
            }
        }
        return new ArrayList<>(runs.values());
    }

    /** What the journal holds about one plan run, oldest first: its start, steps, notes, changes and end. */
    public List<JournalEntry> entries(String planId) {
        return journal.readAll().stream().filter(e -> planId.equals(e.details().get("plan"))).toList();
    }

    public List<PlanRun> runs(String hostName) {
        return runs().stream().filter(r -> hostName.equals(r.host())).toList();
    }
}
