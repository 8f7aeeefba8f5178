package io.pilothouse.core.terminal;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.TransportConfig;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.testenv.TestEnv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Sessions to the test engine and a terminal output that keeps what it got. */
public final class TerminalFixtures {

    public static final TestEnv ENV = TestEnv.get();

    private TerminalFixtures() {
    }

    public static HostSession unixSession(Path home) {
        return session(home, new UnixSocketTransport(ENV.dockerSock()));
    }

    public static HostSession session(Path home, TransportConfig transport) {
        HostProfile p = HostProfile.create("pth-term-host", transport, Environment.DEVELOPMENT);
        return new ConnectionFactory(AppDirectories.from(Map.of(), home)).connect(p,
                new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(10), Duration.ofSeconds(30)));
    }

    /** Collects a session's output as text. */
    public static final class Collected implements TerminalOutput {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        volatile boolean ended;

        @Override
        public synchronized void bytes(byte[] data, int offset, int length) {
            bytes.write(data, offset, length);
        }

        @Override
        public void ended(Integer exitCode, Throwable failure) {
            ended = true;
        }

        public synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
