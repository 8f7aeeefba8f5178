package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.workflows.backup.BackupFailure;
import io.pilothouse.core.workflows.backup.VolumeCopyPlanFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** pilothouse copy-volume SRC_HOST VOLUME DST_HOST [--as NAME] */
@Command(name = "copy-volume", mixinStandardHelpOptions = true,
        description = "Copies a volume from one host into a new volume on another, streamed directly (no local file).")
final class CopyVolumeCommand extends PlanHostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SRC_HOST") String source;
    @Parameters(index = "1", paramLabel = "VOLUME") String volume;
    @Parameters(index = "2", paramLabel = "DST_HOST") String target;

    @Option(names = "--as", paramLabel = "NAME", description = "The new volume's name on DST_HOST (default: the same).")
    String as;

    @Option(names = "--yes", description = "Do not ask (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME", description = "When DST_HOST is production: its name, typed out.")
    String confirmHost;

    CopyVolumeCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        HostProfile from = find(source);
        HostProfile to = find(target);
        try (HostSession src = connect(from); HostSession dst = connect(to)) {
            Plan plan;
            try {
                plan = new VolumeCopyPlanFactory(src, dst).plan(volume, as);
            } catch (BackupFailure e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
            preview(plan, List.of());
            confirm(plan, to, yes, confirmHost, false);
            return report(execute(plan, to, confirmHost, dst.docker()));
        }
    }
}
