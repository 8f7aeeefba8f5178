package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the plan of a backup: for each volume in scope that holds state, the pre-command, stop or
 * pause of its running users, the copy, their start or unpause in the same order, the post-command.
 */
public final class BackupPlanFactory {

    public static final String PRE_LABEL = "io.pilothouse.backup.pre";
    public static final String POST_LABEL = "io.pilothouse.backup.post";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final HostSession session;
    private final VolumeChoices choices;
    private final Path defaultDir;
    private int stopTimeoutSeconds = 10;
    private DockerLink link;
    private long hookTimeoutSeconds = 600;

    public BackupPlanFactory(HostSession session, VolumeChoices choices, Path defaultDir) {
        this.session = session;
        this.choices = choices;
        this.defaultDir = defaultDir;
        this.link = DockerLink.of(session);
    }

    /** Stops and starts go through {@code link}, which may connect again when the connection broke. */
    public BackupPlanFactory link(DockerLink link) {
        this.link = link;
        return this;
    }

    public BackupPlanFactory stopTimeout(int seconds) {
        this.stopTimeoutSeconds = seconds;
        return this;
    }

    public static String appVersion() {
        String v = BackupPlanFactory.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    /** The volumes the request names, each with its class, before anything is planned. */
    public List<SurveyedVolume> scope(BackupRequest request) {
        String problem = request.scopeProblem();
        if (!problem.isEmpty()) {
            throw new BackupFailure(problem);
        }
        HostProfile host = session.profile();
        VolumeSurvey survey = new VolumeSurvey(session.docker(), host.id(), choices);
        if (!request.volumes().isEmpty()) {
            List<SurveyedVolume> all = survey.all();
            List<SurveyedVolume> out = new ArrayList<>();
            for (String name : request.volumes()) {
                out.add(all.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() ->
                        new BackupFailure("There is no volume named " + name + " on " + host.name()
                                + " (see: pilothouse inventory " + host.name() + ").")));
            }
            return out;
        }
        if (request.container() != null) {
            List<SurveyedVolume> v = survey.ofContainer(request.container());
            if (v.isEmpty()) {
                throw new BackupFailure("Container " + request.container() + " on " + host.name()
                        + " does not exist or mounts no volume.");
            }
            return v;
        }
        if (request.stack() != null) {
            List<SurveyedVolume> v = survey.ofStack(request.stack());
            if (v.isEmpty()) {
                throw new BackupFailure("No volume on " + host.name() + " belongs to stack " + request.stack() + ".");
            }
            return v;
        }
        return survey.all();
    }

    public BackupPlan plan(BackupRequest request) {
        Compression compression;
        Consistency defaultMode;
        try {
            compression = Compression.fromWord(request.compression());
            defaultMode = Consistency.fromWord(request.consistency());
        } catch (IllegalArgumentException e) {
            throw new BackupFailure(e.getMessage());
        }
        List<SurveyedVolume> inScope = scope(request);
        HostProfile host = session.profile();
        Path dir = request.targetDir() == null ? defaultDir : Path.of(request.targetDir());
        String planId = Plan.newId(BackupRequest.KIND);
        String stamp = STAMP.format(Instant.now());
        List<Step> steps = new ArrayList<>();
        List<BackupPlan.PlannedVolume> planned = new ArrayList<>();
        List<SurveyedVolume> skipped = new ArrayList<>();
        List<ArchiveResult> archives = java.util.Collections.synchronizedList(new ArrayList<>());
        for (SurveyedVolume v : inScope) {
            boolean named = request.volumes().contains(v.name());
            if (!v.backedUp() && !named) {
                skipped.add(v);
                continue;
            }
            Consistency mode;
            try {
                mode = Consistency.fromWord(request.volumeConsistency().getOrDefault(v.name(), defaultMode.word()));
            } catch (IllegalArgumentException e) {
                throw new BackupFailure("Volume " + v.name() + ": " + e.getMessage());
            }
            planned.add(new BackupPlan.PlannedVolume(v, mode));
            hook(v, "pre", request.preCommand(), PRE_LABEL, request.commandContainer()).ifPresent(steps::add);
            List<VolumeUser> active = v.users().stream().filter(u -> mode == Consistency.STOP
                    ? u.running() || u.paused() : u.running()).toList();
            QuiescedUsers quiesced = new QuiescedUsers();
            if (mode != Consistency.HOT && !active.isEmpty()) {
                steps.add(new QuiesceUsers(link, mode, active, quiesced, stopTimeoutSeconds));
            }
            BackupManifest draft = new BackupManifest(BackupManifest.FORMAT, host.name(), host.id(),
                    host.environment().name(), v.name(), v.driver(), v.labels(), ArchiveVolume.users(v),
                    mode.word(), compression.word(), null, 0, 0, 0, 0, 0, null, null, null, appVersion());
            steps.add(new ArchiveVolume(ArchiveReads.of(session), v, dir, baseName(host.name(), v.name(), stamp), compression,
                    draft, archives::add).cleanupThrough(link));
            if (mode != Consistency.HOT && !active.isEmpty()) {
                steps.add(new ResumeUsers(link, mode, active.stream().map(VolumeUser::name).toList(), quiesced));
            }
            hook(v, "post", request.postCommand(), POST_LABEL, request.commandContainer()).ifPresent(steps::add);
        }
        if (planned.isEmpty()) {
            throw new BackupFailure("Nothing to back up on " + host.name() + ": every volume in scope is marked "
                    + "regenerable or skip (" + String.join(", ", skipped.stream().map(SurveyedVolume::name).toList()) + ").");
        }
        String title = "Back up " + planned.size() + (planned.size() == 1 ? " volume" : " volumes") + " of "
                + host.name() + " to " + dir;
        Plan plan = new Plan(planId, BackupRequest.KIND, host.id(), title, steps);
        return new BackupPlan(plan, planned, skipped, dir, archives);
    }

    private Optional<Step> hook(SurveyedVolume v, String when, String given, String label, String givenContainer) {
        if (given != null && !given.isBlank()) {
            String container = givenContainer != null ? givenContainer : v.users().stream()
                    .filter(VolumeUser::running).map(VolumeUser::name).findFirst().orElseThrow(() -> new BackupFailure(
                            "The " + when + "-backup command needs a running container: none uses " + v.name()
                                    + "; name one."));
            return Optional.of(new HookCommand(session.docker(), when, container, given, hookTimeoutSeconds));
        }
        for (VolumeUser u : v.users()) {
            String cmd = u.labels().get(label);
            if (cmd != null && !cmd.isBlank() && u.running()) {
                return Optional.of(new HookCommand(session.docker(), when, u.name(), cmd, hookTimeoutSeconds));
            }
        }
        return Optional.empty();
    }

    static String baseName(String host, String volume, String stamp) {
        return safe(host) + "_" + safe(volume) + "_" + stamp;
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
