package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFailure;
import io.pilothouse.core.host.SshTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.pilothouse.core.host.ssh.SshFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An sshd that forbids forwarding (a second sshd started by this test on a free loopback port,
 * with the test engine's host key and authorised keys) refuses the direct-streamlocal channel.
 */
class SshForwardingRefusedIT {

    @TempDir
    Path dir;

    @Test
    void sshdWithoutStreamLocalForwardingIsSshForwardingRefusedNamingTheSettings() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path sshDir = ENV.dir().resolve("ssh");
        Path config = Files.writeString(dir.resolve("sshd_config"), """
                Port %d
                ListenAddress 127.0.0.1
                AddressFamily inet
                HostKey %s
                PidFile %s
                AuthorizedKeysFile %s/%%u
                StrictModes no
                UsePAM no
                PubkeyAuthentication yes
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PermitRootLogin no
                AllowUsers %s
                AllowTcpForwarding no
                AllowStreamLocalForwarding no
                X11Forwarding no
                UseDNS no
                LogLevel ERROR
                """.formatted(port, sshDir.resolve("ssh_host_ed25519_key"), dir.resolve("sshd.pid"),
                sshDir.resolve("authorized_keys"), ENV.sshUser()));
        Process sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        try {
            waitForPort(port, sshd);
            String hostKey = Files.readString(sshDir.resolve("ssh_host_ed25519_key.pub")).trim().split(" ")[1];
            Path knownHosts = Files.writeString(dir.resolve("known_hosts"),
                    "[127.0.0.1]:" + port + " ssh-ed25519 " + hostKey + "\n");
            SshTransport transport = new SshTransport(ENV.sshUser(), "127.0.0.1", port, ENV.sshKey().toString(),
                    knownHosts.toString(), ENV.sshRemoteDockerSock());

            try (SshConnector connector = SshFixtures.connector(dir)) {
                ConnectionFailure failure = catchThrowableOfType(ConnectionFailure.class, () ->
                        connector.connect(transport, ConnectOptions.defaults(new RecordingPrompt())));
                assertThat(failure.kind()).as(failure.getMessage()).isEqualTo(ConnectionFailure.Kind.SSH_FORWARDING_REFUSED);
                assertThat(failure.getMessage())
                        .contains("127.0.0.1:" + port)
                        .contains("AllowStreamLocalForwarding local")
                        .contains("AllowTcpForwarding local")
                        .contains("PermitOpen none");
            }
        } finally {
            sshd.destroy();
            if (!sshd.waitFor(5, TimeUnit.SECONDS)) {
                sshd.destroyForcibly();
            }
        }
    }

    private static void waitForPort(int port, Process sshd) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!sshd.isAlive()) {
                throw new IllegalStateException("sshd exited with " + sshd.exitValue());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("sshd did not listen on port " + port);
    }
}
