package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the plan of a restore. Into a new volume: create it, fill it, check it (undo removes it).
 * Into an existing volume: check the archive first, stop the volume's running users, empty and fill
 * it, start the users again in the same order, check it.
 */
public final class RestorePlanFactory {

    private final HostSession session;
    private final BackupCatalog catalog;
    private int stopTimeoutSeconds = 10;
    private DockerLink link;

    public RestorePlanFactory(HostSession session, BackupCatalog catalog) {
        this.session = session;
        this.catalog = catalog;
        this.link = DockerLink.of(session);
    }

    /** Stops and starts go through {@code link}, which may connect again when the connection broke. */
    public RestorePlanFactory link(DockerLink link) {
        this.link = link;
        return this;
    }

    /** The backup a request names: a path to an archive or manifest, or a name in the catalog folder. */
    public CatalogEntry resolve(String backup) {
        Path p = Path.of(backup);
        if (Files.isRegularFile(p) && p.getParent() != null) {
            BackupCatalog here = p.toAbsolutePath().getParent().equals(catalog.dir().toAbsolutePath())
                    ? catalog : new BackupCatalog(p.toAbsolutePath().getParent());
            return here.find(p.getFileName().toString()).orElseThrow(() -> new BackupFailure(backup
                    + " is not a complete backup: its manifest is missing or unreadable"
                    + (here.problems().isEmpty() ? "" : " (" + String.join("; ", here.problems()) + ")") + "."));
        }
        return catalog.find(backup).orElseThrow(() -> new BackupFailure("There is no backup named " + backup + " in "
                + catalog.dir() + " (see: pilothouse backups list)."));
    }

    public RestorePlan plan(RestoreRequest request) {
        if (!RestoreRequest.KIND.equals(request.kind())) {
            throw new BackupFailure("This is a \"" + request.kind() + "\" request, not a restore.");
        }
        if (request.volume() == null || request.volume().isBlank()) {
            throw new BackupFailure("Name the volume to restore into: --volume NAME or --new-volume NAME.");
        }
        CatalogEntry entry = resolve(request.backup());
        HostProfile host = session.profile();
        VolumeSurvey survey = new VolumeSurvey(session.docker(), host.id(), null);
        Optional<SurveyedVolume> existing = survey.volume(request.volume());
        HelperContainers helpers = new HelperContainers(session.docker());
        BackupManifest m = entry.manifest();
        List<Step> steps = new ArrayList<>();
        List<VolumeUser> stopped = List.of();
        String overwrites = "";
        String image;
        if (request.newVolume()) {
            if (existing.isPresent()) {
                throw new BackupFailure("Volume " + request.volume() + " already exists on " + host.name()
                        + ": restore into it with --volume, or pick another name for --new-volume.");
            }
            image = helpers.pickImage(List.of(), Optional.ofNullable(request.helperImage()));
            steps.add(new CreateVolume(session.docker(), request.volume(), m.driver(), m.labels()));
            steps.add(new LoadArchive(session.docker(), entry, request.volume(), false, image));
        } else {
            SurveyedVolume v = existing.orElseThrow(() -> new BackupFailure("There is no volume named "
                    + request.volume() + " on " + host.name() + ": to create it, use --new-volume " + request.volume() + "."));
            image = helpers.pickImage(v.users(), Optional.ofNullable(request.helperImage()));
            stopped = v.users().stream().filter(u -> u.running() || u.paused()).toList();
            overwrites = "Everything now in volume " + v.name() + " on " + host.name()
                    + (v.users().isEmpty() ? "" : " (used by " + String.join(", ", v.users().stream().map(VolumeUser::name).toList()) + ")")
                    + " is deleted and replaced by " + entry.name() + " of " + m.host() + " (" + m.finished() + ").";
            steps.add(new VerifyBackup(catalog, entry));
            QuiescedUsers q = new QuiescedUsers();
            if (!stopped.isEmpty()) {
                steps.add(new QuiesceUsers(link, Consistency.STOP, stopped, q, stopTimeoutSeconds));
            }
            steps.add(new LoadArchive(session.docker(), entry, v.name(), true, image));
            if (!stopped.isEmpty()) {
                steps.add(new ResumeUsers(link, Consistency.STOP,
                        stopped.stream().map(VolumeUser::name).toList(), q));
            }
        }
        steps.add(new CheckRestored(ArchiveReads.of(session), request.volume(), image, m.entries(), m.contentBytes()));
        String title = "Restore " + entry.name() + " into " + (request.newVolume() ? "new volume " : "volume ")
                + request.volume() + " on " + host.name();
        Plan plan = new Plan(Plan.newId(RestoreRequest.KIND), RestoreRequest.KIND, host.id(), title, steps);
        return new RestorePlan(plan, entry, request.volume(), request.newVolume(), stopped, overwrites);
    }
}
