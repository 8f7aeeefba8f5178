package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.pilothouse.core.ops.Plan;

import java.util.List;

/**
 * Builds the plan that moves a swarm service to a new image with a rolling update: check that the
 * registry has the image (pinned by its digest, as the docker CLI does), then update the service with
 * the chosen settings and follow each task until swarm says the update completed. A failed update
 * that swarm rolled back, a cancel, or a timeout leaves the service on its previous spec.
 */
public final class ServiceUpgradePlanFactory {

    private final EngineApi api;
    private final String hostId;
    private final RegistryCredentials credentials;

    public ServiceUpgradePlanFactory(EngineApi api, String hostId, RegistryCredentials credentials) {
        this.api = api;
        this.hostId = hostId;
        this.credentials = credentials;
    }

    /** @param image a reference, ":TAG", or null for the service's own reference again (what the tag points to now) */
    public ServiceUpgradePreview preview(String service, String image, ServiceUpdateSettings settings) {
        JsonNode current = inspect(api, service);
        String name = current.path("Spec").path("Name").asText();
        String currentRef = current.path("Spec").path("TaskTemplate").path("ContainerSpec").path("Image").asText();
        String withoutDigest = currentRef.contains("@") ? currentRef.substring(0, currentRef.indexOf('@')) : currentRef;
        String target = RecreatePlanFactory.resolveImage(withoutDigest, image);
        ServiceSteps.ServiceState s = new ServiceSteps.ServiceState(current.path("ID").asText(), name, target);
        Plan plan = new Plan(Plan.newId("upgrade"), "upgrade", hostId, "Rolling update of service " + name + " from "
                + withoutDigest + " to " + target + " (" + settings.describe() + ")",
                List.of(new ServiceSteps.ResolveImage(api, s, credentials),
                        new ServiceSteps.UpdateService(api, s, settings)));
        return new ServiceUpgradePreview(plan, name, currentRef, target, settings);
    }

    /** The update settings {@code service}'s spec holds now (the wizard's starting point). */
    public ServiceUpdateSettings currentSettings(String service) {
        return ServiceUpdateSettings.of(inspect(api, service).path("Spec").path("UpdateConfig"));
    }

    /** The plan that puts {@code service} back on its previous spec (swarm's own rollback). */
    public Plan rollback(String service, java.time.Duration timeout) {
        JsonNode current = inspect(api, service);
        if (current.path("PreviousSpec").isMissingNode() || current.path("PreviousSpec").isNull()) {
            throw new IllegalArgumentException("The service " + current.path("Spec").path("Name").asText()
                    + " has no previous spec: it was never updated, so there is nothing to roll back to.");
        }
        String name = current.path("Spec").path("Name").asText();
        return new Plan(Plan.newId("upgrade"), "upgrade", hostId, "Roll service " + name + " back to "
                + current.path("PreviousSpec").path("TaskTemplate").path("ContainerSpec").path("Image").asText(),
                List.of(new ServiceSteps.RollBack(api, current.path("ID").asText(), name, timeout)));
    }

    static JsonNode inspect(EngineApi api, String service) {
        try {
            return api.get("/services/" + EngineApi.encode(service));
        } catch (EngineRequestFailed e) {
            if (e.status() == 404) {
                throw new IllegalArgumentException("There is no swarm service \"" + service + "\" on this host.");
            }
            if (e.status() == 503) {
                throw new IllegalArgumentException("This host is not a swarm manager: it has no services to update.");
            }
            throw e;
        }
    }
}
