package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One saved host in the list: its profile, its connection state and the words that describe it. */
public final class HostItem {

    private final ReadOnlyObjectWrapper<HostProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyObjectWrapper<HostStatus> status = new ReadOnlyObjectWrapper<>(this, "status", HostStatus.idle());
    private final ReadOnlyStringWrapper stateLabel = new ReadOnlyStringWrapper(this, "stateLabel");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail");
    private final HostStatusText text;

    HostItem(HostProfile profile, HostStatusText text) {
        this.text = text;
        this.profile.set(profile);
        setStatus(HostStatus.idle());
    }

    public String id() {
        return profile.get().id();
    }

    public String name() {
        return profile.get().name();
    }

    public ReadOnlyObjectProperty<HostProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public HostProfile profile() {
        return profile.get();
    }

    public ReadOnlyObjectProperty<HostStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public HostStatus status() {
        return status.get();
    }

    /** "Connected", "Failed", ... */
    public ReadOnlyStringProperty stateLabelProperty() {
        return stateLabel.getReadOnlyProperty();
    }

    /** The tooltip sentence. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    void setProfile(HostProfile newProfile) {
        profile.set(newProfile);
    }

    void setStatus(HostStatus newStatus) {
        detail.set(text.detail(newStatus));
        stateLabel.set(text.label(newStatus));
        status.set(newStatus);
    }

    @Override
    public String toString() {
        return name();
    }
}
