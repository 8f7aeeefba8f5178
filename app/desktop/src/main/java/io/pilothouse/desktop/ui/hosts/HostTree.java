package io.pilothouse.desktop.ui.hosts;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** Shows the view model's groups in the tree and keeps the tree's selection and the view model's in step. */
final class HostTree {

    private final TreeView<Object> tree;
    private final MainWindowViewModel vm;
    private boolean syncing;

    HostTree(TreeView<Object> tree, MainWindowViewModel vm) {
        this.tree = tree;
        this.vm = vm;
        tree.setRoot(new TreeItem<>("hosts"));
        tree.setCellFactory(t -> new HostTreeCell());
        vm.groups().addListener((ListChangeListener<HostGroup>) c -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.selectedProperty().set(now != null && now.getValue() instanceof HostItem h ? h : null);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> select(now));
        rebuild();
    }

    private void rebuild() {
        syncing = true;
        try {
            tree.getRoot().getChildren().clear();
            for (HostGroup group : vm.groups()) {
                TreeItem<Object> heading = new TreeItem<>(group);
                heading.setExpanded(true);
                group.hosts().forEach(h -> heading.getChildren().add(new TreeItem<>(h)));
                tree.getRoot().getChildren().add(heading);
            }
        } finally {
            syncing = false;
        }
        select(vm.selected());
    }

    private void select(HostItem item) {
        TreeItem<Object> current = tree.getSelectionModel().getSelectedItem();
        if (item == null && (current == null || !(current.getValue() instanceof HostItem))) {
            return;
        }
        syncing = true;
        try {
            for (TreeItem<Object> heading : tree.getRoot().getChildren()) {
                for (TreeItem<Object> leaf : heading.getChildren()) {
                    if (leaf.getValue() == item) {
                        tree.getSelectionModel().select(leaf);
                        return;
                    }
                }
            }
            tree.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }
}
