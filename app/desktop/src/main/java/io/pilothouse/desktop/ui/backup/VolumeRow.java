package io.pilothouse.desktop.ui.backup;

import io.pilothouse.core.workflows.backup.Consistency;
import io.pilothouse.core.workflows.backup.SurveyedVolume;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;

/** One volume in the backup wizard: chosen or not, and its consistency. */
public final class VolumeRow {

    private final SurveyedVolume volume;
    private final BooleanProperty selected;
    private final ObjectProperty<Consistency> consistency = new SimpleObjectProperty<>(Consistency.HOT);

    VolumeRow(SurveyedVolume volume) {
        this.volume = volume;
        this.selected = new SimpleBooleanProperty(volume.backedUp());
    }

    public SurveyedVolume volume() { return volume; }

    public String name() { return volume.name(); }

    /** "stateful", "regenerable — volume label ...": what the wizard shows in the class column. */
    public String classText() {
        return volume.classification().value().name().toLowerCase(Locale.ROOT) + " — " + volume.classification().reason();
    }

    public String usersText() {
        return String.join(", ", volume.users().stream().map(u -> u.name() + (u.running() ? "" : " (" + u.state() + ")")).toList());
    }

    public BooleanProperty selectedProperty() { return selected; }

    public ObjectProperty<Consistency> consistencyProperty() { return consistency; }
}
