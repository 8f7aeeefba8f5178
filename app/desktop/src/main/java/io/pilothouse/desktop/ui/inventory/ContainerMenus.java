package io.pilothouse.desktop.ui.inventory;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The context menus of the containers and volumes tables; the container actions carry their keys. */
final class ContainerMenus {

    private ContainerMenus() {
    }

    static ContextMenu containers(InventoryViewModel vm, Runnable openDetails) {
        MenuItem details = new MenuItem("Details");
        details.setOnAction(e -> openDetails.run());
        ContextMenu menu = new ContextMenu(details, new SeparatorMenuItem(),
                action(vm, ContainerAction.START, "Start", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                action(vm, ContainerAction.STOP, "Stop", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                action(vm, ContainerAction.RESTART, "Restart", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                action(vm, ContainerAction.PAUSE, "Pause", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                action(vm, ContainerAction.UNPAUSE, "Unpause", new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                action(vm, ContainerAction.KILL, "Kill", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                new SeparatorMenuItem(),
                action(vm, ContainerAction.REMOVE, "Remove", new KeyCodeCombination(KeyCode.DELETE)),
                action(vm, ContainerAction.REMOVE_WITH_VOLUMES, "Remove with anonymous volumes",
                        new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_DOWN)));
        return menu;
    }

    private static MenuItem action(InventoryViewModel vm, ContainerAction action, String text, KeyCombination keys) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + action.name().toLowerCase(java.util.Locale.ROOT));
        item.setAccelerator(keys);
        item.setOnAction(e -> vm.run(action));
        item.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.selectedContainers())
                .or(vm.actions().busyProperty()));
        return item;
    }

    /**
     * Puts "Upgrade… (newer image)" first in {@code menu}, shown only while {@code marked} gives the
     * selected row because the registry has a newer image for it.
     */
    static void offerUpgrade(ContextMenu menu, io.pilothouse.desktop.ui.workspace.TargetTool upgrade,
                             java.util.function.Supplier<java.util.List<io.pilothouse.desktop.ui.workspace.Target>> marked) {
        MenuItem item = new MenuItem("Upgrade… (newer image)", new org.kordamp.ikonli.javafx.FontIcon("fth-arrow-up"));
        item.setId("menu-upgrade-newer");
        SeparatorMenuItem rule = new SeparatorMenuItem();
        item.setOnAction(e -> {
            var targets = marked.get();
            if (upgrade.accepts(targets)) {
                upgrade.open().accept(targets);
            }
        });
        menu.getItems().addAll(0, java.util.List.of(item, rule));
        var previous = menu.getOnShowing();
        menu.setOnShowing(e -> {
            if (previous != null) {
                previous.handle(e);
            }
            boolean show = upgrade.accepts(marked.get());
            item.setVisible(show);
            rule.setVisible(show);
        });
    }

    static ContextMenu volumes(InventoryViewModel vm) {
        MenuItem regenerable = new MenuItem("Mark as regenerable (not backed up)");
        MenuItem stateful = new MenuItem("Mark as stateful (backed up)");
        regenerable.setOnAction(e -> vm.classify(selectedVolume(vm), VolumeClassSaver.Choice.REGENERABLE));
        stateful.setOnAction(e -> vm.classify(selectedVolume(vm), VolumeClassSaver.Choice.STATEFUL));
        ContextMenu menu = new ContextMenu(regenerable, stateful);
        menu.setOnShowing(e -> {
            boolean can = vm.canClassify(selectedVolume(vm));
            regenerable.setDisable(!can);
            stateful.setDisable(!can);
        });
        return menu;
    }

    private static VolumeRow selectedVolume(InventoryViewModel vm) {
        return vm.selectedProperty().get() instanceof VolumeRow v ? v : null;
    }
}
