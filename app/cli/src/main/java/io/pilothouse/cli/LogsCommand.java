package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.logs.AnsiText;
import io.pilothouse.core.logs.EngineTimestamp;
import io.pilothouse.core.logs.LineMatcher;
import io.pilothouse.core.logs.LineSink;
import io.pilothouse.core.logs.LogFeed;
import io.pilothouse.core.logs.LogOptions;
import io.pilothouse.core.logs.LogQuery;
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.core.logs.LogStream;
import io.pilothouse.core.logs.LogTargets;
import io.pilothouse.core.logs.LogTime;
import io.pilothouse.core.logs.RawLine;
import io.pilothouse.core.logs.SourceNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** pilothouse logs HOST TARGET...: the logs of containers, services or stacks, merged by timestamp. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Prints the logs of containers, swarm services or stacks; several are merged in timestamp order,",
                "each line prefixed with its source. Colours only on a terminal."})
final class LogsCommand extends HostCommand implements Callable<Integer> {

    private static final String[] TAG_COLOURS = {"\u001b[34m", "\u001b[35m", "\u001b[32m", "\u001b[33m", "\u001b[36m", "\u001b[94m"};

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TARGET", description = "Container, swarm service or stack (name or id).")
    List<String> targets;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until Ctrl-C; a broken stream resumes.")
    boolean follow;

    @Option(names = "--tail", paramLabel = "N", description = "Only the last N lines of each source.")
    Integer tail;

    @Option(names = "--since", paramLabel = "TIME", description = "Lines from TIME on: 10m, 2h, 2024-05-01T10:00:00Z, 14:05, epoch seconds.")
    String since;

    @Option(names = {"-t", "--timestamps"}, description = "Print the engine's timestamp of each line.")
    boolean timestamps;

    @Option(names = "--grep", paramLabel = "REGEX", description = "Only lines matching this regular expression.")
    String grep;

    @Option(names = "--colour", hidden = true, description = "Colour even when not on a terminal.")
    boolean forceColour;

    @Option(names = "--for", hidden = true, paramLabel = "SECONDS", description = "Stop following after this many seconds.")
    Long seconds;

    LogsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        if (tail != null && tail < 0) {
            throw new CliFailure(ExitStatus.USAGE, "--tail takes a number of lines, 0 or more, not " + tail + ".");
        }
        Long sinceNanos = null;
        if (since != null) {
            try {
                sinceNanos = LogTime.parse(since, Instant.now(), ZoneId.systemDefault());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitStatus.USAGE, "--since: " + e.getMessage());
            }
        }
        LineMatcher matcher = null;
        if (grep != null) {
            LogQuery q = new LogQuery(grep, true, true);
            if (q.problem() != null) {
                throw new CliFailure(ExitStatus.USAGE, "--grep: " + q.problem());
            }
            matcher = q.matcher();
        }
        HostProfile profile = find(host);
        boolean colour = forceColour || (System.console() != null && context.terminal().interactive());
        try (HostSession session = connect(profile)) {
            List<LogSource> sources;
            try {
                sources = new LogTargets(session.docker()).resolve(targets);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
            SourceNames names = new SourceNames(sources);
            LineMatcher m = matcher;
            LogFeed feed = LogFeed.start(sources, () -> session, new LogOptions(follow, tail, sinceNanos, null),
                    new LineSink() {
                        @Override
                        public void sourceAdded(int index, LogSource source) {
                            names.add(index, source);
                        }

                        @Override
                        public void accept(List<RawLine> batch) {
                            print(batch, m, names, colour);
                        }
                    });
            try {
                if (follow && seconds != null) {
                    try {
                        feed.done().get(seconds, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        feed.cancel();
                    }
                } else {
                    feed.done().get();
                }
            } finally {
                feed.cancel();
            }
        }
        return ExitStatus.OK.code();
    }

    private void print(List<RawLine> batch, LineMatcher m, SourceNames names, boolean colour) {
        StringBuilder sb = new StringBuilder(batch.size() * 120);
        for (RawLine l : batch) {
            if (m != null && (l.stream() == LogStream.MARKER || !m.matches(l.text()))) {
                continue;
            }
            if (names.tagged()) {
                String name = names.name(l.source());
                String pad = " ".repeat(Math.max(0, names.width() - name.length()));
                sb.append(colour ? TAG_COLOURS[l.source() % TAG_COLOURS.length] + name + "\u001b[0m" : name)
                        .append(pad).append(" | ");
            }
            if (timestamps) {
                sb.append(EngineTimestamp.format(l.epochNanos())).append(' ');
            }
            String text = new String(l.text(), StandardCharsets.UTF_8);
            sb.append(colour ? text : AnsiText.strip(text)).append('\n');
        }
        if (!sb.isEmpty()) {
            synchronized (context.out()) {
                context.out().print(sb);
                context.out().flush();
            }
        }
    }
}
