package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the create request of a container's replacement from the old container's inspect and the
 * old and new images' configs. What the user set is kept; what the container took from the old
 * image's defaults is left out so that the new image's defaults apply (environment, command,
 * entrypoint, labels, healthcheck, exposed ports, working dir, user, volumes, stop signal, shell).
 * The host config is kept whole; volumes mounted without a bind (anonymous and image volumes) are
 * re-attached by name; every network comes back with its aliases, static addresses and links.
 */
public final class ContainerConfigCopier {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Settings a container takes from its image when not set, compared as a whole. */
    private static final List<String> WHOLE_DEFAULTS = List.of("WorkingDir", "User", "StopSignal", "Shell", "Healthcheck");
    /** Settings that belong to the container alone and are copied as they are. */
    private static final List<String> OWN_SETTINGS = List.of("Domainname", "AttachStdin", "AttachStdout", "AttachStderr",
            "Tty", "OpenStdin", "StdinOnce", "MacAddress", "StopTimeout", "NetworkDisabled");

    public CreateRequest copy(JsonNode oldInspect, JsonNode oldImageConfig, JsonNode newImageConfig, String newImage) {
        JsonNode config = oldInspect.path("Config");
        JsonNode oldImage = oldImageConfig == null ? NODES.objectNode() : oldImageConfig;
        JsonNode newImg = newImageConfig == null ? NODES.objectNode() : newImageConfig;
        String id = oldInspect.path("Id").asText("");
        String shortId = id.length() >= 12 ? id.substring(0, 12) : id;
        List<ConfigChange> changes = new ArrayList<>();

        ObjectNode body = NODES.objectNode();
        body.put("Image", newImage);
        String hostname = config.path("Hostname").asText("");
        if (!hostname.isEmpty() && !hostname.equals(shortId)) {
            body.put("Hostname", hostname);
        }
        for (String field : OWN_SETTINGS) {
            if (config.has(field) && !config.get(field).isNull()) {
                body.set(field, config.get(field));
            }
        }
        for (String field : WHOLE_DEFAULTS) {
            JsonNode mine = blankAsMissing(config.path(field));
            JsonNode was = blankAsMissing(oldImage.path(field));
            if (!mine.isMissingNode() && !mine.equals(was)) {
                body.set(field, mine);
            } else {
                JsonNode next = blankAsMissing(newImg.path(field));
                if (!was.equals(next)) {
                    changes.add(new ConfigChange(field.toLowerCase(), text(was), text(next)));
                }
            }
        }
        copyEnv(config, oldImage, newImg, body, changes);
        copyCommand(config, oldImage, newImg, body, changes);
        copyLabels(config, oldImage, newImg, body, changes);
        copyKeyed("ExposedPorts", "exposed port", config, oldImage, newImg, body, changes,
                portKeys(oldInspect.path("HostConfig").path("PortBindings")));
        copyKeyed("Volumes", "volume", config, oldImage, newImg, body, changes, Set.of());

        ObjectNode hostConfig = oldInspect.path("HostConfig").isObject()
                ? ((ObjectNode) oldInspect.get("HostConfig")).deepCopy() : NODES.objectNode();
        reattachVolumes(oldInspect.path("Mounts"), hostConfig);
        body.set("HostConfig", hostConfig);

        List<NetworkAttachment> further = new ArrayList<>();
        String mode = hostConfig.path("NetworkMode").asText("default");
        String primary = mode.equals("default") ? "bridge" : mode;
        JsonNode networks = oldInspect.path("NetworkSettings").path("Networks");
        boolean ownStack = !(mode.startsWith("container:") || mode.equals("host") || mode.equals("none"));
        if (ownStack && networks.isObject()) {
            ObjectNode endpoints = NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = networks.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                ObjectNode endpoint = endpoint(e.getValue(), shortId);
                if (e.getKey().equals(primary)) {
                    endpoints.set(e.getKey(), endpoint);
                } else {
                    further.add(new NetworkAttachment(e.getKey(), endpoint));
                }
            }
            if (!endpoints.isEmpty()) {
                body.set("NetworkingConfig", NODES.objectNode().set("EndpointsConfig", endpoints));
            }
        }
        String name = oldInspect.path("Name").asText("");
        return new CreateRequest(name.startsWith("/") ? name.substring(1) : name, body, further, changes);
    }

    private static void copyEnv(JsonNode config, JsonNode oldImage, JsonNode newImg, ObjectNode body,
                                List<ConfigChange> changes) {
        Set<String> imageEntries = new HashSet<>(strings(oldImage.path("Env")));
        ArrayNode env = NODES.arrayNode();
        Set<String> userKeys = new HashSet<>();
        for (String entry : strings(config.path("Env"))) {
            if (!imageEntries.contains(entry)) {
                env.add(entry);
                userKeys.add(key(entry));
            }
        }
        if (!env.isEmpty()) {
            body.set("Env", env);
        }
        Map<String, String> before = envMap(oldImage.path("Env"));
        Map<String, String> after = envMap(newImg.path("Env"));
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            if (!userKeys.contains(k) && !before.getOrDefault(k, "").equals(after.getOrDefault(k, ""))) {
                changes.add(new ConfigChange("env " + k, before.getOrDefault(k, ""), after.getOrDefault(k, "")));
            }
        }
    }

    /**
     * The engine takes the image's command only when the create request sets no entrypoint: a
     * user's entrypoint therefore carries the command as it was (set or empty).
     */
    private static void copyCommand(JsonNode config, JsonNode oldImage, JsonNode newImg, ObjectNode body,
                                    List<ConfigChange> changes) {
        JsonNode entrypoint = blankAsMissing(config.path("Entrypoint"));
        JsonNode cmd = blankAsMissing(config.path("Cmd"));
        JsonNode imageEntrypoint = blankAsMissing(oldImage.path("Entrypoint"));
        JsonNode imageCmd = blankAsMissing(oldImage.path("Cmd"));
        boolean ownEntrypoint = !entrypoint.equals(imageEntrypoint);
        if (ownEntrypoint) {
            body.set("Entrypoint", entrypoint.isMissingNode() ? NODES.arrayNode().add("") : entrypoint);
            if (!cmd.isMissingNode()) {
                body.set("Cmd", cmd);
            }
            return;
        }
        JsonNode newEntrypoint = blankAsMissing(newImg.path("Entrypoint"));
        if (!imageEntrypoint.equals(newEntrypoint)) {
            changes.add(new ConfigChange("entrypoint", text(imageEntrypoint), text(newEntrypoint)));
        }
        if (!cmd.equals(imageCmd)) {
            body.set("Cmd", cmd.isMissingNode() ? NODES.arrayNode() : cmd);
        } else {
            JsonNode newCmd = blankAsMissing(newImg.path("Cmd"));
            if (!imageCmd.equals(newCmd)) {
                changes.add(new ConfigChange("cmd", text(imageCmd), text(newCmd)));
            }
        }
    }

    private static void copyLabels(JsonNode config, JsonNode oldImage, JsonNode newImg, ObjectNode body,
                                   List<ConfigChange> changes) {
        ObjectNode labels = NODES.objectNode();
        JsonNode imageLabels = oldImage.path("Labels");
        Set<String> userKeys = new HashSet<>();
        config.path("Labels").fields().forEachRemaining(e -> {
            JsonNode fromImage = imageLabels.get(e.getKey());
            if (fromImage == null || !fromImage.equals(e.getValue())) {
                labels.set(e.getKey(), e.getValue());
                userKeys.add(e.getKey());
            }
        });
        if (!labels.isEmpty()) {
            body.set("Labels", labels);
        }
        Set<String> keys = new LinkedHashSet<>();
        imageLabels.fieldNames().forEachRemaining(keys::add);
        newImg.path("Labels").fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            String b = imageLabels.path(k).asText("");
            String a = newImg.path("Labels").path(k).asText("");
            if (!userKeys.contains(k) && !b.equals(a)) {
                changes.add(new ConfigChange("label " + k, b, a));
            }
        }
    }

    /** ExposedPorts and Volumes: maps whose keys come from the image and the user; {@code keep} always stays. */
    private static void copyKeyed(String field, String word, JsonNode config, JsonNode oldImage, JsonNode newImg,
                                  ObjectNode body, List<ConfigChange> changes, Set<String> keep) {
        ObjectNode out = NODES.objectNode();
        JsonNode fromImage = oldImage.path(field);
        config.path(field).fieldNames().forEachRemaining(k -> {
            if (!fromImage.has(k) || keep.contains(k)) {
                out.set(k, NODES.objectNode());
            }
        });
        if (!out.isEmpty()) {
            body.set(field, out);
        }
        Set<String> keys = new LinkedHashSet<>();
        fromImage.fieldNames().forEachRemaining(keys::add);
        newImg.path(field).fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            boolean b = fromImage.has(k);
            boolean a = newImg.path(field).has(k);
            if (b != a && !out.has(k)) {
                changes.add(new ConfigChange(word + " " + k, b ? "yes" : "", a ? "yes" : ""));
            }
        }
    }

    /** Volumes mounted without a bind or mount entry (anonymous, image-declared) come back by name at the same place. */
    private static void reattachVolumes(JsonNode mounts, ObjectNode hostConfig) {
        Set<String> covered = new HashSet<>();
        for (String bind : strings(hostConfig.path("Binds"))) {
            String[] parts = bind.split(":");
            covered.add(parts.length >= 2 ? parts[1] : parts[0]);
        }
        hostConfig.path("Mounts").forEach(m -> covered.add(m.path("Target").asText()));
        hostConfig.path("Tmpfs").fieldNames().forEachRemaining(covered::add);
        ArrayNode added = NODES.arrayNode();
        for (JsonNode m : mounts) {
            String dest = m.path("Destination").asText();
            if ("volume".equals(m.path("Type").asText()) && !covered.contains(dest) && !m.path("Name").asText().isEmpty()) {
                ObjectNode mount = NODES.objectNode();
                mount.put("Type", "volume");
                mount.put("Source", m.path("Name").asText());
                mount.put("Target", dest);
                if (!m.path("RW").asBoolean(true)) {
                    mount.put("ReadOnly", true);
                }
                added.add(mount);
            }
        }
        if (!added.isEmpty()) {
            ArrayNode all = hostConfig.path("Mounts").isArray() ? (ArrayNode) hostConfig.get("Mounts") : NODES.arrayNode();
            all.addAll(added);
            hostConfig.set("Mounts", all);
        }
    }

    private static ObjectNode endpoint(JsonNode settings, String shortId) {
        ObjectNode ep = NODES.objectNode();
        JsonNode ipam = settings.path("IPAMConfig");
        if (ipam.isObject()) {
            ep.set("IPAMConfig", ipam);
        }
        if (settings.path("Links").isArray() && !settings.get("Links").isEmpty()) {
            ep.set("Links", settings.get("Links"));
        }
        ArrayNode aliases = NODES.arrayNode();
        settings.path("Aliases").forEach(a -> {
            if (!a.asText().equals(shortId)) {
                aliases.add(a.asText());
            }
        });
        if (!aliases.isEmpty()) {
            ep.set("Aliases", aliases);
        }
        if (settings.path("DriverOpts").isObject()) {
            ep.set("DriverOpts", settings.get("DriverOpts"));
        }
        return ep;
    }

    private static Set<String> portKeys(JsonNode bindings) {
        Set<String> keys = new HashSet<>();
        bindings.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode blankAsMissing(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if ((n.isTextual() && n.asText().isEmpty()) || (n.isContainerNode() && n.isEmpty())) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return n;
    }

    private static String text(JsonNode n) {
        if (n.isMissingNode()) {
            return "";
        }
        return n.isTextual() ? n.asText() : n.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String key(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(0, eq);
    }

    private static Map<String, String> envMap(JsonNode env) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String e : strings(env)) {
            int eq = e.indexOf('=');
            out.put(key(e), eq < 0 ? "" : e.substring(eq + 1));
        }
        return out;
    }
}
