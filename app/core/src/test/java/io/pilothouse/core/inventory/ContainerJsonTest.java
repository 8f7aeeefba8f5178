package io.pilothouse.core.inventory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.MountRef;
import io.pilothouse.core.model.PortBinding;
import io.pilothouse.core.model.VolumeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** An exited compose container with published and exposed ports, a health check, four kinds of mounts. */
    private static final String EXITED = """
            {"Id":"4f1c","Created":"2026-11-20T10:00:00.123456789Z","Path":"/sbin/tini","Args":["--","nginx","-g","daemon off;"],
             "State":{"Status":"exited","Running":false,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,
                      "Pid":0,"ExitCode":137,"Error":"","StartedAt":"2026-11-21T08:00:00.5Z","FinishedAt":"2026-11-21T09:30:00.25Z",
                      "Health":{"Status":"unhealthy","FailingStreak":3,"Log":[]}},
             "Image":"sha256:abc","Name":"/shop-web-1","RestartCount":4,
             "HostConfig":{"Tmpfs":{"/run":"rw,size=64m","/cache":""},"RestartPolicy":{"Name":"always"}},
             "Mounts":[{"Type":"volume","Name":"shop_data","Source":"/var/lib/docker/volumes/shop_data/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""},
                       {"Type":"bind","Source":"/srv/conf","Destination":"/conf","Mode":"","RW":false,"Propagation":"rprivate"},
                       {"Type":"volume","Name":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","Source":"/v/anon","Destination":"/anon","Driver":"local","RW":true},
                       {"Type":"tmpfs","Source":"","Destination":"/cache","Mode":"","RW":true,"Propagation":""}],
             "Config":{"Hostname":"4f1c","Image":"127.0.0.1:25000/shop/web:2","Labels":{"com.docker.compose.project":"shop",
                       "com.docker.compose.service":"web","io.pilothouse.backup":"skip"},"ExposedPorts":{"80/tcp":{},"443/tcp":{}}},
             "NetworkSettings":{"Ports":{"443/tcp":null,"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}],
                                         "53/udp":[{"HostIp":"127.0.0.1","HostPort":""}]},
                                "Networks":{"shop_front":{"IPAMConfig":null,"Links":null,"Aliases":["web","4f1c"],"NetworkID":"n1","EndpointID":"",
                                                          "Gateway":"","IPAddress":"","IPPrefixLen":0},
                                            "shop_back":{"Aliases":null,"NetworkID":"n2","IPAddress":"172.20.0.3"}}}}
            """;

    /** A running container with no ports, labels, mounts, or health check; never finished. */
    private static final String PLAIN = """
            {"Id":"77aa","Created":"2026-11-22T07:00:00Z","Path":"sleep","Args":["3600"],
             "State":{"Status":"running","Running":true,"ExitCode":0,"StartedAt":"2026-11-22T07:00:01Z","FinishedAt":"0001-01-01T00:00:00Z"},
             "Image":"sha256:def","Name":"/lonely","RestartCount":0,"HostConfig":{},"Mounts":[],
             "Config":{"Image":"testenv/busybox:1","Labels":null},
             "NetworkSettings":{"Ports":{},"Networks":{"bridge":{"NetworkID":"b0","IPAddress":"172.17.0.2"}}}}
            """;

    @Test
    void readsWhatTheModelKeepsFromAnInspectAnswer() throws Exception {
        ContainerInfo c = ContainerJson.inspected(JSON.readTree(EXITED));
        assertThat(c.name()).isEqualTo("shop-web-1");
        assertThat(c.image()).isEqualTo("127.0.0.1:25000/shop/web:2");
        assertThat(c.imageId()).isEqualTo("sha256:abc");
        assertThat(c.command()).isEqualTo("/sbin/tini -- nginx -g daemon off;");
        assertThat(c.state()).isEqualTo(ContainerState.EXITED);
        assertThat(c.health()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(c.exitCode()).contains(137);
        assertThat(c.restartCount()).isEqualTo(4);
        assertThat(c.status()).isEqualTo("exited (137), unhealthy");
        assertThat(c.finishedAt()).get().extracting(i -> i.getNano()).isEqualTo(250_000_000);
        assertThat(c.ports()).extracting(PortBinding::display)
                .containsExactly("53/udp", "0.0.0.0:8080->80/tcp", ":::8080->80/tcp", "443/tcp");
        // by destination: the engine lists them in no stable order
        assertThat(c.mounts()).extracting(MountRef::destination).containsExactly("/anon", "/cache", "/conf", "/data", "/run");
        assertThat(c.mounts()).extracting(MountRef::kind).containsExactly(VolumeKind.ANONYMOUS, VolumeKind.TMPFS,
                VolumeKind.BIND, VolumeKind.NAMED, VolumeKind.TMPFS);
        assertThat(c.mounts().get(2).readOnly()).isTrue();
        assertThat(c.networks()).extracting(n -> n.networkName() + "=" + n.networkId() + "/" + n.aliases())
                .containsExactly("shop_front=n1/[web, 4f1c]", "shop_back=n2/[]");
        assertThat(c.stack()).get().extracting(s -> s.name()).isEqualTo("shop");
        assertThat(c.service()).contains("web");
        assertThat(c.inspected()).isTrue();

        ContainerInfo p = ContainerJson.inspected(JSON.readTree(PLAIN));
        assertThat(p.exitCode()).isEmpty();
        assertThat(p.finishedAt()).isEmpty();
        assertThat(p.health()).isEqualTo(HealthStatus.NONE);
        assertThat(p.labels()).isEmpty();
        assertThat(p.status()).isEqualTo("running");
    }

    @Test
    void givesWhatDockerJavasFullModelGives() throws Exception {
        for (String json : new String[] {EXITED, PLAIN}) {
            ContainerInfo full = EngineMapper.container(JSON.readValue(json, InspectContainerResponse.class));
            assertThat(ContainerJson.inspected(JSON.readTree(json))).isEqualTo(full);
        }
    }

    @Test
    void aListEntryReadsAsTheListMapperReadsIt() throws Exception {
        JsonNode entry = JSON.readTree("""
                {"Id":"abc","Names":["/shop-web-1"],"Image":"nginx","ImageID":"sha256:1","Command":"nginx","Created":1700000000,
                 "State":"exited","Status":"Exited (3) 5 minutes ago","Ports":[],"Labels":{},"Mounts":[],"SizeRw":null}
                """);
        ContainerInfo c = ContainerJson.listed(entry);
        assertThat(c.exitCode()).contains(3);
        assertThat(c.inspected()).isFalse();
    }
}
