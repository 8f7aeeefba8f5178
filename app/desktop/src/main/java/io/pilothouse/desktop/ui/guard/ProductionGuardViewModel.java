package io.pilothouse.desktop.ui.guard;

import io.pilothouse.core.host.HostProfile;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/** Asks for the host's name typed out before an action on a production host; confirmed once it matches. */
public final class ProductionGuardViewModel {

    private final HostProfile host;
    private final String action;
    private final String prompt;
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final BooleanBinding confirmed;

    public ProductionGuardViewModel(HostProfile host, String action, ConfirmationRule rule) {
        this.host = host;
        this.action = action;
        this.prompt = rule.prompt(host, action);
        this.confirmed = Bindings.createBooleanBinding(() -> rule.confirms(host, typed.get()), typed);
    }

    public String prompt() {
        return prompt;
    }

    public String title() {
        return action.substring(0, 1).toUpperCase(Locale.ROOT) + action.substring(1) + " on " + host.name();
    }

    public String environmentName() {
        return host.environment().name().toUpperCase(Locale.ROOT);
    }

    public String environmentColour() {
        return host.environment().colour();
    }

    public String hostName() {
        return host.name();
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanBinding confirmedProperty() {
        return confirmed;
    }

    public boolean isConfirmed() {
        return confirmed.get();
    }
}
