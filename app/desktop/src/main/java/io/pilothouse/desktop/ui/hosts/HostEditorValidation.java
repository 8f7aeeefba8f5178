package io.pilothouse.desktop.ui.hosts;

import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.Map;

/** Marks each editor input with its own problem (ControlsFX decorations), as the view model words it. */
final class HostEditorValidation {

    private final HostEditorViewModel vm;
    private final ValidationSupport support = new ValidationSupport();

    HostEditorValidation(HostEditorViewModel vm) {
        this.vm = vm;
    }

    void register(Map<? extends Control, EditorField> fields) {
        fields.forEach((control, field) -> support.registerValidator(control, false, (Control c, Object value) -> {
            String error = vm.error(field).orElse(null);
            String warning = vm.warning(field).orElse(null);
            return ValidationResult.fromErrorIf(c, error, error != null)
                    .combine(ValidationResult.fromWarningIf(c, warning, warning != null));
        }));
        // a change in one input can settle or break another (transport kind, certificate mode, name)
        vm.problemProperty().addListener(o -> support.revalidate());
        vm.kindProperty().addListener(o -> support.revalidate());
        vm.useCertDirProperty().addListener(o -> support.revalidate());
    }

    ValidationSupport support() {
        return support;
    }
}
