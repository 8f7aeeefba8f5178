package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BackupRoundTripIT {

    /** Many small files, a few large ones, symlinks, modes, owners, empty directories. */
    static final String POPULATE = String.join("\n",
            "set -e", "cd /v",
            "mkdir -p small/a small/b empty/deeper big links",
            "i=0; while [ $i -lt 600 ]; do echo \"file $i\" > small/a/f$i; echo $i$i > small/b/g$i; i=$((i+1)); done",
            "dd if=/dev/urandom of=big/one bs=1M count=6 2>/dev/null",
            "dd if=/dev/urandom of=big/two bs=1k count=1500 2>/dev/null",
            "ln -s ../big/one links/to-one", "ln -s /nowhere links/dangling",
            "chmod 0640 small/a/f1; chmod 4755 big/two; chmod 0700 empty/deeper; chmod 1777 empty",
            "chown 1234:5678 small/a/f2; chown -h 42:43 links/to-one; chown 7:7 empty/deeper",
            "echo secret > '.hidden file'");

    /** One line per entry: path, type, mode, owner, size, content hash or link target. */
    static final String DESCRIBE = "cd /v && find . | sort | while read -r p; do "
            + "if [ -L \"$p\" ]; then t=$(readlink \"$p\"); elif [ -f \"$p\" ]; then t=$(md5sum < \"$p\"); else t=-; fi; "
            + "echo \"$p $(stat -c '%F %a %u:%g %s' \"$p\") $t\"; done";

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

    @Test
    void aVolumeBacksUpAndRestoresByteIdenticalWithModesAndOwners() throws Exception {
        String data = fx.volume("data");
        fx.sh(data, POPULATE);
        String before = fx.sh(data, DESCRIBE);
        String app = fx.start("app", "-v", data + ":/data");
        String other = fx.start("other", "-v", data + ":/srv");
        Path dir = home.resolve("backups");
        HostProfile host = fx.profile(Environment.DEVELOPMENT);
        try (HostSession session = fx.session(host)) {
            BackupPlan plan = new BackupPlanFactory(session, new VolumeChoices(home.resolve("c.json")), dir)
                    .plan(BackupRequest.ofVolumes(host.name(), List.of(data), "stop", null));
            assertThat(plan.plan().steps()).extracting(s -> s.description())
                    .anyMatch(d -> d.startsWith("Stop ") && d.contains(app) && d.contains(other))
                    .anyMatch(d -> d.startsWith("Start ") && d.contains(app));
            PlanResult r = fx.runner().run(plan.plan(), host, null, new PlanListener() { }, new CancelToken());
            assertThat(r.outcome()).as(r.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            assertThat(fx.state(app)).isEqualTo("running");
            assertThat(fx.state(other)).isEqualTo("running");
            assertThat(fx.leftoverHelpers()).isEmpty();

            BackupCatalog catalog = new BackupCatalog(dir);
            List<CatalogEntry> entries = catalog.list();
            assertThat(entries).hasSize(1);
            BackupManifest m = entries.get(0).manifest();
            assertThat(m.volume()).isEqualTo(data);
            assertThat(m.consistency()).isEqualTo("stop");
            assertThat(m.files()).isEqualTo(1200 + 3);
            assertThat(m.containers()).extracting(BackupManifest.ManifestUser::name).containsExactlyInAnyOrder(app, other);
            assertThat(m.containers()).allSatisfy(u -> assertThat(u.imageDigest()).startsWith("sha256:"));
            assertThat(m.archiveSha256()).hasSize(64);
            assertThat(catalog.verify(entries.get(0)).ok()).isTrue();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }

            String copy = fx.expectVolume(fx.run + "-restored");
            RestorePlan restore = new RestorePlanFactory(session, catalog)
                    .plan(new RestoreRequest(null, host.name(), entries.get(0).name(), copy, true, null));
            PlanResult rr = fx.runner().run(restore.plan(), host, null, new PlanListener() { }, new CancelToken());
            assertThat(rr.outcome()).as(rr.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            assertThat(fx.sh(copy, DESCRIBE)).isEqualTo(before);

            // into the same volume: its users are stopped, the content replaced, the users started again
            fx.sh(data, "rm -rf /v/small/a && echo changed > /v/new-file && chmod 600 /v/big/one");
            RestorePlan same = new RestorePlanFactory(session, catalog)
                    .plan(new RestoreRequest(null, host.name(), entries.get(0).archive().toString(), data, false, null));
            assertThat(same.overwrites()).contains(data).contains(app);
            PlanResult sr = fx.runner().run(same.plan(), host, null, new PlanListener() { }, new CancelToken());
            assertThat(sr.outcome()).as(sr.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
            assertThat(fx.sh(data, DESCRIBE)).isEqualTo(before);
            assertThat(fx.state(app)).isEqualTo("running");
            assertThat(fx.state(other)).isEqualTo("running");
        }
    }

    @Test
    void aStackBackupSkipsRegenerableVolumesAndPrunesByRetention() throws Exception {
        String stack = fx.run + "-shop";
        String db = fx.volume("db");
        String index = fx.run + "-index";
        fx.expectVolume(index);
        BackupFixture.ENV.docker("volume", "create", "--label", "io.pilothouse.test=true", "--label",
                "io.pilothouse.backup=regenerable", index);
        fx.sh(db, "echo rows > /v/table");
        fx.start("db", "--label", "com.docker.compose.project=" + stack, "-v", db + ":/db");
        fx.start("search", "--label", "com.docker.compose.project=" + stack, "-v", index + ":/idx");
        Path dir = home.resolve("b");
        HostProfile host = fx.profile(Environment.DEVELOPMENT);
        try (HostSession session = fx.session(host)) {
            BackupPlanFactory factory = new BackupPlanFactory(session, new VolumeChoices(home.resolve("c.json")), dir);
            BackupRequest req = new BackupRequest(null, host.name(), null, null, stack, false, null, "pause",
                    Map.of(), "gzip", null, null, null);
            for (int i = 0; i < 3; i++) {
                BackupPlan plan = factory.plan(req);
                assertThat(plan.volumes()).extracting(v -> v.volume().name()).containsExactly(db);
                assertThat(plan.skipped()).extracting(SurveyedVolume::name).containsExactly(index);
                PlanResult r = fx.runner().run(plan.plan(), host, null, new PlanListener() { }, new CancelToken());
                assertThat(r.outcome()).as(r.summary()).isEqualTo(PlanOutcome.SUCCEEDED);
                Thread.sleep(1100);
            }
            BackupCatalog catalog = new BackupCatalog(dir);
            assertThat(catalog.list()).hasSize(3).allSatisfy(e -> assertThat(e.name()).endsWith(".tar.gz"));
            assertThat(catalog.search(db)).hasSize(3);
            PrunePreview preview = catalog.preview(1, null, Instant.now());
            assertThat(preview.keep()).hasSize(1);
            assertThat(preview.remove()).hasSize(2);
            assertThat(catalog.list()).hasSize(3);
            catalog.prune(preview);
            assertThat(catalog.list()).extracting(CatalogEntry::name).containsExactly(preview.keep().get(0).name());
            assertThat(catalog.verify(catalog.list().get(0)).ok()).isTrue();
        }
    }
}
