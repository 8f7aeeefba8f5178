package io.pilothouse.desktop.ui.logs;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.host.HostConnection;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.logs.LogBuffer;
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.core.logs.LogTargets;
import io.pilothouse.desktop.ui.workspace.HostTools;
import io.pilothouse.desktop.ui.workspace.Target;
import io.pilothouse.desktop.ui.workspace.TargetKind;
import io.pilothouse.desktop.ui.workspace.TargetTool;
import io.pilothouse.desktop.ui.workspace.ToolTab;
import io.pilothouse.desktop.ui.workspace.ToolTabs;
import javafx.application.Platform;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * "Logs" on containers (several at once: merged), swarm services and stacks: each opens a log tab
 * that follows the chosen sources through the host's connection (a reconnected session is picked up
 * when the stream resumes).
 */
public final class LogTools implements HostTools {

    private final ExecutorService io = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "logs-view");
        t.setDaemon(true);
        return t;
    });
    private final Executor ui;

    public LogTools(Executor ui) {
        this.ui = ui;
    }

    public LogTools() {
        this(Platform::runLater);
    }

    @Override
    public List<TargetTool> tools(HostProfile host, HostConnection connection, HostSession session, ToolTabs tabs) {
        Supplier<HostSession> sessions = () -> connection.session().orElse(session);
        return List.of(new TargetTool("logs", "Logs", "fth-file-text",
                Set.of(TargetKind.CONTAINER, TargetKind.SERVICE, TargetKind.STACK), true,
                targets -> open(host, sessions, tabs, targets)));
    }

    private void open(HostProfile host, Supplier<HostSession> sessions, ToolTabs tabs, List<Target> targets) {
        String title = "Logs: " + (targets.size() == 1 ? targets.get(0).name() : targets.size() + " sources");
        io.execute(() -> {
            List<LogSource> sources;
            try {
                sources = sources(sessions.get().docker(), targets);
            } catch (RuntimeException e) {
                ui.execute(() -> tabs.open(new ToolTab(host, title, new Label("The logs cannot be opened: " + e.getMessage()), null)));
                return;
            }
            ui.execute(() -> {
                LogPane pane = LogPane.create(sources, new EngineLogPort(sources, sessions), LogBuffer.DEFAULT_CAPACITY, io, ui);
                tabs.open(new ToolTab(host, title, pane.node(), pane::dispose));
                pane.start();
            });
        });
    }

    static List<LogSource> sources(DockerClient docker, List<Target> targets) {
        List<LogSource> out = new ArrayList<>();
        for (Target t : targets) {
            switch (t.kind()) {
                case CONTAINER -> out.add(LogSource.container(t.id(), t.name()));
                case SERVICE -> out.add(LogSource.service(t.id(), t.name()));
                case STACK -> {
                    List<LogSource> members = new LogTargets(docker).stack(t.name());
                    if (members.isEmpty()) {
                        throw new IllegalArgumentException("the stack " + t.name() + " has no containers or services.");
                    }
                    out.addAll(members);
                }
            }
        }
        return out;
    }
}
