package io.pilothouse.core.workflows.restart;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanFactory;
import io.pilothouse.core.ops.Step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds the restart plan: every named container must exist on the host. */
public final class RestartContainersPlanFactory implements PlanFactory<RestartContainersRequest> {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public Plan build(RestartContainersRequest request, HostSession session) {
        DockerClient docker = session.docker();
        List<String> names = new ArrayList<>();
        for (String c : request.containers()) {
            try {
                String name = docker.inspectContainerCmd(c).exec().getName();
                names.add(name == null ? c : name.replaceFirst("^/", ""));
            } catch (NotFoundException e) {
                throw new IllegalArgumentException("There is no container " + c + " on " + session.profile().name()
                        + "; nothing was done.");
            }
        }
        List<Step> steps = new ArrayList<>();
        for (String n : names) {
            steps.add(new StopContainerStep(docker, n, request.stopTimeoutSeconds()));
        }
        if (request.pauseSeconds() > 0) {
            steps.add(new PauseStep(request.pauseSeconds()));
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            steps.add(new StartContainerStep(docker, names.get(i), READY_TIMEOUT));
        }
        String title = "Restart " + (names.size() == 1 ? "container " + names.get(0) : names.size() + " containers ("
                + String.join(", ", names) + ")") + " on " + session.profile().name();
        return new Plan(Plan.newId(RestartContainersRequest.KIND), RestartContainersRequest.KIND, session.profile().id(), title, steps);
    }
}
