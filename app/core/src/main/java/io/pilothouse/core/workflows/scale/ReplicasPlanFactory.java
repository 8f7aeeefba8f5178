package io.pilothouse.core.workflows.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactory;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.workflows.upgrade.ContainerConfigCopier;
import io.pilothouse.core.workflows.upgrade.CreateRequest;
import io.pilothouse.core.workflows.upgrade.EngineApi;
import io.pilothouse.core.workflows.upgrade.EngineRequestFailed;
import io.pilothouse.core.workflows.upgrade.NetworkAttachment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the plan that brings a standalone container to N replicas behind an nginx proxy. Up: create
 * the new replicas (the original's configuration through {@link ContainerConfigCopier}, without its
 * host name, static addresses, MAC address and fixed host ports, which two containers cannot share),
 * then point the proxy at all of them. Down: point the proxy at those that stay first, let the others
 * drain, stop them, and only then remove them.
 */
public final class ReplicasPlanFactory implements PlanFactory<ReplicasRequest> {

    private static final Duration UP_TIMEOUT = Duration.ofSeconds(60);
    private static final Set<String> NO_DNS_NETWORKS = Set.of("bridge", "host", "none", "default");

    @Override
    public Plan build(ReplicasRequest request, HostSession session) throws Exception {
        return preview(request, session).plan();
    }

    public ScalePreview preview(ReplicasRequest request, HostSession session) throws Exception {
        EngineApi api = EngineApi.of(session.docker());
        JsonNode original = inspect(api, request.container(), "container");
        String app = original.path("Name").asText().replaceFirst("^/", "");
        if (original.path("Config").path("Labels").has("com.docker.swarm.service.id")) {
            throw new IllegalArgumentException(app + " is a task of a swarm service: scale the service instead.");
        }
        if (original.path("Config").path("Labels").has(Replica.LABEL)) {
            throw new IllegalArgumentException(app + " is itself a replica of "
                    + original.path("Config").path("Labels").path(Replica.LABEL).asText() + ": scale that one instead.");
        }
        JsonNode proxyInspect = inspect(api, request.proxy(), "proxy container");
        String proxyName = proxyInspect.path("Name").asText().replaceFirst("^/", "");
        if (!proxyInspect.path("State").path("Running").asBoolean()) {
            throw new IllegalArgumentException("The proxy " + proxyName + " is not running; start it first.");
        }
        Set<String> shared = sharedNetworks(original, proxyInspect);
        if (shared.isEmpty()) {
            throw new IllegalArgumentException("The proxy " + proxyName + " and " + app + " share no user-defined network, so the"
                    + " proxy cannot reach the replicas by name: connect both to one network first.");
        }
        NginxProxy proxy = new NginxProxy(session.docker(), proxyName);
        proxy.version();

        List<Replica> existing = replicas(api, app, original);
        int port = request.port() != null ? request.port() : exposedPort(original);
        String planId = Plan.newId("scale");
        List<Step> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int have = existing.size();
        int want = request.replicas();
        List<String> members = new ArrayList<>();
        existing.stream().limit(Math.min(have, want)).forEach(r -> members.add(r.name()));
        if (want > have) {
            JsonNode image = api.get("/images/" + EngineApi.encode(original.path("Image").asText()) + "/json").path("Config");
            CreateRequest copy = new ContainerConfigCopier().copy(original, image, image, original.path("Config").path("Image").asText());
            Set<Integer> taken = new HashSet<>();
            existing.forEach(r -> taken.add(r.number()));
            int n = 2;
            for (int i = have; i < want; i++) {
                while (taken.contains(n)) {
                    n++;
                }
                taken.add(n);
                String name = Replica.nameOf(app, n);
                steps.add(new CreateReplicaStep(api, name, replicaBody(copy, original, app, planId),
                        replicaNetworks(copy.furtherNetworks()), UP_TIMEOUT));
                members.add(name);
            }
            if (hasFixedHostPorts(original)) {
                warnings.add(app + " publishes fixed host ports: its replicas publish the same container ports on ports"
                        + " the engine picks, so clients should come through the proxy.");
            }
        }
        String path = NginxProxy.configPath(app);
        steps.add(new ProxyConfigStep(proxy, path, UpstreamConfig.nginx(app, members, port, request.listenPort()), members,
                request.listenPort()));
        if (want < have) {
            List<Replica> leaving = existing.subList(want, have);
            if (request.drainSeconds() > 0) {
                steps.add(new IntervalStep(Duration.ofSeconds(request.drainSeconds()), "for the connections to "
                        + String.join(", ", leaving.stream().map(Replica::name).toList()) + " to drain"));
            }
            leaving.forEach(r -> steps.add(new StopReplicaStep(api, r)));
            leaving.forEach(r -> steps.add(new RemoveReplicaStep(api, r)));
        }
        String title = (want == have ? "Keep " + want + " replica" + (want == 1 ? "" : "s") + " of " + app
                : "Scale " + app + " from " + have + " to " + want + " replica" + (want == 1 ? "" : "s"))
                + " behind proxy " + proxyName + " on " + session.profile().name();
        return new ScalePreview(new Plan(planId, ReplicasRequest.KIND, session.profile().id(), title, steps), warnings);
    }

