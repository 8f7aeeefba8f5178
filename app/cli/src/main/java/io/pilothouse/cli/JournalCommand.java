package io.pilothouse.cli;

import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.PlanHistory;
import io.pilothouse.core.ops.PlanRecovery;
import io.pilothouse.core.ops.PlanRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** pilothouse journal: what was done, by whom, on which host (the journal the desktop app writes too). */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Prints the journal: connections, container actions, plans and their steps.")
final class JournalCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Option(names = "--host", paramLabel = "H", description = "Only entries about this host (its name).")
    String host;

    @Option(names = "--json", description = "JSON Lines: one entry per line, as stored.")
    boolean json;

    @Option(names = "--last", paramLabel = "N", description = "Only the last N entries.")
    Integer last;

    @Option(names = "--plans", description = "One line per plan run: started, host, title, outcome (UNFINISHED when its process died).")
    boolean plans;

    private final CliContext context;

    JournalCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (last != null && last < 1) {
            throw new CliFailure(ExitStatus.USAGE, "--last must be 1 or more, not " + last);
        }
        if (plans) {
            return printPlans();
        }
        List<JournalEntry> entries = context.journal().readAll().stream()
                .filter(e -> host == null || host.equals(e.host())).toList();
        if (last != null && entries.size() > last) {
            entries = entries.subList(entries.size() - last, entries.size());
        }
        if (json) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                    .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            for (JournalEntry e : entries) {
                context.out().println(mapper.writeValueAsString(e));
            }
            return ExitStatus.OK.code();
        }
        if (entries.isEmpty()) {
            context.out().println(host == null ? "The journal is empty." : "The journal has nothing about " + host + ".");
            return ExitStatus.OK.code();
        }
        for (JournalEntry e : entries) {
            Map<String, String> d = e.details();
            String plan = d.containsKey("plan") ? " [" + d.get("plan") + "]" : "";
            String outcome = d.containsKey("outcome") ? " " + d.get("outcome") : "";
            context.out().println(TIME.format(e.time()) + "  " + e.user() + "  " + (e.host() == null ? "-" : e.host()) + "  "
                    + e.event() + plan + outcome + "  " + e.summary());
        }
        return ExitStatus.OK.code();
    }

    private int printPlans() throws Exception {
        PlanHistory history = new PlanHistory(context.journal());
        List<PlanRun> runs = host == null ? history.runs() : history.runs(host);
        if (last != null && runs.size() > last) {
            runs = runs.subList(runs.size() - last, runs.size());
        }
        java.util.Set<String> unfinished = new java.util.HashSet<>();
        new PlanRecovery(context.journal(), context.dirs().locksDir()).unfinished().forEach(p -> unfinished.add(p.planId()));
        for (PlanRun r : runs) {
            String outcome = r.outcome().orElse(unfinished.contains(r.planId()) ? "UNFINISHED" : "RUNNING");
            if (json) {
                context.out().println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(
                        "plan", r.planId(), "kind", r.kind(), "title", r.title(), "host", String.valueOf(r.host()),
                        "user", r.user(), "started", r.started().toString(), "outcome", outcome, "summary", r.summary())));
            } else {
                context.out().println(TIME.format(r.started()) + "  " + r.host() + "  " + outcome + "  " + r.title()
                        + "  [" + r.planId() + "]");
            }
        }
        if (runs.isEmpty() && !json) {
            context.out().println("No plan has run" + (host == null ? "." : " on " + host + "."));
        }
        return ExitStatus.OK.code();
    }
}
