package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Backs up a volume through Pilothouse (a hot backup plan: helper container, zstd, SHA-256,
 * manifest) and restores it into a new volume (hash check and the count of the restored volume included); prints
 * the seconds each took. Used by {@code scripts/bench backup}. Args: SOCKET VOLUME NEW_VOLUME DIR.
 */
public final class BackupBench {

    public static void main(String[] args) throws Exception {
        String socket = args[0];
        String volume = args[1];
        String restored = args[2];
        Path dir = Path.of(args[3]);
        Path home = Files.createTempDirectory("pth-bak-bench");
        HostProfile host = HostProfile.create("bench", new UnixSocketTransport(socket), Environment.DEVELOPMENT);
        PlanRunner runner = new PlanRunner(new Journal(home.resolve("journal.jsonl")), new ProductionGuard());
        try (HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(host,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(600)))) {
            BackupPlanFactory factory = new BackupPlanFactory(session, new VolumeChoices(home.resolve("c.json")), dir);
            long t0 = System.nanoTime();
            BackupPlan plan = factory.plan(BackupRequest.ofVolumes("bench", List.of(volume), "hot", null));
            PlanResult r = runner.run(plan.plan(), host, null, new PlanListener() { }, new CancelToken());
            long t1 = System.nanoTime();
            if (!r.succeeded()) {
                throw new IllegalStateException(r.summary());
            }
            ArchiveResult a = plan.archives().get(0);
            System.out.println("backup_s=" + (t1 - t0) / 1e9);
            System.out.println("content_bytes=" + a.content().contentBytes());
            System.out.println("tar_bytes=" + a.content().tarBytes());
            System.out.println("archive_bytes=" + a.content().archiveBytes());
            RestorePlan restore = new RestorePlanFactory(session, new BackupCatalog(dir))
                    .plan(new RestoreRequest(null, "bench", a.archive().toString(), restored, true, null));
            long t2 = System.nanoTime();
            PlanResult rr = runner.run(restore.plan(), host, null, new PlanListener() { }, new CancelToken());
            long t3 = System.nanoTime();
            if (!rr.succeeded()) {
                throw new IllegalStateException(rr.summary());
            }
            System.out.println("restore_s=" + (t3 - t2) / 1e9);
        }
    }
}
