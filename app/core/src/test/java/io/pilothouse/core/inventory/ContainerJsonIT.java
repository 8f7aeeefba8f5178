package io.pilothouse.core.inventory;

import com.github.dockerjava.api.exception.NotFoundException;
import io.pilothouse.core.host.EngineApi;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.VolumeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lean inspect read of the snapshot against docker-java's full model, on containers of the real engine. */
class ContainerJsonIT {

    @TempDir
    Path home;

    private EngineFixture fx;
    private HostSession session;

    @AfterEach
    void cleanUp() {
        if (session != null) {
            session.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void theLeanReadOfRealContainersEqualsDockerJavasFullModel() {
        fx = new EngineFixture(home);
        String volume = fx.volume(fx.name("data"));
        String rich = fx.run(fx.name("rich"), "--label", "com.docker.compose.project=" + fx.run, "--label",
                "com.docker.compose.service=web", "-p", "127.0.0.1::80", "-p", "127.0.0.1::53/udp", "--expose", "443",
                "--tmpfs", "/run", "-v", volume + ":/data", "-v", "/anon", "--mount", "type=bind,src=/tmp,dst=/host,readonly",
                "--health-cmd", "true", "--health-interval", "1s", "--restart", "on-failure:3");
        String stopped = fx.run(fx.name("stopped"));
        fx.env().docker("stop", "-t", "1", stopped);
        session = fx.unixSession();
        EngineApi api = session.api().orElseThrow();

        for (String id : List.of(rich, stopped)) {
            ContainerInfo lean = ContainerJson.inspected(api.get("/containers/" + id + "/json"));
            ContainerInfo full = EngineMapper.container(session.docker().inspectContainerCmd(id).exec());
            assertThat(lean).isEqualTo(full);
        }
        ContainerInfo r = ContainerJson.inspected(api.get("/containers/" + rich + "/json"));
        assertThat(r.ports()).anyMatch(p -> p.containerPort() == 80 && p.isPublished());
        assertThat(r.mounts()).extracting(m -> m.kind())
                .contains(VolumeKind.NAMED, VolumeKind.ANONYMOUS, VolumeKind.BIND, VolumeKind.TMPFS);
        ContainerInfo s = ContainerJson.inspected(api.get("/containers/" + stopped + "/json"));
        assertThat(s.state()).isEqualTo(ContainerState.EXITED);
        assertThat(s.exitCode()).isPresent();
    }

    @Test
    void aContainerTheEngineDoesNotHaveIsNotFoundWithTheEnginesSentence() {
        fx = new EngineFixture(home);
        session = fx.unixSession();
        EngineApi api = session.api().orElseThrow();
        assertThatThrownBy(() -> api.get("/containers/" + fx.name("never") + "/json"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No such container: " + fx.name("never"));
        assertThat(api.get("/containers/json?all=1").isArray()).isTrue();
    }
}
