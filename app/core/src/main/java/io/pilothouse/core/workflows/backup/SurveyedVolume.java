package io.pilothouse.core.workflows.backup;

import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeClassification;

import java.util.List;
import java.util.Map;

/** A volume on a host as a backup sees it: driver, labels, who uses it, whether it holds state. */
public record SurveyedVolume(String name, String driver, Map<String, String> labels, List<VolumeUser> users,
                             VolumeClassification classification) {

    public SurveyedVolume {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        users = List.copyOf(users);
    }

    /** False for volumes labelled or chosen regenerable or skip: listed, never archived by a scope. */
    public boolean backedUp() {
        return classification.value() == VolumeClass.STATEFUL;
    }
}