    /** The container's replica set as it is now: the original first, then its replicas by number. */
    public List<Replica> replicasOf(HostSession session, String container) {
        EngineApi api = EngineApi.of(session.docker());
        JsonNode original = inspect(api, container, "container");
        return replicas(api, original.path("Name").asText().replaceFirst("^/", ""), original);
    }

    private static JsonNode inspect(EngineApi api, String name, String what) {
        try {
            return api.get("/containers/" + EngineApi.encode(name) + "/json");
        } catch (EngineRequestFailed e) {
            if (e.status() == 404) {
                throw new IllegalArgumentException("There is no " + what + " \"" + name + "\" on this host.");
            }
            throw e;
        }
    }

    /** The original (number 1) and its replicas, by number. */
    static List<Replica> replicas(EngineApi api, String app, JsonNode original) {
        List<Replica> out = new ArrayList<>();
        out.add(new Replica(1, app, original.path("Id").asText(), original.path("State").path("Running").asBoolean()));
        String filter = EngineApi.encode("{\"label\":[\"" + Replica.LABEL + "=" + app + "\"]}");
        Pattern number = Pattern.compile("^" + Pattern.quote(app) + "-(\\d+)$");
        for (JsonNode c : api.get("/containers/json?all=true&filters=" + filter)) {
            String name = c.path("Names").path(0).asText().replaceFirst("^/", "");
            Matcher m = number.matcher(name);
            if (m.matches()) {
                out.add(new Replica(Integer.parseInt(m.group(1)), name, c.path("Id").asText(),
                        "running".equals(c.path("State").asText())));
            }
        }
        out.sort(Comparator.comparingInt(Replica::number));
        return out;
    }

    private static Set<String> sharedNetworks(JsonNode a, JsonNode b) {
        Set<String> mine = new HashSet<>();
        a.path("NetworkSettings").path("Networks").fieldNames().forEachRemaining(mine::add);
        Set<String> shared = new HashSet<>();
        b.path("NetworkSettings").path("Networks").fieldNames().forEachRemaining(n -> {
            if (mine.contains(n) && !NO_DNS_NETWORKS.contains(n)) {
                shared.add(n);
            }
        });
        return shared;
    }

    private static int exposedPort(JsonNode original) {
        Iterator<String> it = original.path("Config").path("ExposedPorts").fieldNames();
        List<Integer> tcp = new ArrayList<>();
        it.forEachRemaining(k -> {
            if (k.endsWith("/tcp")) {
                tcp.add(Integer.parseInt(k.substring(0, k.indexOf('/'))));
            }
        });
        return tcp.stream().sorted().findFirst().orElse(80);
    }

    private static boolean hasFixedHostPorts(JsonNode original) {
        for (JsonNode bindings : original.path("HostConfig").path("PortBindings")) {
            for (JsonNode b : bindings) {
                if (!b.path("HostPort").asText("").isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The copy's create body made fit for a second container beside the original. */
    static ObjectNode replicaBody(CreateRequest copy, JsonNode original, String app, String planId) {
        ObjectNode body = copy.body().deepCopy();
        body.remove("Hostname");
        body.remove("MacAddress");
        ObjectNode labels = body.path("Labels").isObject() ? (ObjectNode) body.get("Labels") : body.putObject("Labels");
        labels.put(Replica.LABEL, app);
        labels.put("io.pilothouse.managed", "true");
        labels.put("io.pilothouse.operation", planId);
        ObjectNode host = (ObjectNode) body.path("HostConfig");
        host.remove("ContainerIDFile");
        JsonNode bindings = host.path("PortBindings");
        if (bindings.isObject()) {
            for (JsonNode list : bindings) {
                for (JsonNode b : list) {
                    ((ObjectNode) b).put("HostPort", "");
                }
            }
        }
        Set<String> anonymous = new HashSet<>();
        for (JsonNode m : original.path("Mounts")) {
            if ("volume".equals(m.path("Type").asText()) && m.path("Name").asText().matches("[0-9a-f]{64}")) {
                anonymous.add(m.path("Name").asText());
            }
        }
        if (host.path("Mounts").isArray() && !anonymous.isEmpty()) {
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            host.get("Mounts").forEach(m -> {
                if (!anonymous.contains(m.path("Source").asText())) {
                    kept.add(m);
                }
            });
            host.set("Mounts", kept);
        }
        JsonNode endpoints = body.path("NetworkingConfig").path("EndpointsConfig");
        if (endpoints.isObject()) {
            endpoints.forEach(ep -> ((ObjectNode) ep).remove(List.of("IPAMConfig", "MacAddress")));
        }
        return body;
    }

    private static List<NetworkAttachment> replicaNetworks(List<NetworkAttachment> further) {
        List<NetworkAttachment> out = new ArrayList<>();
        for (NetworkAttachment n : further) {
            ObjectNode ep = n.endpointConfig().deepCopy();
            ep.remove(List.of("IPAMConfig", "MacAddress"));
            out.add(new NetworkAttachment(n.network(), ep));
        }
        return out;
    }
}
