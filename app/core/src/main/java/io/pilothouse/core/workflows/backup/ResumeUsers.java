package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Starts (or unpauses) the containers a {@link QuiesceUsers} step stopped, in the order they were
 * stopped. A container that does not come back is reported; the others are still started.
 */
public final class ResumeUsers implements Step {

    private final DockerLink link;
    private final Consistency mode;
    private final List<String> names;
    private final QuiescedUsers quiesced;

    public ResumeUsers(DockerLink link, Consistency mode, List<String> names, QuiescedUsers quiesced) {
        this.link = link;
        this.mode = mode;
        this.names = List.copyOf(names);
        this.quiesced = quiesced;
    }

    @Override
    public String description() {
        return (mode == Consistency.STOP ? "Start " : "Unpause ") + String.join(", ", names) + " again";
    }

    @Override
    public void run(StepContext ctx) {
        resume(link, quiesced, ctx);
    }

    static void resume(DockerLink link, QuiescedUsers quiesced, StepContext ctx) {
        List<String> failures = new ArrayList<>();
        List<String> started = new ArrayList<>();
        for (HostChange c : quiesced.outstanding()) {
            String name = c.details().getOrDefault("name", c.target());
            try {
                if (c.kind() == ChangeKind.STOPPED_CONTAINER) {
                    link.retrying(d -> d.startContainerCmd(c.target()).exec());
                } else {
                    link.retrying(d -> d.unpauseContainerCmd(c.target()).exec());
                }
                quiesced.resolved(c);
                ctx.resolved(c);
                started.add(name);
            } catch (com.github.dockerjava.api.exception.NotModifiedException e) {
                quiesced.resolved(c);
                ctx.resolved(c);
            } catch (RuntimeException e) {
                failures.add(name + " did not " + (c.kind() == ChangeKind.STOPPED_CONTAINER ? "start" : "unpause")
                        + " again: " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            String rest = started.isEmpty() ? "" : " (" + String.join(", ", started) + " "
                    + (started.size() == 1 ? "was" : "were") + " started)";
            throw new BackupFailure(String.join("; ", failures) + rest + ".");
        }
    }
}
