package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.Environment;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;

/** The words around the selected host: window title, status bar, placeholder, production banner. */
final class SelectionText {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Pilothouse");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper placeholderTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper placeholderDetail = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper bannerVisible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper environment = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper environmentColour = new ReadOnlyStringWrapper(Environment.CUSTOM_COLOUR);

    void show(HostItem item, boolean noHosts) {
        if (item == null) {
            title.set("Pilothouse");
            status.set(noHosts ? "No hosts" : "No host selected");
            placeholderTitle.set(noHosts ? "No hosts yet" : "No host selected");
            placeholderDetail.set(noHosts ? "Add a Docker host with Host ▸ Add (Ctrl+N)."
                    : "Choose a host on the left to see its engine.");
            bannerVisible.set(false);
            bannerText.set("");
            environment.set("");
            environmentColour.set(Environment.CUSTOM_COLOUR);
            return;
        }
        Environment env = item.profile().environment();
        title.set("Pilothouse — " + item.name());
        status.set(item.name() + " — " + item.detailProperty().get().replace('\n', ' '));
        placeholderTitle.set(item.name());
        placeholderDetail.set(item.profile().transport().url() + "\n" + item.detailProperty().get());
        bannerVisible.set(env.isProduction());
        bannerText.set(env.isProduction() ? env.name().toUpperCase(Locale.ROOT) + " — " + item.name() : "");
        environment.set(env.name());
        environmentColour.set(env.colour());
    }

    ReadOnlyStringProperty title() { return title.getReadOnlyProperty(); }
    ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    ReadOnlyStringProperty placeholderTitle() { return placeholderTitle.getReadOnlyProperty(); }
    ReadOnlyStringProperty placeholderDetail() { return placeholderDetail.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty bannerVisible() { return bannerVisible.getReadOnlyProperty(); }
    ReadOnlyStringProperty bannerText() { return bannerText.getReadOnlyProperty(); }
    ReadOnlyStringProperty environment() { return environment.getReadOnlyProperty(); }
    ReadOnlyStringProperty environmentColour() { return environmentColour.getReadOnlyProperty(); }
}
