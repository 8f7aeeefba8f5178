package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * One container action from click to notification: asks first (the production guard on a production
 * host; a plain confirmation elsewhere for destructive actions), runs it off the JavaFX thread through
 * the core, then reports what happened to each container.
 */
public final class ContainerActionFlow {

    private final HostProfile host;
    private final ConfirmationRule rule;
    private final ActionConfirmer confirmer;
    private final ContainerActionPort port;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<ActionReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public ContainerActionFlow(HostProfile host, ConfirmationRule rule, ActionConfirmer confirmer,
                               ContainerActionPort port, Executor io, Executor ui) {
        this.host = host;
        this.rule = rule;
        this.confirmer = confirmer;
        this.port = port;
        this.io = io;
        this.ui = ui;
    }

    /** Asks, then runs. Returns false when nothing was started (nothing selected, or not confirmed). */
    public boolean run(ContainerAction action, List<ContainerTarget> targets) {
        if (targets.isEmpty() || busy.get()) {
            return false;
        }
        String typed = "";
        if (needsConfirmation(action)) {
            java.util.Optional<String> answer = confirmer.confirm(host, action.verb(), sentence(action, targets));
            if (answer.isEmpty()) {
                return false;
            }
            typed = answer.get();
        }
        String confirmation = typed;
        busy.set(true);
        CompletableFuture.supplyAsync(() -> port.run(action, targets, confirmation), io)
                .whenComplete((outcome, error) -> ui.execute(() -> {
                    busy.set(false);
                    report.set(null); // the same result twice still notifies
                    report.set(error == null ? report(outcome) : failure(action, targets, error));
                }));
        return true;
    }

    public boolean needsConfirmation(ContainerAction action) {
        return rule.requiresConfirmation(host) || action.destructive();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last action's result, set on the UI executor when it ends; the view shows it as a notification. */
    public ReadOnlyObjectProperty<ActionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    static String sentence(ContainerAction action, List<ContainerTarget> targets) {
        String names = targets.stream().map(ContainerTarget::name).collect(Collectors.joining(", "));
        String what = targets.size() == 1 ? "the container " + names : targets.size() + " containers (" + names + ")";
        return switch (action) {
            case REMOVE -> "Remove " + what + "? A running one is killed first; named volumes are kept.";
            case REMOVE_WITH_VOLUMES -> "Remove " + what + " together with their anonymous volumes? A running one is killed first;"
                    + " the data in those volumes is lost.";
            case KILL -> "Kill " + what + " at once (SIGKILL), without a clean shutdown?";
            default -> Character.toUpperCase(action.verb().charAt(0)) + action.verb().substring(1) + " " + what + "?";
        };
    }

    static ActionReport report(ActionOutcome outcome) {
        ContainerAction action = outcome.action();
        if (!outcome.failed()) {
            return new ActionReport(action.pastTense() + " " + count(outcome.succeeded().size()),
                    String.join(", ", outcome.succeeded()), false);
        }
        String failures = outcome.failures().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        String title = outcome.succeeded().isEmpty()
                ? "Could not " + action.verb() + " " + count(outcome.failures().size())
                : action.pastTense() + " " + outcome.succeeded().size() + " of "
                  + count(outcome.succeeded().size() + outcome.failures().size());
        return new ActionReport(title, failures, true);
    }

    private static ActionReport failure(ContainerAction action, List<ContainerTarget> targets, Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return new ActionReport("Could not " + action.verb() + " " + count(targets.size()),
                cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), true);
    }

    private static String count(int n) {
        return n == 1 ? "1 container" : n + " containers";
    }
}
