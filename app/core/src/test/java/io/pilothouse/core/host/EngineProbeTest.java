package io.pilothouse.core.host;

import com.github.dockerjava.api.model.LocalNodeState;
import com.github.dockerjava.api.model.SwarmInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngineProbeTest {

    @Test
    void speaksTheLowerOfTheTwoApis() {
        assertThat(EngineProbe.negotiate("1.41").getVersion()).isEqualTo("1.41");
        assertThat(EngineProbe.negotiate("1.40").getVersion()).isEqualTo("1.40");
        assertThat(EngineProbe.negotiate("1.47").getVersion()).isEqualTo(EngineProbe.NEWEST_SPOKEN.getVersion());
    }

    @Test
    void swarmRoles() {
        assertThat(EngineProbe.swarmRole(null)).isEqualTo("none");
        assertThat(EngineProbe.swarmRole(new SwarmInfo())).isEqualTo("none");
        assertThat(EngineProbe.swarmRole(swarm(LocalNodeState.ACTIVE, true))).isEqualTo("manager");
        assertThat(EngineProbe.swarmRole(swarm(LocalNodeState.ACTIVE, false))).isEqualTo("worker");
        assertThat(EngineProbe.swarmRole(swarm(LocalNodeState.INACTIVE, false))).isEqualTo("none");
    }

    private static SwarmInfo swarm(LocalNodeState state, boolean control) {
        return new SwarmInfo().withLocalNodeState(state).withControlAvailable(control);
    }
}
