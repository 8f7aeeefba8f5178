package io.pilothouse.desktop.ui.plan;

import static io.pilothouse.core.ops.ProgressText.amount;
import static io.pilothouse.core.ops.ProgressText.duration;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanOutcome;
import io.pilothouse.core.ops.PlanRequest;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.ProgressUnit;
import io.pilothouse.core.ops.RunProgress;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepProgress;
import io.pilothouse.core.ops.StepRecord;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan wizard's state: the plan as its own preview, the run's per-step and overall progress
 * (amounts, throughput, ETA), the undo as it happens and the final report. Runs the plan on the
 * background executor; the runner's calls come back through the UI executor.
 */
public final class PlanWizardViewModel {

    private final Plan plan;
    private final HostProfile host;
    private final PlanRequest request;
    private final PlanWizardServices services;
    private final ObservableList<PlanStepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<String> undoLog = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlanWizardState> state = new ReadOnlyObjectWrapper<>(this, "state", PlanWizardState.PREVIEW);
    private final ReadOnlyDoubleWrapper overall = new ReadOnlyDoubleWrapper(this, "overall", 0);
    private final ReadOnlyStringWrapper overallText = new ReadOnlyStringWrapper(this, "overallText", "");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ObjectProperty<PlanResult> result = new SimpleObjectProperty<>(this, "result");
    private final BooleanBinding canRun;
    private final BooleanBinding canCancel;
    private final CancelToken token = new CancelToken();

    public PlanWizardViewModel(Plan plan, HostProfile host, PlanRequest request, PlanWizardServices services) {
        this.plan = plan;
        this.host = host;
        this.request = request;
        this.services = services;
        for (int i = 0; i < plan.steps().size(); i++) {
            steps.add(new PlanStepRow(i, plan.steps().get(i).description()));
        }
        canRun = Bindings.createBooleanBinding(() -> state.get() == PlanWizardState.PREVIEW, state);
        canCancel = Bindings.createBooleanBinding(() -> state.get() == PlanWizardState.RUNNING, state);
        overallText.set(plan.steps().size() + " steps; nothing has run yet.");
    }

    public String title() {
        return plan.title();
    }

    public HostProfile host() {
        return host;
    }

    public String hostLine() {
        return host.name() + " · " + host.environment().name().toLowerCase(Locale.ROOT) + " · " + host.transport().url();
    }

    public String environmentColour() {
        return host.environment().colour();
    }

    /** True when a run needs the host's name typed (production). */
    public boolean needsConfirmation() {
        return plan.mutating() && services.rule().requiresConfirmation(host);
    }

    /** The action the guard names: "run "Restart …"". */
    public String guardAction() {
        return "run \"" + plan.title() + "\"";
    }

    public boolean canSave() {
        return request != null && services.files() != null;
    }

    /** Writes the plan's request to {@code file} (YAML, or JSON by the extension): runs unchanged with pilothouse plan run. */
    public void save(Path file) {
        if (!canSave()) {
            throw new IllegalStateException("This plan was not made from a request and cannot be saved");
        }
        services.files().write(file, request);
    }

    /** The file name offered in the save dialog. */
    public String suggestedFileName() {
        return plan.kind() + "-" + host.name() + ".yaml";
    }

    /** Starts the run; {@code typedConfirmation} is the host name the guard asked for (null when none was). */
    public void run(String typedConfirmation) {
        if (state.get() != PlanWizardState.PREVIEW) {
            return;
        }
        state.set(PlanWizardState.RUNNING);
        report.set("");
        services.background().execute(() -> {
            PlanResult r;
            try {
                r = services.runner().run(plan, host, typedConfirmation, new UiListener(), token, services.reverter());
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                r = new PlanResult(plan.id(), PlanOutcome.UNDO_INCOMPLETE, java.util.List.of(), plan.title()
                        + " stopped on an unexpected error: " + why + ". Check the host and the journal.");
                PlanResult failed = r;
                services.uiThread().execute(() -> finish(failed));
            }
        });
    }

