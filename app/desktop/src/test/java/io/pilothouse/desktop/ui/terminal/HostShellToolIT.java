package io.pilothouse.desktop.ui.terminal;

import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.SshTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.terminal.MaintenanceRegistry;
import io.pilothouse.core.terminal.TerminalFixtures;
import io.pilothouse.core.testenv.TestEnv;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import io.pilothouse.desktop.ui.workspace.ToolTab;
import io.pilothouse.desktop.ui.workspace.ToolTabs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal tools offer a shell on the Docker host itself exactly when the host is reached over SSH. */
class HostShellToolIT {

    static final TestEnv ENV = TerminalFixtures.ENV;

    @TempDir
    Path home;

    final ToolTabs tabs = new ToolTabs() {
        @Override public void open(ToolTab tab) { }
        @Override public void closeAll() { }
    };

    List<TargetTool> hostTools(HostSession session) {
        TerminalTools tools = new TerminalTools(new Journal(home.resolve("journal.jsonl")), new MaintenanceRegistry());
        return tools.tools(session.profile(), null, session, tabs).stream()
                .filter(t -> t.accepts(List.of(new Target(session.profile().id(), session.profile().name(), TargetKind.HOST))))
                .toList();
    }

    @Test
    void anSshHostOffersAHostShellAndASocketHostDoesNot() {
        try (HostSession ssh = TerminalFixtures.session(home, new SshTransport(ENV.sshUser(), "127.0.0.1", ENV.sshPort(),
                ENV.sshKey().toString(), ENV.sshKnownHosts().toString(), ENV.sshRemoteDockerSock()));
             HostSession unix = TerminalFixtures.unixSession(home)) {
            assertThat(hostTools(ssh)).extracting(TargetTool::id, TargetTool::label)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("host-shell", "Host shell"));
            assertThat(hostTools(unix)).isEmpty();
            assertThat(new TerminalTools(new Journal(home.resolve("j2.jsonl")), new MaintenanceRegistry())
                    .tools(unix.profile(), null, unix, tabs)).extracting(TargetTool::id)
                    .containsExactly("shell", "maintenance-shell", "attach");
        }
    }
}
