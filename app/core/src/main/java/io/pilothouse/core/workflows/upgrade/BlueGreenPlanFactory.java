package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.Step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the blue/green plan for a stateless container that clients or a proxy reach by a network
 * alias: pull, start green beside blue (same configuration and networks, the new image), wait until
 * it is up, move the alias from blue to green (green gets it before blue gives it up, so the name
 * always resolves), let blue drain, stop it, hand its name to green and remove it. Undo at any point
 * gives the alias back to blue and removes green.
 */
public final class BlueGreenPlanFactory {

    private final EngineApi api;
    private final String hostId;
    private final RegistryCredentials credentials;
    private final ContainerConfigCopier copier = new ContainerConfigCopier();

    public BlueGreenPlanFactory(EngineApi api, String hostId, RegistryCredentials credentials) {
        this.api = api;
        this.hostId = hostId;
        this.credentials = credentials;
    }

    /**
     * @param aliases the aliases to move, or empty for every alias blue has on its user-defined networks
     * @param drain   how long blue keeps running after it stopped getting new clients
     */
    public RecreatePreview preview(String container, String image, HealthGate gate, List<String> aliases, Duration drain) {
        if (drain.isNegative()) {
            throw new IllegalArgumentException("The drain time cannot be negative.");
        }
        JsonNode blue;
        try {
            blue = api.get(RecreateSteps.path(container) + "/json");
        } catch (EngineRequestFailed e) {
            if (e.status() == 404) {
                throw new IllegalArgumentException("There is no container \"" + container + "\" on this host.");
            }
            throw e;
        }
        String name = blue.path("Name").asText().replaceFirst("^/", "");
        if (blue.path("Config").path("Labels").has("com.docker.swarm.service.id")) {
            throw new IllegalArgumentException(name + " is a task of a swarm service: upgrade the service instead.");
        }
        if (!blue.path("State").path("Running").asBoolean()) {
            throw new IllegalArgumentException(name + " is not running: blue/green moves live traffic; use the recreate strategy.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = blue.path("HostConfig").path("PortBindings").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode b : e.getValue()) {
                String hostPort = b.path("HostPort").asText("");
                if (!hostPort.isEmpty() && !hostPort.equals("0")) {
                    throw new IllegalArgumentException(name + " publishes host port " + hostPort + " (" + e.getKey()
                            + "): green cannot run beside it on the same port. Put it behind a proxy on a network alias,"
                            + " or use the recreate strategy.");
                }
            }
        }
        String mode = blue.path("HostConfig").path("NetworkMode").asText("default");
        if (mode.equals("host") || mode.startsWith("container:")) {
            throw new IllegalArgumentException(name + " uses the " + mode + " network: there is no alias to move.");
        }
        String shortId = blue.path("Id").asText().substring(0, 12);
        List<AliasMove> moves = new ArrayList<>();
        List<String> wanted = aliases == null ? List.of() : aliases;
        List<String> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = blue.path("NetworkSettings").path("Networks").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> all = new ArrayList<>();
            e.getValue().path("Aliases").forEach(a -> {
                if (!a.asText().equals(shortId)) {
                    all.add(a.asText());
                }
            });
            List<String> moving = all.stream().filter(a -> !a.equals(name) && (wanted.isEmpty() || wanted.contains(a))).toList();
            found.addAll(moving);
            if (!moving.isEmpty()) {
                moves.add(new AliasMove(e.getKey(), moving, all, e.getValue().path("IPAddress").asText(null)));
            }
        }
        for (String a : wanted) {
            if (!found.contains(a)) {
                throw new IllegalArgumentException(name + " has no network alias \"" + a + "\" (it has: "
                        + (allAliases(blue, shortId).isEmpty() ? "none" : String.join(", ", allAliases(blue, shortId))) + ").");
            }
        }
        if (moves.isEmpty()) {
            throw new IllegalArgumentException(name + " has no network alias on a user-defined network: clients reach it"
                    + " by its name or address, so there is nothing to move to green. Use the recreate strategy.");
        }
        String currentRef = blue.path("Config").path("Image").asText();
        String target = RecreatePlanFactory.resolveImage(currentRef, image);
        ImageReference ref = ImageReference.parse(target);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        BlueGreenState s = new BlueGreenState(name, target, blue.path("Id").asText(), name + "-pth-green-" + suffix,
                name + "-pth-old-" + suffix, moves);
        s.finished = new FinishedUpgrade(name, currentRef, blue.path("Image").asText(), target);

        JsonNode oldImage = api.get("/images/" + EngineApi.encode(blue.path("Image").asText()) + "/json");
        JsonNode newImage = RecreateSteps.imageConfig(api, target) == null ? null
                : api.get("/images/" + EngineApi.encode(target) + "/json");
        List<ConfigChange> changes = newImage == null ? List.of()
                : copier.copy(blue, oldImage.path("Config"), newImage.path("Config"), target).imageDefaultChanges();
        List<Step> steps = List.of(
                new RecreateSteps.Pull(api, ref, credentials),
                new BlueGreenSteps.CreateGreen(api, s, copier),
                new BlueGreenSteps.StartGreen(api, s),
                new BlueGreenSteps.WaitGreen(api, s, gate),
                new BlueGreenSteps.MoveAliases(api, s),
                new BlueGreenSteps.Drain(s, drain),
                new BlueGreenSteps.StopBlue(api, s),
                new BlueGreenSteps.HandOverName(api, s),
                new BlueGreenSteps.RemoveBlue(api, s));
        Plan plan = new Plan(Plan.newId("upgrade"), "upgrade", hostId, "Blue/green upgrade of " + name + " from "
                + currentRef + " to " + target + " (" + BlueGreenSteps.describe(moves) + ")", steps);
        return new RecreatePreview(plan, name, currentRef, RecreatePlanFactory.digestOf(oldImage, ref), target,
                newImage == null ? null : RecreatePlanFactory.digestOf(newImage, ref), newImage != null, changes);
    }

    private static List<String> allAliases(JsonNode blue, String shortId) {
        List<String> out = new ArrayList<>();
        blue.path("NetworkSettings").path("Networks").forEach(n -> n.path("Aliases").forEach(a -> {
            if (!a.asText().equals(shortId)) {
                out.add(a.asText());
            }
        }));
        return out;
    }
}
