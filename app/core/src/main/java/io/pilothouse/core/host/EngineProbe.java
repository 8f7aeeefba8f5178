package io.pilothouse.core.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.LocalNodeState;
import com.github.dockerjava.api.model.SwarmInfo;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import io.pilothouse.core.model.ContainerState;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks an engine who it is: /_ping (is it Docker at all, and how long a round trip takes), /version
 * (engine and API versions, platform), /info (swarm role, name) and the container list (how many,
 * how many up). Refuses engines whose API is older than {@link ConnectionFailureTranslator#MIN_API_VERSION}.
 */
final class EngineProbe {

    /** The newest engine API this client asks for; newer engines answer it too. */
    static final RemoteApiVersion NEWEST_SPOKEN = RemoteApiVersion.create(1, 43);
    static final RemoteApiVersion OLDEST_ACCEPTED = RemoteApiVersion.parseConfig(ConnectionFailureTranslator.MIN_API_VERSION);

    private static final Pattern API = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What /version says. */
    record Versions(String engineVersion, String apiVersion, String os, String arch) {
    }

    private final HostProfile profile;
    private final DockerHttpClient http;

    EngineProbe(HostProfile profile, DockerHttpClient http) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.http = Objects.requireNonNull(http, "http");
    }

    /** Pings once, reads /version, and refuses what is not Docker or speaks too old an API. */
    Versions checkEngine() {
        ping();
        Versions v = versions();
        RemoteApiVersion api = parseApi(v.apiVersion());
        if (api == null) {
            throw ConnectionFailureTranslator.notDocker(profile,
                    "its /version answer has no valid ApiVersion: '" + v.apiVersion() + "'", null);
        }
        if (!api.isGreaterOrEqual(OLDEST_ACCEPTED)) {
            throw ConnectionFailureTranslator.apiTooOld(profile, v.apiVersion(), v.engineVersion());
        }
        return v;
    }

    /** The API version to speak with an engine that speaks {@code serverApi}: the lower of the two. */
    static RemoteApiVersion negotiate(String serverApi) {
        RemoteApiVersion server = parseApi(serverApi);
        if (server == null) {
            throw new IllegalArgumentException("not an API version: " + serverApi);
        }
        return server.isGreater(NEWEST_SPOKEN) ? NEWEST_SPOKEN : server;
    }

    /** Three pings (their median round trip is the latency), the versions and /info. */
    EngineInfo probe(DockerClient docker) {
        long[] rtt = new long[3];
        for (int i = 0; i < rtt.length; i++) {
            long start = System.nanoTime();
            ping();
            rtt[i] = System.nanoTime() - start;
        }
        Arrays.sort(rtt);
        Versions v = versions();
        Info info = docker.infoCmd().exec();
        // counted from the list, as docker ps counts them: /info's own counters drift from the list
        // (seen after swarm task removals: a stopped task still counted as running)
        List<Container> containers = docker.listContainersCmd().withShowAll(true).exec();
        long up = containers.stream().filter(c -> ContainerState.fromEngine(c.getState()).isUp()).count();
        return new EngineInfo(v.engineVersion(), v.apiVersion(), v.os(), v.arch(), swarmRole(info.getSwarm()),
                containers.size(), (int) up, info.getName(), Duration.ofNanos(rtt[1]));
    }

    static String swarmRole(SwarmInfo swarm) {
        if (swarm == null || swarm.getLocalNodeState() != LocalNodeState.ACTIVE) {
            return "none";
        }
        return Boolean.TRUE.equals(swarm.getControlAvailable()) ? "manager" : "worker";
    }

    private void ping() {
        Request request = Request.builder().method(Request.Method.GET).path("/_ping").build();
        try (Response response = http.execute(request)) {
            String body = read(response.getBody(), 256);
            if (response.getStatusCode() != 200) {
                throw ConnectionFailureTranslator.notDocker(profile,
                        "HTTP " + response.getStatusCode() + " to /_ping", null);
            }
            String api = response.getHeader("Api-Version");
            if ((api == null || api.isBlank()) && !"OK".equals(body.trim())) {
                throw ConnectionFailureTranslator.notDocker(profile,
                        "its answer to /_ping is neither 'OK' nor carries an Api-Version header", null);
            }
        }
    }

    private Versions versions() {
        Request request = Request.builder().method(Request.Method.GET).path("/version").build();
        try (Response response = http.execute(request)) {
            String body = read(response.getBody(), 64 * 1024);
            if (response.getStatusCode() != 200) {
                throw ConnectionFailureTranslator.notDocker(profile,
                        "HTTP " + response.getStatusCode() + " to /version", null);
            }
            JsonNode node;
            try {
                node = JSON.readTree(body);
            } catch (IOException e) {
                throw ConnectionFailureTranslator.notDocker(profile, "its /version answer is not JSON", e);
            }
            if (node == null || !node.hasNonNull("ApiVersion")) {
                throw ConnectionFailureTranslator.notDocker(profile, "its /version answer has no ApiVersion", null);
            }
            return new Versions(node.path("Version").asText(""), node.path("ApiVersion").asText(""),
                    node.path("Os").asText(""), node.path("Arch").asText(""));
        }
    }

    private static RemoteApiVersion parseApi(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = API.matcher(text.trim());
        return m.matches() ? RemoteApiVersion.create(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    private static String read(InputStream in, int limit) {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
