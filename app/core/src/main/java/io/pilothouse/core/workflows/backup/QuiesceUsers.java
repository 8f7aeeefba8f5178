package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.List;
import java.util.Map;

/** Stops or pauses the running users of a volume; its undo resumes them in the same order. */
public final class QuiesceUsers implements Step {

    private final DockerLink link;
    private final Consistency mode;
    private final List<VolumeUser> users;
    private final QuiescedUsers quiesced;
    private final int stopTimeoutSeconds;

    public QuiesceUsers(DockerLink link, Consistency mode, List<VolumeUser> users, QuiescedUsers quiesced,
                        int stopTimeoutSeconds) {
        this.link = link;
        this.mode = mode;
        this.users = List.copyOf(users);
        this.quiesced = quiesced;
        this.stopTimeoutSeconds = stopTimeoutSeconds;
    }

    @Override
    public String description() {
        List<String> names = users.stream().map(VolumeUser::name).toList();
        return (mode == Consistency.STOP ? "Stop " : "Pause ") + String.join(", ", names)
                + (mode == Consistency.STOP ? " (timeout " + stopTimeoutSeconds + " s)" : "");
    }

    @Override
    public void run(StepContext ctx) {
        for (VolumeUser u : users) {
            ctx.cancel().throwIfCancelled();
            if (mode == Consistency.STOP) {
                link.retrying(d -> d.stopContainerCmd(u.id()).withTimeout(stopTimeoutSeconds).exec());
                HostChange c = HostChange.of(ChangeKind.STOPPED_CONTAINER, u.id(), Map.of("name", u.name()),
                        "stopped " + u.name());
                quiesced.add(c);
                ctx.changed(c);
            } else {
                link.retrying(d -> d.pauseContainerCmd(u.id()).exec());
                HostChange c = HostChange.of(ChangeKind.PAUSED_CONTAINER, u.id(), Map.of("name", u.name()),
                        "paused " + u.name());
                quiesced.add(c);
                ctx.changed(c);
            }
        }
    }

    @Override
    public void undo(StepContext ctx) {
        ResumeUsers.resume(link, quiesced, ctx);
    }
}
