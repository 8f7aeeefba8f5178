package io.pilothouse.desktop.ui.hosts;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.pilothouse.desktop.ui.infra.Dialogs;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Where the main window's notices go: a failed action to the error dialog, the rest to closable messages. */
final class NoticeArea {

    private final VBox area;
    private final Dialogs dialogs;

    NoticeArea(VBox area, Dialogs dialogs) {
        this.area = area;
        this.dialogs = dialogs;
    }

    void show(Notice notice) {
        if (notice.interrupting()) {
            notice.failure().ifPresentOrElse(f -> dialogs.failure(notice.title(), f),
                    () -> dialogs.error(notice.title(), notice.sentence()));
            return;
        }
        Message message = new Message(notice.title(), notice.sentence(), new FontIcon(switch (notice.severity()) {
            case ERROR -> "fth-x-octagon";
            case WARNING -> "fth-alert-circle";
            case INFO -> "fth-info";
        }));
        message.getStyleClass().addAll("notice", switch (notice.severity()) {
            case ERROR -> Styles.DANGER;
            case WARNING -> Styles.WARNING;
            case INFO -> Styles.ACCENT;
        });
        message.setOnClose(e -> area.getChildren().remove(message));
        area.getChildren().add(message);
    }
}
