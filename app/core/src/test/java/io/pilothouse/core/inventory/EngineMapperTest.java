package io.pilothouse.core.inventory;

import com.github.dockerjava.api.model.Container;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.VolumeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngineMapperTest {

    @Test
    void listAnswerGivesStateHealthExitCodePortsAndMounts() throws Exception {
        String json = """
                {"Id":"abc","Names":["/shop-web-1"],"Image":"nginx","ImageID":"sha256:1","Command":"nginx",
                 "Created":1700000000,"State":"exited","Status":"Exited (137) 5 minutes ago",
                 "Ports":[{"PrivatePort":80,"PublicPort":8080,"IP":"0.0.0.0","Type":"tcp"},{"PrivatePort":443,"Type":"tcp"}],
                 "Labels":{"com.docker.compose.project":"shop","com.docker.compose.service":"web"},
                 "Mounts":[{"Type":"volume","Name":"data","Source":"/v/data","Destination":"/data","RW":true},
                           {"Type":"bind","Source":"/srv/conf","Destination":"/conf","RW":false}]}
                """;
        ContainerInfo c = EngineMapper.container(new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readValue(json, Container.class));
        assertThat(c.name()).isEqualTo("shop-web-1");
        assertThat(c.state()).isEqualTo(ContainerState.EXITED);
        assertThat(c.exitCode()).contains(137);
        assertThat(c.ports()).extracting(p -> p.display()).containsExactly("0.0.0.0:8080->80/tcp", "443/tcp");
        assertThat(c.mounts()).extracting(m -> m.kind()).containsExactly(VolumeKind.NAMED, VolumeKind.BIND);
        assertThat(c.mounts().get(1).readOnly()).isTrue();
        assertThat(c.stack()).get().extracting(s -> s.name()).isEqualTo("shop");
        assertThat(c.inspected()).isFalse();
    }

    @Test
    void healthFromTheStatusText() throws Exception {
        String json = "{\"Id\":\"x\",\"Names\":[\"/a\"],\"State\":\"running\",\"Status\":\"Up 3 minutes (health: starting)\"}";
        assertThat(EngineMapper.container(new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readValue(json, Container.class)).health())
                .isEqualTo(HealthStatus.STARTING);
        String un = "{\"Id\":\"x\",\"Names\":[\"/a\"],\"State\":\"running\",\"Status\":\"Up 3 minutes (unhealthy)\"}";
        assertThat(EngineMapper.container(new ObjectMapper().readValue(un, Container.class)).health())
                .isEqualTo(HealthStatus.UNHEALTHY);
    }

    @Test
    void engineTimes() {
        assertThat(EngineMapper.time("0001-01-01T00:00:00Z")).isEmpty();
        assertThat(EngineMapper.time("2026-11-22T03:41:03.543035447Z")).get()
                .extracting(i -> i.getNano()).isEqualTo(543035447);
        assertThat(EngineMapper.time("garbage")).isEmpty();
    }
}
