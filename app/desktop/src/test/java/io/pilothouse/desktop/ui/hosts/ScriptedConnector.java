package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.EngineInfo;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Links whose states the test decides: connecting answers with {@link #onConnect}'s state for the
 * host, and a test can push any state later. Probes answer with {@link #onProbe}.
 */
final class ScriptedConnector implements HostConnector {

    static final EngineInfo ENGINE = new EngineInfo("24.0.7", "1.43", "linux", "amd64", "inactive", 3, 1,
            "engine-1", Duration.ofMillis(3));

    volatile Function<HostProfile, HostStatus> onConnect = p -> connected(ENGINE);
    volatile Function<HostProfile, EngineInfo> onProbe = p -> ENGINE;
    volatile RuntimeException linkFailure;
    final Map<String, ScriptedLink> links = new ConcurrentHashMap<>();
    final List<ScriptedLink> closed = new CopyOnWriteArrayList<>();

    @Override
    public HostLink link(HostProfile profile) {
        ScriptedLink link = new ScriptedLink(profile);
        links.put(profile.name(), link);
        return link;
    }

    @Override
    public EngineInfo probe(HostProfile profile) {
        return onProbe.apply(profile);
    }

    ScriptedLink link(String name) {
        return links.get(name);
    }

    static HostStatus connected(EngineInfo info) {
        return new HostStatus(HostStatus.State.CONNECTED, Optional.of(info), Optional.empty(), Optional.empty());
    }

    static HostStatus failed(String sentence) {
        return new HostStatus(HostStatus.State.FAILED, Optional.empty(),
                Optional.of(new ConnectionFailure(ConnectionFailure.Kind.SSH_AUTH_FAILED, sentence)), Optional.empty());
    }

    static HostStatus disconnected(String sentence, Instant next) {
        return new HostStatus(HostStatus.State.DISCONNECTED, Optional.empty(),
                Optional.of(new ConnectionFailure(ConnectionFailure.Kind.CONNECTION_REFUSED, sentence)), Optional.of(next));
    }

    final class ScriptedLink implements HostLink {
        final HostProfile profile;
        final List<Consumer<HostStatus>> listeners = new CopyOnWriteArrayList<>();
        volatile HostStatus status = HostStatus.idle();
        volatile int connects;
        volatile int disconnects;

        ScriptedLink(HostProfile profile) {
            this.profile = profile;
        }

        void emit(HostStatus next) {
            status = next;
            listeners.forEach(l -> l.accept(next));
        }

        @Override
        public void connect() {
            if (linkFailure != null) {
                throw linkFailure;
            }
            connects++;
            emit(onConnect.apply(profile));
        }

        @Override
        public void disconnect() {
            disconnects++;
            emit(HostStatus.idle());
        }

        @Override
        public HostStatus status() {
            return status;
        }

        @Override
        public void addListener(Consumer<HostStatus> listener) {
            listeners.add(listener);
        }

        @Override
        public void close() {
            closed.add(this);
        }
    }
}
