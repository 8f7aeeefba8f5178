package io.pilothouse.desktop.ui.inventory;

import java.util.List;
import java.util.Map;

/** What an action did to each container: those it succeeded on, and a sentence for each it failed on (by name). */
public record ActionOutcome(ContainerAction action, List<String> succeeded, Map<String, String> failures) {

    public ActionOutcome {
        succeeded = List.copyOf(succeeded);
        failures = Map.copyOf(failures);
    }

    public boolean failed() {
        return !failures.isEmpty();
    }
}
