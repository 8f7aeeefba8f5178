package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.StepOutcome;
import io.pilothouse.core.ops.StepProgress;
import io.pilothouse.core.ops.StepRecord;
import io.pilothouse.core.testenv.TcpRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class BackupFaultsIT {

    @TempDir
    Path home;
    BackupFixture fx;

    @BeforeEach
    void setUp() {
        fx = new BackupFixture(home);
    }

    @AfterEach
    void tearDown() {
        fx.cleanUp();
    }

    private BackupPlan plan(HostSession session, Path dir, BackupRequest request) {
        return new BackupPlanFactory(session, new VolumeChoices(home.resolve("c.json")), dir).plan(request);
    }

    private static BackupRequest stop(String host, String volume, String pre) {
        return new BackupRequest(null, host, List.of(volume), null, null, false, null, "stop", Map.of(), "zstd",
                pre, null, null);
    }

    /** No archive of the run is listed, and no part file is left. */
    private static void nothingIncomplete(Path dir) throws Exception {
        assertThat(new BackupCatalog(dir).list()).isEmpty();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).isEmpty();
            }
        }
    }

    @Test
    void aFullTargetDiskFailsCleanlyAndStartsTheContainersAgain() throws Exception {
        String data = fx.volume("full");
        fx.sh(data, "dd if=/dev/urandom of=/v/noise bs=1M count=8 2>/dev/null");
        String app = fx.start("app", "-v", data + ":/data");
        Path dir = Files.createDirectories(home.resolve("small"));
        run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", dir.toString());
        try {
            HostProfile host = fx.profile(Environment.DEVELOPMENT);
            try (HostSession session = fx.session(host)) {
                BackupPlan plan = plan(session, dir, stop(host.name(), data, null));
                PlanResult r = fx.runner().run(plan.plan(), host, null, new PlanListener() { }, new CancelToken());
                assertThat(r.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
                assertThat(r.summary()).contains("is full (no space left on device)").contains("incomplete archive");
                assertThat(fx.state(app)).isEqualTo("running");
                nothingIncomplete(dir);
            }
        } finally {
            run("umount", dir.toString());
        }
    }

    @Test
    void cancelMidTransferRemovesThePartFileAndStartsTheContainersAgain() throws Exception {
        String data = fx.volume("cancel");
        fx.sh(data, "dd if=/dev/urandom of=/v/noise bs=1M count=40 2>/dev/null");
        String app = fx.start("app", "-v", data + ":/data");
        String paused = fx.start("other", "-v", data + ":/data2");
        Path dir = home.resolve("b");
        HostProfile host = fx.profile(Environment.DEVELOPMENT);
        try (HostSession session = fx.session(host)) {
            BackupPlan plan = plan(session, dir, stop(host.name(), data, null));
            CancelToken token = new CancelToken();
            AtomicBoolean sawPart = new AtomicBoolean();
            PlanResult r = fx.runner().run(plan.plan(), host, null, new PlanListener() {
                @Override
                public void stepProgress(int index, StepProgress p) {
                    if (p.done() > 2_000_000 && !token.isCancelled()) {
                        try (var files = Files.list(dir)) {
                            sawPart.set(files.anyMatch(f -> f.toString().endsWith(".part")));
                        } catch (Exception ignored) {
                            // checked below
                        }
                        assertThat(new BackupCatalog(dir).list()).isEmpty();
                        token.cancel();
                    }
                }
            }, token);
            assertThat(r.outcome()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
            assertThat(sawPart).isTrue();
            assertThat(fx.state(app)).isEqualTo("running");
            assertThat(fx.state(paused)).isEqualTo("running");
            nothingIncomplete(dir);
            assertThat(fx.leftoverHelpers()).isEmpty();
        }
    }

    @Test
    void cancelEndsTheEnginesArchiveStreamInsteadOfReadingTheRestOfTheVolume() throws Exception {
        String data = fx.volume("abort");
        fx.sh(data, "dd if=/dev/urandom of=/v/noise bs=1M count=160 2>/dev/null");
        String app = fx.start("app", "-v", data + ":/data");
        Path dir = home.resolve("b");
        try (TcpRelay relay = new TcpRelay("127.0.0.1", BackupFixture.ENV.sshHost(), BackupFixture.ENV.sshPort())) {
            HostProfile host = HostProfile.create(fx.run + "-ssh", fx.sshThrough(relay), Environment.DEVELOPMENT);
            try (HostSession session = fx.session(host)) {
                BackupPlan plan = plan(session, dir, stop(host.name(), data, null));
                CancelAfterBytes cancel = new CancelAfterBytes(4_000_000, relay);
                PlanResult r = fx.runner().run(plan.plan(), host, null, cancel, cancel.token);
                assertThat(r.outcome()).as(r.summary()).isEqualTo(PlanOutcome.CANCELLED_UNDONE);
                assertThat(cancel.cancelled()).isTrue();
                // the rest of the 160 MiB is not read to close the stream: what crossed the link after the
                // cancel is what was already in flight, plus the undo's few requests
                assertThat(cancel.relayedSinceCancel()).isLessThan(40L << 20);
                assertThat(fx.state(app)).isEqualTo("running");
                nothingIncomplete(dir);
            }
        }
    }

    @Test
    void aFailingPreCommandStopsThePlanBeforeAnythingIsCopied() throws Exception {
        String data = fx.volume("pre");
        fx.sh(data, "echo x > /v/x");
        String app = fx.start("app", "-v", data + ":/data");
        Path dir = home.resolve("b");
        HostProfile host = fx.profile(Environment.DEVELOPMENT);
        try (HostSession session = fx.session(host)) {
            BackupPlan plan = plan(session, dir, stop(host.name(), data, "echo dump refused >&2; exit 3"));
            PlanResult r = fx.runner().run(plan.plan(), host, null, new PlanListener() { }, new CancelToken());
            assertThat(r.outcome()).isEqualTo(PlanOutcome.FAILED_UNDONE);
            assertThat(r.steps().get(0).message()).contains("pre-backup command").contains("exit 3").contains("dump refused");
            assertThat(fx.state(app)).isEqualTo("running");
            nothingIncomplete(dir);
        }
    }

    @Test
    void aContainerThatDoesNotStartAgainIsReportedAndTheOthersStillStart() throws Exception {
        String data = fx.volume("refuse");
        fx.sh(data, "echo x > /v/x");
        String net = fx.network("gone");
        String first = fx.start("first", "-v", data + ":/data");
        String stubborn = fx.start("stubborn", "--network", net, "-v", data + ":/data");
        String last = fx.start("last", "-v", data + ":/data");
        Path dir = home.resolve("b");
        HostProfile host = fx.profile(Environment.DEVELOPMENT);
        try (HostSession session = fx.session(host)) {
            BackupPlan plan = plan(session, dir, stop(host.name(), data, null));
            PlanResult r = fx.runner().run(plan.plan(), host, null, new PlanListener() {
                @Override
                public void stepFinished(StepRecord rec) {
                    if (rec.description().startsWith("Stop ")) {
                        // the network goes away while the container is stopped: it cannot start again
                        BackupFixture.ENV.docker("network", "rm", net);
                    }
                }
            }, new CancelToken());
            assertThat(r.outcome()).isEqualTo(PlanOutcome.UNDO_INCOMPLETE);
            StepRecord resume = r.steps().stream().filter(s -> s.description().startsWith("Start "))
                    .filter(s -> s.outcome() == StepOutcome.FAILED).findFirst().orElseThrow();
            assertThat(resume.message()).contains(stubborn + " did not start again").contains(first).contains(last);
            assertThat(fx.state(first)).isEqualTo("running");
            assertThat(fx.state(last)).isEqualTo("running");
            assertThat(fx.state(stubborn)).isNotEqualTo("running");
            // the archive itself was complete before the start failed: it is a valid backup
            assertThat(new BackupCatalog(dir).list()).hasSize(1);
            assertThat(fx.journal().readAll()).anyMatch(e -> e.event().equals("plan.change")
                    && e.summary().equals("stopped " + stubborn));
        }
    }

    @Test
    void aTamperedManifestOrArchiveFailsVerificationWithAClearSentence() throws Exception {
        String data = fx.volume("tamper");
        fx.sh(data, "i=0; while [ $i -lt 50 ]; do echo line $i > /v/f$i; i=$((i+1)); done");
        Path dir = home.resolve("b");
        HostProfile host = fx.profile(Environment.DEVELOPMENT);
        try (HostSession session = fx.session(host)) {
            BackupPlan plan = plan(session, dir, BackupRequest.ofVolumes(host.name(), List.of(data), "hot", null));
            assertThat(fx.runner().run(plan.plan(), host, null, new PlanListener() { }, new CancelToken()).succeeded()).isTrue();
        }
        BackupCatalog catalog = new BackupCatalog(dir);
        CatalogEntry e = catalog.list().get(0);
        assertThat(catalog.verify(e).ok()).isTrue();

        String json = Files.readString(e.manifestFile());
        Files.writeString(e.manifestFile(), json.replace("\"files\" : 50", "\"files\" : 49"));
        VerifyResult edited = catalog.verify(catalog.list().get(0));
        assertThat(edited.ok()).isFalse();
        assertThat(edited.sentence()).contains("does not match its manifest").contains("holds 50 files, the manifest says 49")
                .contains("do not restore from it");
        Files.writeString(e.manifestFile(), json);

        byte[] bytes = Files.readAllBytes(e.archive());
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(e.archive(), bytes, StandardOpenOption.TRUNCATE_EXISTING);
        VerifyResult damaged = catalog.verify(catalog.list().get(0));
        assertThat(damaged.ok()).isFalse();
        assertThat(damaged.sentence()).containsAnyOf("its SHA-256 is", "cannot be read back");

        Files.writeString(e.manifestFile(), "{ not json");
        assertThat(catalog.list()).isEmpty();
        assertThat(catalog.problems()).singleElement().asString().contains("is not a valid backup manifest");
    }

    @Test
    void aConnectionCutMidTransferFailsTheBackupAndTheContainersRunAgain() throws Exception {
        String data = fx.volume("cut");
        fx.sh(data, "dd if=/dev/urandom of=/v/noise bs=1M count=60 2>/dev/null");
        String app = fx.start("app", "-v", data + ":/data");
        Path dir = home.resolve("b");
        try (TcpRelay relay = new TcpRelay("127.0.0.1", BackupFixture.ENV.sshHost(), BackupFixture.ENV.sshPort())) {
            SshTransport t = fx.sshThrough(relay);
            HostProfile host = HostProfile.create(fx.run + "-ssh", t, Environment.DEVELOPMENT);
            HostSession session = fx.session(host);
            DockerLink link = new DockerLink(session, () -> fx.session(host));
            try {
                BackupPlan plan = new BackupPlanFactory(session, new VolumeChoices(home.resolve("c.json")), dir)
                        .link(link).plan(stop(host.name(), data, null));
                AtomicBoolean cut = new AtomicBoolean();
                PlanResult r = fx.runner().run(plan.plan(), host, null, new PlanListener() {
                    @Override
                    public void stepProgress(int index, StepProgress p) {
                        if (p.done() > 4_000_000 && cut.compareAndSet(false, true)) {
                            relay.cut();
                            // the link comes back a moment later, as a flaky network does; the port may need a while
                            Thread back = new Thread(() -> {
                                for (int i = 0; i < 100; i++) {
                                    try {
                                        relay.resume();
                                        return;
                                    } catch (Exception e) {
                                        sleep(100);
                                    }
                                }
                            });
                            back.setDaemon(true);
                            back.start();
                        }
                    }
                }, new CancelToken());
                assertThat(cut).isTrue();
                assertThat(r.outcome()).as(r.summary()).isEqualTo(PlanOutcome.FAILED_UNDONE);
                assertThat(fx.state(app)).isEqualTo("running");
                nothingIncomplete(dir);
            } finally {
                session.close();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + ": " + out);
        }
    }

}
