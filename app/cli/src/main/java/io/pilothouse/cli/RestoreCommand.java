package io.pilothouse.cli;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.core.workflows.backup.BackupFailure;
import io.pilothouse.core.workflows.backup.DockerLink;
import io.pilothouse.core.workflows.backup.RestorePlan;
import io.pilothouse.core.workflows.backup.RestorePlanFactory;
import io.pilothouse.core.workflows.backup.RestoreRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** pilothouse restore HOST --from BACKUP (--volume NAME | --new-volume NAME) */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a backup into an existing volume (its users stopped, content replaced, users started)",
                "or into a new volume, and checks the result against the manifest."})
final class RestoreCommand extends PlanHostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "An archive path or its name in the backup folder.")
    String from;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--volume", paramLabel = "NAME", description = "Replace the content of this existing volume.")
        String volume;

        @Option(names = "--new-volume", paramLabel = "NAME", description = "Create this volume and fill it.")
        String newVolume;
    }

    @Option(names = "--dir", paramLabel = "DIR", description = "The backup folder to find BACKUP in.")
    Path dir;

    @Option(names = "--helper-image", paramLabel = "IMAGE", description = "An image with sh and rm, to empty an existing volume.")
    String helperImage;

    @Option(names = "--yes", description = "Do not ask (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME", description = "On a production host: its name, typed out.")
    String confirmHost;

    RestoreCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        HostProfile profile = find(host);
        boolean fresh = target.newVolume != null;
        RestoreRequest request = new RestoreRequest(RestoreRequest.KIND, host, from, fresh ? target.newVolume : target.volume,
                fresh, helperImage);
        try (HostSession session = connect(profile)) {
            BackupCatalog catalog = new BackupCatalog(dir != null ? dir : BackupCatalog.defaultDir(context.dirs()));
            RestorePlan plan;
            try {
                plan = new RestorePlanFactory(session, catalog)
                        .link(new DockerLink(session, () -> connect(profile))).plan(request);
            } catch (BackupFailure e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
            List<String> extra = new ArrayList<>();
            if (!plan.overwrites().isEmpty()) {
                extra.add("  overwrites: " + plan.overwrites());
            }
            preview(plan.plan(), extra);
            confirm(plan.plan(), profile, yes, confirmHost, true);
            return report(execute(plan.plan(), profile, confirmHost, session.docker()));
        }
    }
}
