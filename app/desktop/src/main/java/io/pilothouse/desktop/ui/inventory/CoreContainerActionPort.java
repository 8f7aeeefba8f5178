package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.containers.ActionOptions;
import io.pilothouse.core.containers.ContainerActionResult;
import io.pilothouse.core.containers.ContainerActions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Container actions through the core, which checks the production guard again, times each call out and journals it. */
public final class CoreContainerActionPort implements ContainerActionPort {

    /** The core bounds each container's call; this only keeps a lost answer from holding the pane forever. */
    private static final Duration OVERALL = Duration.ofMinutes(3);

    private final ContainerActions actions;

    public CoreContainerActionPort(ContainerActions actions) {
        this.actions = actions;
    }

    @Override
    public ActionOutcome run(ContainerAction action, List<ContainerTarget> targets, String typedConfirmation) {
        io.pilothouse.core.containers.ContainerAction core = switch (action) {
            case START -> io.pilothouse.core.containers.ContainerAction.START;
            case STOP -> io.pilothouse.core.containers.ContainerAction.STOP;
            case RESTART -> io.pilothouse.core.containers.ContainerAction.RESTART;
            case PAUSE -> io.pilothouse.core.containers.ContainerAction.PAUSE;
            case UNPAUSE -> io.pilothouse.core.containers.ContainerAction.UNPAUSE;
            case KILL -> io.pilothouse.core.containers.ContainerAction.KILL;
            case REMOVE, REMOVE_WITH_VOLUMES -> io.pilothouse.core.containers.ContainerAction.REMOVE;
        };
        ActionOptions options = ActionOptions.defaults()
                .withRemoveVolumes(action == ContainerAction.REMOVE_WITH_VOLUMES)
                .withForce(action == ContainerAction.REMOVE || action == ContainerAction.REMOVE_WITH_VOLUMES);
        List<ContainerActionResult> results;
        try {
            results = actions.run(core, targets.stream().map(ContainerTarget::id).toList(), options,
                    typedConfirmation == null || typedConfirmation.isEmpty() ? null : typedConfirmation)
                    .get(OVERALL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The engine did not finish the " + action.verb() + " within "
                    + OVERALL.toMinutes() + " minutes.");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the " + action.verb() + ".");
        }
        return outcome(action, results);
    }

    static ActionOutcome outcome(ContainerAction action, List<ContainerActionResult> results) {
        List<String> ok = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (ContainerActionResult r : results) {
            if (r.succeeded()) {
                ok.add(r.name());
            } else {
                failed.put(r.name(), r.message());
            }
        }
        return new ActionOutcome(action, ok, failed);
    }
}
