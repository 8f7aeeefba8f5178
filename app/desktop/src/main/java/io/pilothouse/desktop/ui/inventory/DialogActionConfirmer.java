package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.desktop.ui.guard.ConfirmationRule;
import io.pilothouse.desktop.ui.guard.ProductionGuardDialog;
import io.pilothouse.desktop.ui.guard.ProductionGuardViewModel;
import io.pilothouse.desktop.ui.infra.Dialogs;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks through dialogs: the production guard dialog on a production host (answering the typed name,
 * which the core checks again), the plain confirmation of {@link Dialogs} elsewhere.
 */
final class DialogActionConfirmer implements ActionConfirmer {

    private final Supplier<Window> owner;
    private final ConfirmationRule guard;
    private final Dialogs dialogs;

    DialogActionConfirmer(Supplier<Window> owner, ConfirmationRule guard) {
        this.owner = owner;
        this.guard = guard;
        this.dialogs = new Dialogs(owner, guard);
    }

    @Override
    public Optional<String> confirm(HostProfile host, String action, String sentence) {
        if (guard.requiresConfirmation(host)) {
            ProductionGuardViewModel vm = new ProductionGuardViewModel(host, action, guard);
            boolean yes = new ProductionGuardDialog(owner.get(), vm, capitalised(action)).ask();
            return yes ? Optional.of(vm.typedProperty().get()) : Optional.empty();
        }
        return dialogs.confirm(host, action, sentence) ? Optional.of("") : Optional.empty();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
