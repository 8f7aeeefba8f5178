package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;

import java.util.List;
import java.util.Optional;

/** Builds the plan that copies a volume from one host to a new volume on another, streamed directly. */
public final class VolumeCopyPlanFactory {

    public static final String KIND = "copy-volume";

    private final HostSession source;
    private final HostSession target;

    public VolumeCopyPlanFactory(HostSession source, HostSession target) {
        this.source = source;
        this.target = target;
    }

    public Plan plan(String volume, String as) {
        String targetName = as == null || as.isBlank() ? volume : as;
        SurveyedVolume v = new VolumeSurvey(source.docker(), source.profile().id(), null).volume(volume)
                .orElseThrow(() -> new BackupFailure("There is no volume named " + volume + " on "
                        + source.profile().name() + "."));
        if (new VolumeSurvey(target.docker(), target.profile().id(), null).volume(targetName).isPresent()) {
            throw new BackupFailure("Volume " + targetName + " already exists on " + target.profile().name()
                    + "; nothing was copied. Pick another name with --as.");
        }
        String image = new HelperContainers(target.docker()).pickImage(List.of(), Optional.empty());
        List<Step> steps = List.of(
                new CreateVolume(target.docker(), targetName, v.driver(), v.labels()),
                new StreamVolume(ArchiveReads.of(source), source.profile().name(), v, target.docker(), targetName),
                new CheckRestored(ArchiveReads.of(target), targetName, image, -1, -1));
        return new Plan(Plan.newId(KIND), KIND, target.profile().id(), "Copy volume " + volume + " of "
                + source.profile().name() + " to " + target.profile().name() + " as " + targetName, steps);
    }
}
