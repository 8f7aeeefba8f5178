package io.pilothouse.desktop.ui.history;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;
import io.pilothouse.core.workflows.backup.BackupManifest;
import io.pilothouse.core.workflows.backup.Compression;
import io.pilothouse.core.workflows.backup.ManifestFiles;
import io.pilothouse.core.workflows.backup.TarTally;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A backup folder with real archives (tar made by the system's tar, gzip, manifests with their true
 * figures) and a journal with plan runs made by the real plan runner.
 */
final class HistoryFixture {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private HistoryFixture() {
    }

    /** Writes a backup of {@code volume} of {@code host}, finished {@code daysAgo} days before {@link #NOW}. */
    static Path backup(Path dir, String host, String volume, int daysAgo) throws Exception {
        Path root = Files.createTempDirectory("bkp-content");
        Files.createDirectories(root.resolve("data/empty"));
        Files.writeString(root.resolve("data/a.txt"), volume + " " + daysAgo);
        Files.write(root.resolve("data/b.bin"), new byte[4096 + daysAgo]);
        Process p = new ProcessBuilder("tar", "-c", "-C", root.toString(), ".").start();
        byte[] tar = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("tar failed");
        }
        TarTally t = new TarTally(new ByteArrayInputStream(tar));
        t.transferTo(OutputStream.nullOutputStream());
        Instant finished = NOW.minus(Duration.ofDays(daysAgo));
        String base = host + "_" + volume + "_" + finished.toString().replace(":", "");
        Path archive = dir.resolve(base + Compression.GZIP.extension());
        Files.createDirectories(dir);
        try (OutputStream out = Compression.GZIP.compress(Files.newOutputStream(archive))) {
            out.write(tar);
        }
        byte[] file = Files.readAllBytes(archive);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        BackupManifest m = new BackupManifest(BackupManifest.FORMAT, host, "id-" + host, "development", volume, "local",
                Map.of(), List.of(new BackupManifest.ManifestUser(volume + "-app", "testenv/busybox:1", "sha256:aa", "/data")),
                "hot", "gzip", archive.getFileName().toString(), t.entries(), t.files(), t.contentBytes(), t.totalBytes(),
                file.length, sha, finished.minusSeconds(30), finished, "0.1");
        Files.write(dir.resolve(base + ManifestFiles.SUFFIX), ManifestFiles.bytes(m));
        return archive;
    }

    /** Runs two plans on {@code host} through the real runner: one that succeeds, one whose second step fails. */
    static void runs(Journal journal, String host) {
        HostProfile profile = HostProfile.create(host, new UnixSocketTransport("/run/none.sock"), Environment.DEVELOPMENT);
        PlanRunner runner = new PlanRunner(journal, new ProductionGuard());
        Step stop = new Step() {
            @Override public String description() { return "Stop db"; }
            @Override public void run(StepContext ctx) { ctx.note("stopped db"); }
            @Override public void undo(StepContext ctx) { ctx.note("started db again"); }
        };
        Step copy = new Step() {
            @Override public String description() { return "Copy volume db-data"; }
            @Override public void run(StepContext ctx) { throw new IllegalStateException("the backup folder is full"); }
        };
        PlanResult ok = runner.run(new Plan(Plan.newId("backup"), "backup", profile.id(), "Back up db-data of " + host,
                List.of(stop)), profile, null, new PlanListener() { }, new CancelToken());
        PlanResult failed = runner.run(new Plan(Plan.newId("backup"), "backup", profile.id(), "Back up db-data and logs of " + host,
                List.of(stop, copy)), profile, null, new PlanListener() { }, new CancelToken());
        if (!ok.succeeded() || failed.succeeded()) {
            throw new IllegalStateException("unexpected outcomes " + ok.outcome() + " " + failed.outcome());
        }
    }
}
