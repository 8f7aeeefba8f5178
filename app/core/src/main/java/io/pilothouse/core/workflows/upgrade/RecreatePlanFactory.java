package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds the plan that upgrades one container by recreating it: pull, stop the old one (its own stop
 * timeout), rename it aside, create the new one with the same configuration, connect its networks,
 * start it, wait until it is up, remove the old one (its image and volumes stay). Any failure takes
 * it all back: the new container goes, the old one gets its name back and runs again.
 */
public final class RecreatePlanFactory {

    private final EngineApi api;
    private final String hostId;
    private final ContainerConfigCopier copier = new ContainerConfigCopier();
    private final RegistryCredentials credentials;

    public RecreatePlanFactory(EngineApi api, String hostId) {
        this(api, hostId, RegistryCredentials.none());
    }

    /** {@code credentials}: the registry logins handed to the engine for the pull. */
    public RecreatePlanFactory(EngineApi api, String hostId, RegistryCredentials credentials) {
        this.api = api;
        this.hostId = hostId;
        this.credentials = credentials;
    }

    /**
     * @param container a container's name or id
     * @param image     the new image: a full reference, ":TAG" for the same repository with another tag,
     *                  or null for the container's own reference again (pull what the tag points to now)
     * @param pull      false to use an image already on the host (a rollback to a previous image)
     */
    public RecreatePreview preview(String container, String image, HealthGate gate, boolean pull) {
        JsonNode old;
        try {
            old = api.get(RecreateSteps.path(container) + "/json");
        } catch (EngineRequestFailed e) {
            if (e.status() == 404) {
                throw new IllegalArgumentException("There is no container \"" + container + "\" on this host.");
            }
            throw e;
        }
        String name = old.path("Name").asText().replaceFirst("^/", "");
        if (old.path("Config").path("Labels").has("com.docker.swarm.service.id")) {
            throw new IllegalArgumentException(name + " is a task of a swarm service: upgrade the service instead.");
        }
        if (old.path("HostConfig").path("AutoRemove").asBoolean()) {
            throw new IllegalArgumentException(name + " was started with --rm: stopping it would remove it, so it cannot be"
                    + " recreated safely. Nothing was done.");
        }
        String currentRef = old.path("Config").path("Image").asText();
        String target = !pull && image != null && image.startsWith("sha256:") ? image : resolveImage(currentRef, image);
        ImageReference ref = ImageReference.parse(target);
        RecreateState s = new RecreateState(name, target);
        s.oldId = old.path("Id").asText();
        s.name = name;
        s.asideName = name + "-pth-old-" + UUID.randomUUID().toString().substring(0, 6);
        s.wasRunning = old.path("State").path("Running").asBoolean();
        s.oldImageId = old.path("Image").asText();
        s.finished = new FinishedUpgrade(name, currentRef, s.oldImageId, target);

        JsonNode oldImage = api.get("/images/" + EngineApi.encode(s.oldImageId) + "/json");
        s.oldInspect = old;
        s.oldImageConfig = oldImage.path("Config");
        JsonNode newImage = RecreateSteps.imageConfig(api, target) == null ? null
                : api.get("/images/" + EngineApi.encode(target) + "/json");
        List<ConfigChange> changes = newImage == null ? List.of()
                : copier.copy(old, oldImage.path("Config"), newImage.path("Config"), target).imageDefaultChanges();

        List<Step> steps = new ArrayList<>();
        if (pull) {
            steps.add(new RecreateSteps.Pull(api, ref, credentials));
        } else if (newImage == null) {
            throw new IllegalArgumentException("The image " + target + " is not on this host any more.");
        }
        steps.add(new RecreateSteps.Stop(api, s));
        steps.add(new RecreateSteps.RenameAside(api, s));
        steps.add(new RecreateSteps.Create(api, s, copier));
        steps.add(new RecreateSteps.ConnectNetworks(api, s));
        steps.add(new RecreateSteps.Start(api, s));
        steps.add(new RecreateSteps.WaitHealthy(api, s, gate));
        steps.add(new RecreateSteps.RemoveOld(api, s));
        Plan plan = new Plan(Plan.newId("upgrade"), "upgrade", hostId,
                "Upgrade " + name + " from " + currentRef + " to " + target, steps);
        return new RecreatePreview(plan, name, currentRef, digestOf(oldImage, ref), target,
                newImage == null ? null : digestOf(newImage, ref), newImage != null, changes);
    }

    /** ":2" keeps the repository and changes the tag; null keeps the reference. */
    static String resolveImage(String currentRef, String image) {
        if (image == null || image.isBlank()) {
            return currentRef;
        }
        String given = image.strip();
        if (given.startsWith(":")) {
            String tag = given.substring(1);
            if (tag.isEmpty() || !tag.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")) {
                throw new IllegalArgumentException("\"" + tag + "\" is not a valid tag (letters, digits, _ . -; at most 128)");
            }
            ImageReference cur = ImageReference.parse(currentRef.startsWith("sha256:") ? "unknown" : currentRef);
            return cur.withTag(tag).toString();
        }
        return ImageReference.parse(given).toString();
    }

    /** The repo digest of {@code image} for the repository of {@code ref}, else its first one, else its id. */
    static String digestOf(JsonNode image, ImageReference ref) {
        String fallback = null;
        for (JsonNode d : image.path("RepoDigests")) {
            String s = d.asText();
            int at = s.indexOf('@');
            if (at > 0 && s.substring(0, at).equals(ref.repository())) {
                return s.substring(at + 1);
            }
            if (fallback == null && at > 0) {
                fallback = s.substring(at + 1);
            }
        }
        return fallback != null ? fallback : image.path("Id").asText(null);
    }
}
