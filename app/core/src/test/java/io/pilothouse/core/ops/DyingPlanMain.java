package io.pilothouse.core.ops;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectOptions;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.host.CredentialPrompt;
import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.host.UnixSocketTransport;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.workflows.restart.StopContainerStep;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The process the crash test kills: runs a plan on the real engine that stops a container, says
 * "stopped", then waits in its next step until it is killed.
 * Arguments: journal file, locks dir, docker socket, host id, host name, container.
 */
public final class DyingPlanMain {

    private DyingPlanMain() {
    }

    public static void main(String[] args) throws Exception {
        Journal journal = new Journal(Path.of(args[0]));
        HostProfile host = new HostProfile(args[3], args[4], new UnixSocketTransport(args[2]), Environment.DEVELOPMENT);
        try (HostSession session = new ConnectionFactory(AppDirectories.from(Map.of(), Path.of(args[1]).getParent()))
                .connect(host, new ConnectOptions(CredentialPrompt.NONE, Duration.ofSeconds(5), Duration.ofSeconds(30)))) {
            Step wait = new Step() {
                @Override public String description() { return "Copy the data out"; }
                @Override public void run(StepContext ctx) throws InterruptedException {
                    System.out.println("stopped");
                    System.out.flush();
                    Thread.sleep(120_000);
                }
            };
            Plan plan = new Plan(Plan.newId("backup"), "backup", host.id(), "Back up " + args[5],
                    List.of(new StopContainerStep(session.docker(), args[5], 2), wait));
            new PlanRunner(journal, new ProductionGuard()).withHostLocks(Path.of(args[1]))
                    .run(plan, host, null, new PlanListener() { }, new CancelToken(), new DockerChangeReverter(session.docker()));
        }
    }
}
