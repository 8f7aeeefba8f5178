package io.pilothouse.core.terminal;

import io.pilothouse.core.host.HostSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.pilothouse.core.terminal.TerminalFixtures.ENV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A TTY shell in a container: detection, user, directory, resize, and closing ends it inside the container. */
class ExecSessionIT {

    @TempDir
    Path home;

    private SupervisedContainer box;
    private HostSession session;

    @BeforeEach
    void start() {
        box = SupervisedContainer.start(ENV);
        session = TerminalFixtures.unixSession(home);
    }

    @AfterEach
    void stop() {
        session.close();
        box.close();
    }

    @Test
    void theShellRunsAsTheUserInTheDirectoryAndFollowsTheWindowSize() {
        ExecSession shell = new ExecSession(session.docker(), new ExecRequest(box.name(), List.of(), "nobody", "/app"),
                Duration.ofSeconds(20));
        TerminalFixtures.Collected out = new TerminalFixtures.Collected();
        shell.resize(100, 30);
        shell.start(out);
        shell.write("echo \"[$(id -un) $(pwd) $(stty size)]\"\n".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> out.text().contains("[nobody /app 30 100]"));
        shell.resize(132, 43);
        shell.write("stty size\n".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> out.text().contains("43 132"));
        assertThat(shell.close().ended()).isTrue();
    }

    @Test
    void closingTheSessionEndsItsProcessesInsideTheContainer() {
        ExecSession shell = new ExecSession(session.docker(), ExecRequest.shell(box.name()), Duration.ofSeconds(20));
        TerminalFixtures.Collected out = new TerminalFixtures.Collected();
        shell.start(out);
        shell.write("sleep 777 & sleep 778\n".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> box.processesWith(shell.marker()).contains("sleep 778"));
        assertThat(box.processesWith(shell.marker())).contains("sleep 777").contains("sh");

        CloseReport report = shell.close();

        assertThat(report.ended()).as(report.sentence()).isTrue();
        assertThat(box.processesWith(shell.marker())).isEmpty();
        assertThat(box.exec("ps -o args | grep -c '^sleep 77[78]' || true").strip()).isEqualTo("0");
        assertThat(shell.exited()).isDone();
        assertThat(shell.runningInContainer()).isFalse();
        assertThat(shell.close()).isSameAs(report);
    }

    @Test
    void exitingTheShellEndsTheSessionWithItsExitCode() {
        ExecSession shell = new ExecSession(session.docker(), ExecRequest.shell(box.name()), Duration.ofSeconds(20));
        shell.start(new TerminalFixtures.Collected());
        shell.write("exit 7\n".getBytes(StandardCharsets.UTF_8));
        assertThat(shell.exited()).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(7);
    }

    @Test
    void aContainerMainProcessIsAttachedReadOnly() {
        ExecSession writer = new ExecSession(session.docker(), ExecRequest.shell(box.name()), Duration.ofSeconds(20));
        AttachSession attach = new AttachSession(session.docker(), box.name(), true, Duration.ofSeconds(20));
        TerminalFixtures.Collected out = new TerminalFixtures.Collected();
        attach.start(out);
        assertThat(attach.readOnly()).isTrue();
        box.exec("echo from-main-process > /proc/1/fd/1");
        await().atMost(Duration.ofSeconds(10)).until(() -> out.text().contains("from-main-process"));
        attach.write("ignored\n".getBytes(StandardCharsets.UTF_8));
        assertThat(attach.close().ended()).isTrue();
        assertThat(ENV.docker("inspect", "-f", "{{.State.Running}}", box.name())).isEqualTo("true");
        writer.close();
    }

    @Test
    void anSshHostOffersAShellOnTheHostItselfOverTheSameSession() {
        HostSession ssh = TerminalFixtures.session(home, new io.pilothouse.core.host.SshTransport(ENV.sshUser(),
                ENV.sshHost(), ENV.sshPort(), ENV.sshKey().toString(), ENV.sshKnownHosts().toString(),
                ENV.sshRemoteDockerSock()));
        try {
            assertThat(session.sshConnection()).isEmpty();
            HostShellSession shell = new HostShellSession(ssh.sshConnection().orElseThrow());
            TerminalFixtures.Collected out = new TerminalFixtures.Collected();
            shell.start(out);
            shell.write("echo host-$((20+22)) $(id -un)\n".getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(10)).until(() -> out.text().contains("host-42 " + ENV.sshUser()));
            assertThat(shell.close().ended()).isTrue();
            assertThat(ssh.isOpen()).as("the SSH session itself stays").isTrue();
        } finally {
            ssh.close();
        }
    }
}
