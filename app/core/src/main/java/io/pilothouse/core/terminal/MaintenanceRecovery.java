package io.pilothouse.core.terminal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Event;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Ends in the journal the maintenance sessions whose app died without saying so (SIGKILL, power):
 * at the next start, each session journaled as started and never ended is looked for on its host.
 * When its lock holder no longer runs there, the lease let the locks go, and the end is journaled
 * ("the lease expired after the app ended") with how long the locks were held: from the engine's
 * own record of the holder's end when it still has it, else as an upper bound.
 * A holder that still runs is left alone: another app or CLI may be using it right now.
 */
public final class MaintenanceRecovery {

    static final String STARTED = "maintenance.started";
    static final String ENDED = "maintenance.ended";

    private final Journal journal;

    public MaintenanceRecovery(Journal journal) {
        this.journal = journal;
    }

    /** The sessions started and never ended, oldest first. */
    public List<UnendedMaintenance> unended() {
        List<JournalEntry> entries = journal.readAll();
        Set<String> ended = new HashSet<>();
        for (JournalEntry e : entries) {
            if (ENDED.equals(e.event())) {
                ended.add(e.details().getOrDefault("session", ""));
            }
        }
        List<UnendedMaintenance> out = new ArrayList<>();
        for (JournalEntry e : entries) {
            String session = e.details().getOrDefault("session", "");
            if (STARTED.equals(e.event()) && !session.isEmpty() && !ended.contains(session)) {
                out.add(new UnendedMaintenance(e));
            }
        }
        return out;
    }

    /** The unended sessions on one host (by its name, as the journal has it). */
    public List<UnendedMaintenance> unended(String hostName) {
        return unended().stream().filter(m -> m.host().equals(hostName)).toList();
    }

    /**
     * Looks for the session's holder on its host; when it is gone, journals the end.
     *
     * @return the sentence journaled, or empty while the holder still runs (nothing is journaled then)
     */
    public Optional<String> settle(UnendedMaintenance m, HostProfile host, DockerClient docker, Duration timeout) {
        String released;
        Instant now = Instant.now();
        Optional<Instant> endedAt = Optional.empty();
        try {
            InspectContainerResponse c = docker.inspectContainerCmd(m.container()).exec();
            boolean held = MaintenanceHolders.running(docker, c.getExecIds()).stream()
                    .anyMatch(h -> h.session().equals(m.session()));
            if (held) {
                return Optional.empty();
            }
            endedAt = holderEnd(docker, c.getId(), m, now, timeout);
            released = "the locks were found free";
        } catch (NotFoundException gone) {
            released = "the container is gone, and its locks with it";
        }
        long seconds = Duration.between(m.since(), endedAt.orElse(now)).toSeconds();
        String held = endedAt.isPresent() ? seconds + " s" : "at most " + seconds + " s (the engine no longer knew when)";
        String sentence = "Maintenance of " + m.container() + " by " + m.who() + " ended: "
                + MaintenanceEnd.LEASE_EXPIRED_AFTER_APP_ENDED.sentence() + " (lease " + m.lease().toSeconds()
                + " s); held " + held + "; " + released + ".";
        Map<String, String> details = new LinkedHashMap<>();
        details.put("session", m.session());
        details.put("container", m.container());
        details.put("paths", String.join(",", m.paths()));
        details.put("who", m.who());
        details.put("lease", Long.toString(m.lease().toSeconds()));
        details.put("ended", MaintenanceEnd.LEASE_EXPIRED_AFTER_APP_ENDED.name());
        details.put("seconds", Long.toString(seconds));
        details.put("exact", Boolean.toString(endedAt.isPresent()));
        details.put("released", "true");
        details.put("found", now.toString());
        journal.append(JournalEntry.now(host, ENDED, sentence, details));
        return Optional.of(sentence);
    }

    /** When the engine saw the session's holder end, if it still remembers (its event log is bounded). */
    private static Optional<Instant> holderEnd(DockerClient docker, String containerId, UnendedMaintenance m,
                                               Instant now, Duration timeout) {
        List<Event> events = new ArrayList<>();
        var callback = new ResultCallback.Adapter<Event>() {
            @Override
            public void onNext(Event event) {
                synchronized (events) {
                    events.add(event);
                }
            }
        };
        try {
            docker.eventsCmd().withSince(Long.toString(m.since().getEpochSecond() - 5))
                    .withUntil(Long.toString(now.getEpochSecond() + 1))
                    .withContainerFilter(containerId).exec(callback);
            if (!callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                callback.close();
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
        String execId = null;
        synchronized (events) {
            for (Event e : events) {
                String action = e.getAction() == null ? "" : e.getAction();
                Map<String, String> attrs = e.getActor() == null || e.getActor().getAttributes() == null
                        ? Map.of() : e.getActor().getAttributes();
                if (MaintenanceHolders.announced(action) && action.contains(" " + m.session() + " ")) {
                    execId = attrs.get("execID");
                } else if (execId != null && action.equals("exec_die") && execId.equals(attrs.get("execID"))) {
                    Long nanos = e.getTimeNano();
                    return Optional.of(nanos != null ? Instant.ofEpochSecond(0, nanos) : Instant.ofEpochSecond(e.getTime()));
                }
            }
        }
        return Optional.empty();
    }
}
