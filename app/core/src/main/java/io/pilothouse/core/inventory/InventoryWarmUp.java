package io.pilothouse.core.inventory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.NetworkInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs the code of a first connect and snapshot once on canned engine answers, without an engine:
 * a fresh process loads and compiles those classes (JSON reading, docker-java's models, the HTTP
 * client, the snapshot) before the user connects, so the first inventory comes as fast as later
 * ones. Call it off the UI thread when the application starts; it never fails (it only logs).
 */
public final class InventoryWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryWarmUp.class);
    private static final int ROUNDS = 200;

    private static final String INSPECT = """
            {"Id":"0000000000000000000000000000000000000000000000000000000000000001","Created":"2026-01-01T00:00:00.1Z",
             "Path":"sleep","Args":["3600"],"State":{"Status":"running","ExitCode":0,"StartedAt":"2026-01-01T00:00:01.2Z",
             "FinishedAt":"0001-01-01T00:00:00Z","Health":{"Status":"healthy"}},"Image":"sha256:00","Name":"/warm-web-1",
             "RestartCount":0,"HostConfig":{"Tmpfs":{"/run":""}},"Mounts":[{"Type":"volume","Name":"warm_data",
             "Source":"/v","Destination":"/data","RW":true}],"Config":{"Image":"busybox","Labels":{
             "com.docker.compose.project":"warm","com.docker.compose.service":"web"}},"NetworkSettings":{"Ports":{
             "80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}]},"Networks":{"warm_default":{"NetworkID":"n0",
             "IPAddress":"172.18.0.2","Aliases":["web"]}}}}
            """;
    private static final String NETWORK = """
            {"Name":"warm_default","Id":"n0","Created":"2026-01-01T00:00:00.1Z","Scope":"local","Driver":"bridge",
             "Internal":false,"Attachable":false,"Labels":{"com.docker.compose.project":"warm"}}
            """;
    private static final String IMAGE = """
            {"Id":"sha256:00","RepoTags":["busybox:latest"],"RepoDigests":[],"Created":1700000000,"Size":1,"Labels":null}
            """;
    private static final String INFO = """
            {"ID":"x","Containers":1,"ContainersRunning":1,"Name":"warm","SystemTime":"2026-01-01T00:00:02.3Z",
             "Swarm":{"LocalNodeState":"inactive","ControlAvailable":false}}
            """;

    private InventoryWarmUp() {
    }

    /** Returns the warm-up snapshot (one compose container on one network), or an empty one when something failed. */
    public static InventorySnapshot run() {
        try {
            ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            // the HTTP client with its pool and unix socket plumbing, built and closed, never connected
            new ApacheDockerHttpClient.Builder().dockerHost(URI.create("unix:///nonexistent/docker.sock")).build().close();
            SnapshotAssembler assembler = new SnapshotAssembler();
            InventorySnapshot before = InventorySnapshot.empty("warm-up");
            InventorySnapshot after = before;
            for (int i = 0; i < ROUNDS; i++) {
                ContainerInfo c = ContainerJson.inspected(json.readTree(INSPECT));
                NetworkInfo n = EngineMapper.network(json.readValue(NETWORK, Network.class));
                EngineMapper.image(json.readValue(IMAGE, Image.class));
                EngineMapper.time(json.readValue(INFO, Info.class).getSystemTime());
                after = assembler.assemble("warm-up", Instant.now(), false, List.of(c), List.of(), List.of(), List.of(),
                        List.of(n), List.of(), List.of(), Map.of());
                InventoryChange.between(before, after, i == 0);
            }
            return after;
        } catch (Exception | LinkageError e) {
            LOG.debug("Warming the inventory up failed: {}", e.toString());
            return InventorySnapshot.empty("warm-up");
        }
    }
}
