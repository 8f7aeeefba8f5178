package io.pilothouse.desktop.ui.plan;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.Plan;
import io.pilothouse.core.ops.PlanRequest;
import io.pilothouse.desktop.ui.guard.ProductionGuardDialog;
import io.pilothouse.desktop.ui.guard.ProductionGuardViewModel;
import io.pilothouse.desktop.ui.infra.LoadedView;
import io.pilothouse.desktop.ui.infra.ViewLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The wizard every workflow opens with its plan: preview, guard, run with progress and cancel,
 * undo shown as it happens, report, "Save plan…". Open it with {@link #open}.
 */
public final class PlanWizard {

    private final Stage stage;
    private final PlanWizardViewModel vm;
    private final Parent root;

    private PlanWizard(Stage stage, PlanWizardViewModel vm, Parent root) {
        this.stage = stage;
        this.vm = vm;
        this.root = root;
    }

    /**
     * Opens the wizard in its own window over {@code owner} (may be null) for {@code plan} on
     * {@code host}; {@code request} is what "Save plan…" writes (null: the plan cannot be saved).
     */
    public static PlanWizard open(Window owner, HostProfile host, Plan plan, PlanRequest request, PlanWizardServices services) {
        PlanWizard wizard = create(owner, host, plan, request, services);
        wizard.stage.show();
        return wizard;
    }

    /** Builds the wizard's window without showing it (tests, screenshots). */
    public static PlanWizard create(Window owner, HostProfile host, Plan plan, PlanRequest request, PlanWizardServices services) {
        PlanWizardViewModel vm = new PlanWizardViewModel(plan, host, request, services);
        LoadedView<PlanWizardView> view = ViewLoader.load(PlanWizardView.class, "PlanWizard.fxml");
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(plan.title());
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        view.controller().bind(vm,
                () -> confirm(stage, vm, services),
                () -> chooseFile(stage, vm),
                message -> alert(stage, message),
                stage::close);
        stage.setOnCloseRequest(e -> {
            if (vm.state() == PlanWizardState.RUNNING || vm.state() == PlanWizardState.CANCELLING) {
                // the run must end (or be cancelled and undone) before the window goes
                e.consume();
            }
        });
        return new PlanWizard(stage, vm, view.root());
    }

    private static Optional<String> confirm(Stage stage, PlanWizardViewModel vm, PlanWizardServices services) {
        ProductionGuardViewModel guard = new ProductionGuardViewModel(vm.host(), vm.guardAction(), services.rule());
        boolean ok = new ProductionGuardDialog(stage, guard, "Run").ask();
        return ok ? Optional.of(guard.typedProperty().get()) : Optional.empty();
    }

    private static Path chooseFile(Stage stage, PlanWizardViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save plan");
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("YAML plan", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("JSON plan", "*.json"));
        File f = chooser.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    private static void alert(Stage stage, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(stage);
        a.setHeaderText("The plan was not saved");
        a.show();
    }

    public Stage stage() {
        return stage;
    }

    public PlanWizardViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        return root;
    }
}