    /**
     * Asks the run to stop; what it did is undone. The steps' cancel hooks (closing an engine stream,
     * killing a transfer) are network calls: they run on a thread of their own, not the caller's
     * (the FX thread) nor the background executor's (whose threads may all be busy with the run).
     */
    public void cancel() {
        if (state.get() == PlanWizardState.RUNNING) {
            state.set(PlanWizardState.CANCELLING);
            overallText.set("Cancelling: undoing what was done…");
            Thread canceller = new Thread(token::cancel, "plan-cancel-" + plan.id());
            canceller.setDaemon(true);
            canceller.start();
        }
    }

    private void finish(PlanResult r) {
        result.set(r);
        report.set(r.summary());
        if (r.outcome() == PlanOutcome.SUCCEEDED) {
            overall.set(1);
            overallText.set("Done.");
        } else {
            overallText.set(switch (r.outcome()) {
                case REFUSED -> "Not started.";
                case CANCELLED_UNDONE -> "Cancelled; everything was undone.";
                case FAILED_UNDONE -> "Failed; everything was undone.";
                default -> "Failed; not everything could be undone.";
            });
        }
        stepText.set("");
        state.set(PlanWizardState.ENDED);
    }

    private final class UiListener implements PlanListener {
        @Override
        public void stepStarted(int index, Step step) {
            services.uiThread().execute(() -> steps.get(index).set("running", ""));
        }

        @Override
        public void stepProgress(int index, StepProgress p) {
            String text = progressText(p);
            services.uiThread().execute(() -> {
                steps.get(index).detail(text);
                stepText.set((index + 1) + ". " + steps.get(index).description() + (text.isEmpty() ? "" : " — " + text));
            });
        }

        @Override
        public void runProgress(RunProgress p) {
            services.uiThread().execute(() -> {
                if (state.get() == PlanWizardState.RUNNING) {
                    overall.set(p.fraction());
                    overallText.set(p.percent() + " · step " + (p.stepIndex() + 1) + " of " + p.stepCount()
                            + p.eta().map(eta -> " · about " + duration(eta) + " left").orElse(""));
                }
            });
        }

        @Override
        public void stepNote(int index, String sentence) {
            services.uiThread().execute(() -> steps.get(index).detail(sentence));
        }

        @Override
        public void stepFinished(StepRecord r) {
            services.uiThread().execute(() -> steps.get(r.index()).set(word(r), r.message()));
        }

        @Override
        public void undoStarted(int index, Step step) {
            services.uiThread().execute(() -> {
                steps.get(index).set("undoing", "");
                undoLog.add("Undoing " + (index + 1) + ". " + step.description() + "…");
            });
        }

        @Override
        public void undoFinished(StepRecord r) {
            services.uiThread().execute(() -> {
                steps.get(r.index()).set(word(r), r.message());
                undoLog.add((r.outcome().name().equals("UNDONE") ? "Undone: " : "Could not undo: ") + r.description()
                        + (r.message().isEmpty() ? "" : " — " + r.message()));
            });
        }

        @Override
        public void changeTakenBack(HostChange change, String failure) {
            services.uiThread().execute(() -> undoLog.add(failure.isEmpty() ? "Took back: " + change.sentence()
                    : "Could not take back " + change.sentence() + ": " + failure));
        }

        @Override
        public void planFinished(PlanResult r) {
            services.uiThread().execute(() -> finish(r));
        }
    }

    private static String word(StepRecord r) {
        return r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String progressText(StepProgress p) {
        if (p.total() <= 1 && p.unit() == ProgressUnit.ITEMS) {
            return "";
        }
        StringBuilder b = new StringBuilder(amount(p.done(), p.unit()));
        if (p.total() > 0) {
            b.append(" of ").append(amount(p.total(), p.unit()));
        }
        if (p.ratePerSecond() > 0) {
            b.append(" · ").append(amount((long) p.ratePerSecond(), p.unit())).append("/s");
        }
        Optional<Duration> eta = p.eta();
        eta.ifPresent(d -> b.append(" · ").append(duration(d)).append(" left"));
        return b.toString();
    }



    public ObservableList<PlanStepRow> steps() {
        return steps;
    }

    public ObservableList<String> undoLog() {
        return undoLog;
    }

    public ReadOnlyObjectProperty<PlanWizardState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PlanWizardState state() {
        return state.get();
    }

    public ReadOnlyDoubleProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overallTextProperty() {
        return overallText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanResult> resultProperty() {
        return result;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }
}
