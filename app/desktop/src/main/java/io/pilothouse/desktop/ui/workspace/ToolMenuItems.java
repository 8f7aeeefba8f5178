package io.pilothouse.desktop.ui.workspace;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Puts the host's tools at the end of a context menu: one item per tool, enabled when the tool
 * takes what is selected at the moment the menu opens.
 */
public final class ToolMenuItems {

    private ToolMenuItems() {
    }

    public static void append(ContextMenu menu, List<TargetTool> tools, Supplier<List<Target>> selection) {
        if (tools.isEmpty()) {
            return;
        }
        List<MenuItem> items = new ArrayList<>();
        for (TargetTool tool : tools) {
            MenuItem item = new MenuItem(tool.label(), tool.icon() == null ? null : new FontIcon(tool.icon()));
            item.setId("tool-" + tool.id());
            item.setOnAction(e -> {
                List<Target> targets = selection.get();
                if (tool.accepts(targets)) {
                    tool.open().accept(targets);
                }
            });
            items.add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(items);
        var previous = menu.getOnShowing();
        menu.setOnShowing(e -> {
            if (previous != null) {
                previous.handle(e);
            }
            List<Target> targets = selection.get();
            for (int i = 0; i < tools.size(); i++) {
                items.get(i).setDisable(!tools.get(i).accepts(targets));
            }
        });
    }
}
