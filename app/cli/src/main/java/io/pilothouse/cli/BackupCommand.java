package io.pilothouse.cli;

import io.pilothouse.core.ops.ProgressText;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.PlanFactoryRegistry;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.workflows.backup.ArchiveResult;
import io.pilothouse.core.workflows.backup.BackupCatalog;
import io.pilothouse.core.workflows.backup.BackupFailure;
import io.pilothouse.core.workflows.backup.BackupPlan;
import io.pilothouse.core.workflows.backup.BackupPlanFactory;
import io.pilothouse.core.workflows.backup.BackupRequest;
import io.pilothouse.core.workflows.backup.Compression;
import io.pilothouse.core.workflows.backup.DockerLink;
import io.pilothouse.core.workflows.backup.Consistency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** pilothouse backup HOST (--volume V... | --container C | --stack S | --all) ... */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Backs up volumes of a saved host into the backup folder (zstd or gzip, SHA-256, a manifest each).",
                "Volumes marked regenerable or skip are listed and skipped unless named with --volume."})
final class BackupCommand extends PlanHostCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOST", description = "A saved host's name.")
    String host;

    @Option(names = "--volume", paramLabel = "V", arity = "1..*", description = "Volumes to back up.")
    List<String> volumes = new ArrayList<>();

    @Option(names = "--container", paramLabel = "C", description = "The volumes this container mounts.")
    String container;

    @Option(names = "--stack", paramLabel = "S", description = "The volumes of this compose project or swarm stack.")
    String stack;

    @Option(names = "--all", description = "Every volume of the host.")
    boolean all;

    @Option(names = "--to", paramLabel = "DIR", description = "The backup folder (default: $XDG_DATA_HOME/pilothouse/backups).")
    Path to;

    @Option(names = "--consistency", paramLabel = "MODE", defaultValue = "hot",
            description = "hot (default), pause or stop the containers using a volume while it is copied.")
    String consistency;

    @Option(names = "--compress", paramLabel = "ALG", defaultValue = "zstd", description = "zstd (default) or gzip.")
    String compress;

    @Option(names = "--pre", paramLabel = "CMD", description = "A command run with sh -c in a container using the volume before it is copied.")
    String pre;

    @Option(names = "--post", paramLabel = "CMD", description = "A command run after the copy.")
    String post;

    @Option(names = "--exec-in", paramLabel = "C", description = "The container --pre and --post run in.")
    String execIn;

    @Option(names = "--save-plan", paramLabel = "FILE",
            description = "Write the request to FILE (YAML for .yaml/.yml, else JSON) for `pilothouse plan run`, and stop.")
    Path savePlan;

    @Option(names = "--yes", description = "Do not ask before stopping or pausing containers (needed without a terminal).")
    boolean yes;

    @Option(names = "--confirm-host", paramLabel = "NAME", description = "On a production host: its name, typed out.")
    String confirmHost;

    BackupCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws IOException {
        try {
            Consistency.fromWord(consistency);
            Compression.fromWord(compress);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitStatus.USAGE, e.getMessage());
        }
        BackupRequest request = new BackupRequest(BackupRequest.KIND, host, volumes, container, stack, all,
                to == null ? null : to.toAbsolutePath().toString(), consistency, Map.of(), compress, pre, post, execIn);
        if (!request.scopeProblem().isEmpty()) {
            throw new CliFailure(ExitStatus.USAGE, request.scopeProblem());
        }
        HostProfile profile = find(host);
        if (savePlan != null) {
            new PlanFiles(PlanFactoryRegistry.standard(context.dirs())).write(savePlan, request);
            context.out().println("Saved the backup request to " + savePlan + "; run it with: pilothouse plan run " + savePlan);
            return ExitStatus.OK.code();
        }
        try (HostSession session = connect(profile)) {
            BackupPlan plan;
            try {
                plan = new BackupPlanFactory(session, VolumeChoices.in(context.dirs()),
                        BackupCatalog.defaultDir(context.dirs()))
                        .link(new DockerLink(session, () -> connect(profile))).plan(request);
            } catch (BackupFailure e) {
                throw new CliFailure(ExitStatus.USAGE, e.getMessage());
            }
            List<String> extra = new ArrayList<>();
            plan.skipped().forEach(v -> extra.add("  skipped: " + v.name() + " (" + v.classification().reason() + ")"));
            preview(plan.plan(), extra);
            confirm(plan.plan(), profile, yes, confirmHost, false);
            PlanResult result = execute(plan.plan(), profile, confirmHost, session.docker());
            for (ArchiveResult a : plan.archives()) {
                context.out().println(a.archive() + "  " + ProgressText.bytes(a.content().archiveBytes()) + "  sha256:"
                        + a.content().archiveSha256());
            }
            return report(result);
        }
    }
}
