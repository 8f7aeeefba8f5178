package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.ops.HostChangeReverter;
import io.pilothouse.core.ops.PlanFiles;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;

import java.util.concurrent.Executor;

/**
 * What the plan wizard runs with: the runner (journal, host locks), the production guard, the plan
 * files (for "Save plan…"), the host's change reverter (null: none), the background executor the
 * run goes to and the UI thread's executor the listener's calls come back on.
 */
public record PlanWizardServices(PlanRunner runner, ConfirmationRule rule, PlanFiles files, HostChangeReverter reverter,
                                 Executor background, Executor uiThread) {
}
