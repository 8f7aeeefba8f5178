package io.pilothouse.core.workflows.backup;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import io.pilothouse.core.inventory.VolumeChoices;
import io.pilothouse.core.inventory.VolumeClassifier;
import io.pilothouse.core.model.VolumeKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a host's volumes, the containers that mount them and each volume's backup class. */
public final class VolumeSurvey {

    private static final String STACK_COMPOSE = "com.docker.compose.project";
    private static final String STACK_SWARM = "com.docker.stack.namespace";

    private final DockerClient docker;
    private final String hostId;
    private final VolumeChoices choices;
    private final VolumeClassifier classifier = new VolumeClassifier();

    public VolumeSurvey(DockerClient docker, String hostId, VolumeChoices choices) {
        this.docker = docker;
        this.hostId = hostId;
        this.choices = choices;
    }

    /** Every named and anonymous volume of the host, sorted by name. */
    public List<SurveyedVolume> all() {
        Map<String, List<VolumeUser>> users = new LinkedHashMap<>();
        for (Container c : docker.listContainersCmd().withShowAll(true).exec()) {
            if (c.getMounts() == null) {
                continue;
            }
            for (ContainerMount m : c.getMounts()) {
                if (m.getName() != null && !m.getName().isBlank()) {
                    users.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(user(c, m.getDestination()));
                }
            }
        }
        List<SurveyedVolume> out = new ArrayList<>();
        var listed = docker.listVolumesCmd().exec().getVolumes();
        if (listed != null) {
            for (InspectVolumeResponse v : listed) {
                out.add(surveyed(v, users.getOrDefault(v.getName(), List.of())));
            }
        }
        out.sort(Comparator.comparing(SurveyedVolume::name));
        return out;
    }

    public Optional<SurveyedVolume> volume(String name) {
        return all().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The volumes a container mounts. */
    public List<SurveyedVolume> ofContainer(String container) {
        return all().stream().filter(v -> v.users().stream()
                .anyMatch(u -> u.name().equals(container) || u.id().startsWith(container))).toList();
    }

    /** The volumes the containers of a compose project or swarm stack mount, and the volumes labelled with it. */
    public List<SurveyedVolume> ofStack(String stack) {
        return all().stream().filter(v -> stack.equals(v.labels().get(STACK_COMPOSE))
                || stack.equals(v.labels().get(STACK_SWARM))
                || v.users().stream().anyMatch(u -> stack.equals(u.labels().get(STACK_COMPOSE))
                || stack.equals(u.labels().get(STACK_SWARM)))).toList();
    }

    private SurveyedVolume surveyed(InspectVolumeResponse v, List<VolumeUser> users) {
        Map<String, String> labels = v.getLabels() == null ? Map.of() : v.getLabels();
        VolumeKind kind = VolumeClassifier.isAnonymousName(v.getName()) ? VolumeKind.ANONYMOUS : VolumeKind.NAMED;
        List<String> userValues = users.stream().map(u -> u.labels().get(VolumeClassifier.BACKUP_LABEL))
                .filter(x -> x != null).toList();
        var classification = classifier.classify(kind, labels, userValues,
                choices == null ? Optional.empty() : choices.choice(hostId, v.getName()));
        return new SurveyedVolume(v.getName(), v.getDriver(), labels, users, classification);
    }

    private static VolumeUser user(Container c, String destination) {
        String name = c.getNames() != null && c.getNames().length > 0 ? c.getNames()[0].replaceFirst("^/", "") : c.getId();
        return new VolumeUser(c.getId(), name, c.getImage(), c.getImageId(), c.getState(), destination,
                c.getLabels());
    }
}
